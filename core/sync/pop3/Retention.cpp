// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/Retention.h"

#include <QSet>

#include <algorithm>

namespace lb::sync::pop3 {

namespace {

constexpr std::uint64_t kBytesPerMb = 1024 * 1024;

bool hasKeepAtMost(const accounts::Pop3Options &options)
{
    return options.keepAtMostMessages.has_value() || options.keepAtMostMb.has_value();
}

// Picks the oldest of `candidates` until the server holds no more than the limits allow.
void trimToLimits(std::vector<const KnownMessage *> candidates, std::uint64_t count,
                  std::uint64_t octets, const accounts::Pop3Options &options,
                  std::vector<ServerMessage> &picked)
{
    const auto fits = [&] {
        const bool countFits = !options.keepAtMostMessages ||
                               count <= std::uint64_t(std::max(0, *options.keepAtMostMessages));
        const bool sizeFits =
            !options.keepAtMostMb ||
            octets <= std::uint64_t(std::max(0, *options.keepAtMostMb)) * kBytesPerMb;
        return countFits && sizeFits;
    };
    std::sort(candidates.begin(), candidates.end(), [](const auto *a, const auto *b) {
        if (a->entry.firstSeen != b->entry.firstSeen)
            return a->entry.firstSeen < b->entry.firstSeen;
        return a->server.number < b->server.number;
    });
    for (const KnownMessage *k : candidates) {
        if (fits())
            return;
        picked.push_back(k->server);
        --count;
        octets -= std::min(octets, k->server.octets);
    }
}

} // namespace

LocalCopy localCopyOf(const store::PopSeenEntry &entry)
{
    LocalCopy local;
    local.exists = entry.local.has_value();
    local.partial = local.exists && *entry.local != store::BodyState::Full;
    return local;
}

bool mayDeleteFromServer(const accounts::Pop3Options &options)
{
    return !options.leaveOnServer || options.deleteAfterDays.has_value() ||
           options.deleteWhenDeletedHere || hasKeepAtMost(options);
}

bool shouldDeleteFromServer(const store::PopSeenEntry &entry, LocalCopy local,
                            const accounts::Pop3Options &options, qint64 now)
{
    constexpr qint64 kSecondsPerDay = 24 * 60 * 60;
    if (local.exists && local.partial)
        return false;
    if (!options.leaveOnServer)
        return true;
    if (options.deleteAfterDays &&
        now - entry.firstSeen >= qint64(*options.deleteAfterDays) * kSecondsPerDay)
        return true;
    return options.deleteWhenDeletedHere && !local.exists;
}

std::vector<ServerMessage> pickRetentionDeletions(std::span<const ServerMessage> maildrop,
                                                  std::span<const KnownMessage> known,
                                                  std::span<const ServerMessage> deleting,
                                                  const accounts::Pop3Options &options, qint64 now)
{
    std::vector<ServerMessage> picked;
    if (!mayDeleteFromServer(options))
        return picked;
    std::vector<const KnownMessage *> candidates;
    for (const KnownMessage &k : known) {
        const LocalCopy local = localCopyOf(k.entry);
        if (shouldDeleteFromServer(k.entry, local, options, now))
            picked.push_back(k.server);
        else if (!(local.exists && local.partial))
            candidates.push_back(&k);
    }
    if (!hasKeepAtMost(options))
        return picked;

    QSet<QString> leaving;
    for (const ServerMessage &m : deleting)
        leaving.insert(m.uidl);
    for (const ServerMessage &m : picked)
        leaving.insert(m.uidl);
    std::uint64_t count = 0;
    std::uint64_t octets = 0;
    for (const ServerMessage &m : maildrop) {
        if (leaving.contains(m.uidl))
            continue;
        ++count;
        octets += m.octets;
    }
    std::erase_if(candidates,
                  [&](const KnownMessage *k) { return leaving.contains(k->server.uidl); });
    trimToLimits(std::move(candidates), count, octets, options, picked);
    return picked;
}

} // namespace lb::sync::pop3
