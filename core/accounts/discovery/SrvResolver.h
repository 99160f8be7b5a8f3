// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <chrono>

namespace lb::accounts::discovery {

// One DNS SRV record (RFC 2782).
struct SrvRecord
{
    QString target;
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;

    bool operator==(const SrvRecord &) const = default;
};

// Looks up SRV records ("_imaps._tcp.example.org"). Injectable for tests. Contract: blocking,
// on the discovery worker thread; "no such record" is an empty list, not an error.
class SrvResolver
{
public:
    virtual ~SrvResolver() = default;
    [[nodiscard]] virtual Result<QList<SrvRecord>> lookup(const QString &name,
                                                          const std::atomic<bool> *cancel) = 0;
};

// The order to try records in: lowest priority first; within a priority, higher weight first
// (RFC 2782 asks for a weighted random pick; a stable order keeps discovery repeatable and
// still sends most users where the domain wants them). A lone record with target "." says the
// service is not offered (RFC 2782, RFC 6186 section 3.4): the result is then empty.
[[nodiscard]] QList<SrvRecord> orderSrvRecords(QList<SrvRecord> records);

// SrvResolver over QDnsLookup, with a local event loop on the calling thread.
class DnsSrvResolver : public SrvResolver
{
public:
    explicit DnsSrvResolver(std::chrono::milliseconds timeout = std::chrono::seconds(5));
    [[nodiscard]] Result<QList<SrvRecord>> lookup(const QString &name,
                                                  const std::atomic<bool> *cancel) override;

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace lb::accounts::discovery
