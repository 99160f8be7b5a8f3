// SPDX-License-Identifier: GPL-3.0-or-later
// Fetches the remote images of one message, and only when the user asked for them (the
// reader's bar): the one place in the reader that may use the network. Plain GETs without
// cookies or referrer, http(s) only (redirects may not leave https), bounded in count and
// size. Lives on the UI thread; the network work is asynchronous.
#pragma once

#include <QImage>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace lb::ui {

class RemoteImageLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxImages = 100;
    static constexpr qint64 kMaxBytes = 8 * 1024 * 1024;

    explicit RemoteImageLoader(QObject *parent = nullptr);

    // Cancels a previous load and fetches these (index = position in the list).
    void load(const QStringList &urls);
    void cancel();
    [[nodiscard]] bool isLoading() const { return m_pending > 0; }

signals:
    void imageLoaded(int index, const QImage &image);
    void finished(int loaded, int failed);

private:
    void onReplyFinished(QNetworkReply *reply, int index);

    QNetworkAccessManager *m_network = nullptr;
    QList<QNetworkReply *> m_replies;
    int m_pending = 0;
    int m_loaded = 0;
    int m_failed = 0;
};

} // namespace lb::ui
