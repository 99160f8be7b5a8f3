// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/ServerListing.h"

#include "pop3/Pop3Session.h"
#include "sync/pop3/HeaderDigest.h"

#include <QHash>

#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::pop3 {

namespace {

using lb::pop3::MessageNumber;
using lb::pop3::Pop3Session;

// Two messages with identical headers still need two keys: the second becomes "<digest>#2".
Result<void> identifyByDigest(Pop3Session &session, ServerListing &listing)
{
    std::vector<Pop3Session::Fetch> requests;
    requests.reserve(listing.messages.size());
    for (const ServerMessage &m : listing.messages)
        requests.push_back({m.number, 0, 0});
    QHash<QString, int> seen;
    std::size_t next = 0;
    auto done = session.fetchMany(requests, [&](MessageNumber, Result<QByteArray> header) {
        if (!header)
            return Result<void>(header.error());
        QString key = headerDigest(*header);
        const int count = ++seen[key];
        if (count > 1)
            key += u'#' + QString::number(count);
        listing.messages[next++].uidl = key;
        return Result<void>(Ok{});
    });
    if (!done)
        return done;
    listing.byHeaderDigest = true;
    return Ok{};
}

} // namespace

Result<ServerListing> listServer(Pop3Session &session, bool sizes)
{
    ServerListing listing;
    auto ids = session.uidl();
    if (ids) {
        std::unordered_map<std::uint32_t, std::uint64_t> octets;
        if (sizes) {
            auto scan = session.list();
            if (!scan)
                return scan.error();
            for (const lb::pop3::ScanListing &s : scan->entries)
                octets[s.number.value] = s.octets;
        }
        listing.messages.reserve(ids->entries.size());
        for (const lb::pop3::UniqueIdListing &u : ids->entries) {
            const auto size = octets.find(u.number.value);
            listing.messages.push_back({u.number, QString::fromLatin1(u.uniqueId),
                                        size == octets.end() ? 0 : size->second});
        }
        std::sort(listing.messages.begin(), listing.messages.end(),
                  [](const auto &a, const auto &b) { return a.number < b.number; });
        return listing;
    }
    // No UIDL here (or a broken connection, which LIST then reports).
    auto scan = session.list();
    if (!scan)
        return scan.error();
    for (const lb::pop3::ScanListing &s : scan->entries)
        listing.messages.push_back({s.number, QString(), s.octets});
    if (auto identified = identifyByDigest(session, listing); !identified)
        return identified.error();
    return listing;
}

} // namespace lb::sync::pop3
