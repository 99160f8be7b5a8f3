// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's text area. QTextBrowser would load local files (and a subclass could load
// anything) when a document asks for a resource; this one answers only from what the message
// itself carries: cid: parts, and "lb-remote:N" placeholders (or the image the user chose to
// load). It never calls the base loader, never follows links by itself, and records every
// URL the document asked for so tests can prove nothing else was wanted.
#pragma once

#include "mime/html/HtmlSanitizer.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QTextBrowser>
#include <QUrl>

namespace lb::ui {

class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    // html must be safe already (sanitised or escaped).
    void showSafeHtml(const QString &html, QHash<QString, mime::InlinePart> images);
    // A remote image the user allowed, fetched elsewhere; re-lays out the document.
    void setRemoteImage(int index, const QImage &image);

    [[nodiscard]] const QList<QUrl> &requestedResources() const { return m_requested; }

    QVariant loadResource(int type, const QUrl &name) override;

private:
    [[nodiscard]] QImage placeholder() const;

    QHash<QString, mime::InlinePart> m_images;
    QHash<int, QImage> m_remote;
    QList<QUrl> m_requested;
    QString m_html;
};

} // namespace lb::ui
