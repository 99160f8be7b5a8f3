// SPDX-License-Identifier: GPL-3.0-or-later
// Strategy: no CONDSTORE. Every known message's FLAGS by UID range; a cached UID the server
// does not answer for was expunged (RFC 9051 section 6.4.8: UID FETCH skips missing UIDs).
#include "sync/imap/FolderPass.h"

#include <QSet>

namespace lb::sync::imap {

Result<void> applyFlagScan(FolderPass &pass)
{
    const std::uint32_t last = pass.knownBelow() - 1;
    Result<QList<lb::imap::FetchData>> fetched =
        pass.ctx.session.uidFetch(lb::imap::SequenceSet::range(1, last), "(UID FLAGS)");
    if (!fetched)
        return fetched.error();
    if (Result<void> flags = applyServerFlags(pass, *fetched); !flags)
        return flags;
    QSet<std::uint32_t> onServer;
    onServer.reserve(fetched->size());
    for (const lb::imap::FetchData &fetch : *fetched) {
        if (fetch.uid)
            onServer.insert(fetch.uid->value);
    }
    Result<std::vector<Uid>> cached = pass.ctx.store.uids(pass.folder.id);
    if (!cached)
        return cached.error();
    QList<std::uint32_t> gone;
    for (const Uid uid : *cached) {
        if (uid.value <= last && !onServer.contains(uid.value))
            gone.append(uid.value);
    }
    return removeUids(pass, gone);
}

} // namespace lb::sync::imap
