// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/discovery/HttpFetcher.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace lb::accounts::discovery {

namespace {

Error fetchError(const QUrl &url, const QString &why)
{
    return Error{ErrorScope::Connection,
                 Remedy::None,
                 u"Could not fetch %1: %2"_s.arg(url.toDisplayString(), why),
                 {}};
}

} // namespace

NetworkFetcher::NetworkFetcher(NetworkFetcherOptions options) : m_options(std::move(options)) {}

Result<QByteArray> NetworkFetcher::get(const QUrl &url, const std::atomic<bool> *cancel)
{
    if (url.scheme() != u"https"_s)
        return fetchError(url, u"only https is used for autoconfig."_s);
    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_options.timeout.count()));
    request.setMaximumRedirectsAllowed(3);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (!m_options.caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.caFile);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QByteArray body;
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        body += reply->readAll();
        if (body.size() > m_options.maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelCheck;
    QObject::connect(&cancelCheck, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load())
            reply->abort();
    });
    cancelCheck.start(100);
    if (!reply->isFinished())
        loop.exec();
    if (reply->isOpen())
        body += reply->readAll();
    reply->deleteLater();
    if (cancel && cancel->load())
        return Error{ErrorScope::Cancelled, Remedy::None, u"Cancelled."_s, {}};
    if (tooLarge || body.size() > m_options.maxBytes)
        return fetchError(url, u"the document is larger than %1 bytes."_s.arg(m_options.maxBytes));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0 && status != 200)
        return fetchError(url, u"HTTP status %1."_s.arg(status));
    if (reply->error() != QNetworkReply::NoError)
        return fetchError(url, reply->errorString());
    if (reply->url().scheme() != u"https"_s)
        return fetchError(url, u"redirected away from https."_s);
    return body;
}

} // namespace lb::accounts::discovery
