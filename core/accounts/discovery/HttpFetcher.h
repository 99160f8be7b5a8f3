// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QUrl>

#include <atomic>
#include <chrono>

namespace lb::accounts::discovery {

// Fetches a document over HTTPS for autoconfig. Injectable so discovery is testable without
// the internet. Contract: blocking, called on the discovery worker thread; returns within the
// implementation's timeout or soon after *cancel becomes true. Only an https: URL is fetched.
class HttpFetcher
{
public:
    virtual ~HttpFetcher() = default;
    [[nodiscard]] virtual Result<QByteArray> get(const QUrl &url,
                                                 const std::atomic<bool> *cancel) = 0;
};

struct NetworkFetcherOptions
{
    std::chrono::milliseconds timeout{8000};
    qsizetype maxBytes = 256 * 1024; // larger bodies are cut off and refused
    QString caFile;                  // extra trusted CA certificates (PEM), for a test server
};

// HttpFetcher over QNetworkAccessManager, made on the calling thread for each request (the
// worker has no event loop of its own; a local one runs while the request is in flight).
// Redirects are followed only to https.
class NetworkFetcher : public HttpFetcher
{
public:
    explicit NetworkFetcher(NetworkFetcherOptions options = {});
    [[nodiscard]] Result<QByteArray> get(const QUrl &url, const std::atomic<bool> *cancel) override;

private:
    NetworkFetcherOptions m_options;
};

} // namespace lb::accounts::discovery
