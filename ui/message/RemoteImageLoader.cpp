// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/RemoteImageLoader.h"

#include <QBuffer>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace lb::ui {

RemoteImageLoader::RemoteImageLoader(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_network->setCookieJar(nullptr);
}

void RemoteImageLoader::load(const QStringList &urls)
{
    cancel();
    m_loaded = m_failed = 0;
    for (int i = 0; i < urls.size() && i < kMaxImages; ++i) {
        const QUrl url(urls[i]);
        if (url.scheme() != u"http" && url.scheme() != u"https") {
            ++m_failed;
            continue;
        }
        QNetworkRequest request(url);
        request.setMaximumRedirectsAllowed(3);
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        QNetworkReply *reply = m_network->get(request);
        m_replies << reply;
        ++m_pending;
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > kMaxBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, i] { onReplyFinished(reply, i); });
    }
    if (m_pending == 0)
        emit finished(m_loaded, m_failed);
}

void RemoteImageLoader::cancel()
{
    const QList<QNetworkReply *> replies = std::exchange(m_replies, {});
    m_pending = 0;
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RemoteImageLoader::onReplyFinished(QNetworkReply *reply, int index)
{
    m_replies.removeOne(reply);
    reply->deleteLater();
    QImage image;
    if (reply->error() == QNetworkReply::NoError) {
        // Raster formats only (no SVG, which could refer to further documents).
        QByteArray bytes = reply->read(kMaxBytes);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const QByteArray format = QImageReader::imageFormat(&buffer);
        static const QByteArray raster[] = {"png", "jpeg", "jpg", "gif", "webp", "bmp"};
        if (std::find(std::begin(raster), std::end(raster), format) != std::end(raster))
            image = QImage::fromData(bytes, format.constData());
    }
    if (image.isNull()) {
        ++m_failed;
    } else {
        ++m_loaded;
        emit imageLoaded(index, image);
    }
    if (--m_pending == 0)
        emit finished(m_loaded, m_failed);
}

} // namespace lb::ui
