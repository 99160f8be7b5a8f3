// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/SafeTextBrowser.h"

#include <QScrollBar>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace lb::ui {
namespace {

const char *rasterFormat(const QByteArray &mimeType)
{
    if (mimeType == "image/png")
        return "PNG";
    if (mimeType == "image/jpeg" || mimeType == "image/jpg" || mimeType == "image/pjpeg")
        return "JPEG";
    if (mimeType == "image/gif")
        return "GIF";
    if (mimeType == "image/webp")
        return "WEBP";
    if (mimeType == "image/bmp")
        return "BMP";
    return nullptr;
}

} // namespace

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    setUndoRedoEnabled(false);
    document()->setBaseUrl(QUrl());
    document()->setDocumentMargin(12);
}

void SafeTextBrowser::showSafeHtml(const QString &html, QHash<QString, mime::InlinePart> images)
{
    m_images = std::move(images);
    m_remote.clear();
    m_requested.clear();
    m_html = html;
    // clear() also drops the previous message's cached resources.
    document()->clear();
    setHtml(html);
    document()->setDocumentMargin(12);
}

void SafeTextBrowser::setRemoteImage(int index, const QImage &image)
{
    m_remote.insert(index, image);
    const QUrl url(mime::kRemoteImageScheme.toString() + u':' + QString::number(index));
    document()->addResource(QTextDocument::ImageResource, url, image);
    // Lay out again so the image takes its real size.
    const int scroll = verticalScrollBar()->value();
    setHtml(m_html);
    document()->setDocumentMargin(12);
    verticalScrollBar()->setValue(scroll);
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    m_requested.push_back(name);
    if (type != QTextDocument::ImageResource)
        return {};
    const QString scheme = name.scheme();
    if (scheme == u"cid") {
        const QString id = QUrl::fromPercentEncoding(name.path(QUrl::FullyEncoded).toLatin1());
        const auto part = m_images.constFind(id);
        if (part == m_images.cend())
            return {};
        // Raster images only, decoded as the type the part declares: content sniffing could
        // take an "image/png" part for an SVG, which may point at files or other documents.
        const char *format = rasterFormat(part->mimeType);
        if (!format)
            return {};
        const QImage image = QImage::fromData(part->data, format);
        return image.isNull() ? QVariant() : QVariant(image);
    }
    if (scheme == mime::kRemoteImageScheme) {
        bool ok = false;
        const int index = name.path().toInt(&ok);
        if (ok && m_remote.contains(index))
            return m_remote.value(index);
        return placeholder();
    }
    return {}; // nothing else, ever: no files, no network
}

// A flat light box: the layout scales it to the width and height the message gave its image,
// so it keeps the message's layout without pretending to be the picture.
QImage SafeTextBrowser::placeholder() const
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(palette().color(QPalette::Window));
    return image;
}

} // namespace lb::ui
