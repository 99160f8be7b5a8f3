// SPDX-License-Identifier: GPL-3.0-or-later
// Strategy: no CONDSTORE. Every known message's FLAGS by UID range; a cached UID the server
// does not answer for was expunged (RFC 9051 section 6.4.8: UID FETCH skips missing UIDs).
// The ranges follow the cached UIDs a few thousand at a time: one UID FETCH 1:* of a 100k
// folder would hold 100k parsed responses at once.
#include "sync/imap/FolderPass.h"

#include <QSet>

#include <algorithm>

namespace lb::sync::imap {

Result<void> applyFlagScan(FolderPass &pass)
{
    const std::uint32_t last = pass.knownBelow() - 1;
    Result<std::vector<Uid>> cached = pass.ctx.store.uids(pass.folder.id);
    if (!cached)
        return cached.error();
    std::vector<std::uint32_t> known;
    known.reserve(cached->size());
    for (const Uid uid : *cached) {
        if (uid.value <= last)
            known.push_back(uid.value);
    }
    if (known.empty())
        return Ok{};
    std::sort(known.begin(), known.end());
    Result<CachedFlags> current = cachedFlags(pass);
    if (!current)
        return current.error();

    const std::size_t chunk = std::size_t(std::max(pass.ctx.options.flagScanChunk, 1));
    QList<std::uint32_t> gone;
    for (std::size_t at = 0; at < known.size(); at += chunk) {
        if (pass.ctx.cancelled())
            return cancelledError();
        const std::size_t end = std::min(known.size(), at + chunk);
        // Consecutive ranges that together cover 1..last, each about `chunk` messages.
        const std::uint32_t from = at == 0 ? 1 : known[at];
        const std::uint32_t to = end == known.size() ? last : known[end] - 1;
        Result<QList<lb::imap::FetchData>> fetched =
            pass.ctx.session.uidFetch(lb::imap::SequenceSet::range(from, to), "(UID FLAGS)");
        if (!fetched)
            return fetched.error();
        if (Result<void> flags = applyServerFlags(pass, *fetched, *current); !flags)
            return flags;
        QSet<std::uint32_t> onServer;
        onServer.reserve(fetched->size());
        for (const lb::imap::FetchData &fetch : *fetched) {
            if (fetch.uid)
                onServer.insert(fetch.uid->value);
        }
        for (std::size_t i = at; i < end; ++i) {
            if (!onServer.contains(known[i]))
                gone.append(known[i]);
        }
    }
    return removeUids(pass, gone);
}

} // namespace lb::sync::imap
