// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/discovery/SrvResolver.h"

#include <QDnsLookup>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lb::accounts::discovery {

QList<SrvRecord> orderSrvRecords(QList<SrvRecord> records)
{
    QList<SrvRecord> usable;
    for (SrvRecord &record : records) {
        QString target = record.target;
        if (target.endsWith(QLatin1Char('.')))
            target.chop(1);
        if (target.isEmpty() || record.port == 0)
            continue; // "." : the service is decidedly not available
        record.target = target.toLower();
        usable.append(record);
    }
    std::stable_sort(usable.begin(), usable.end(), [](const SrvRecord &a, const SrvRecord &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.weight > b.weight;
    });
    return usable;
}

DnsSrvResolver::DnsSrvResolver(std::chrono::milliseconds timeout) : m_timeout(timeout) {}

Result<QList<SrvRecord>> DnsSrvResolver::lookup(const QString &name,
                                                const std::atomic<bool> *cancel)
{
    QDnsLookup dns(QDnsLookup::SRV, name);
    QEventLoop loop;
    QObject::connect(&dns, &QDnsLookup::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] { dns.abort(); });
    QTimer cancelCheck;
    QObject::connect(&cancelCheck, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load())
            dns.abort();
    });
    dns.lookup();
    deadline.start(m_timeout);
    cancelCheck.start(100);
    if (!dns.isFinished())
        loop.exec();
    if (cancel && cancel->load())
        return Error{ErrorScope::Cancelled, Remedy::None, u"Cancelled."_s, {}};
    if (dns.error() == QDnsLookup::NotFoundError)
        return QList<SrvRecord>();
    if (dns.error() != QDnsLookup::NoError)
        return Error{ErrorScope::Connection,
                     Remedy::None,
                     u"DNS lookup of %1 failed: %2"_s.arg(name, dns.errorString()),
                     {}};
    QList<SrvRecord> records;
    for (const QDnsServiceRecord &r : dns.serviceRecords())
        records.append({r.target(), r.port(), r.priority(), r.weight()});
    return records;
}

} // namespace lb::accounts::discovery
