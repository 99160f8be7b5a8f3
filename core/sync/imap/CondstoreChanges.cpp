// SPDX-License-Identifier: GPL-3.0-or-later
// Strategy: CONDSTORE without QRESYNC (RFC 7162 section 3.1). Flags changed since the saved
// HIGHESTMODSEQ come from FETCH ... (CHANGEDSINCE); CONDSTORE says nothing of expunges, so
// the UID lists are compared when the message count shows that some went.
#include "sync/imap/FolderPass.h"

#include <QSet>

namespace lb::sync::imap {
namespace {

Result<void> findExpunges(FolderPass &pass, qsizetype newOnServer)
{
    Result<std::vector<Uid>> cached = pass.ctx.store.uids(pass.folder.id);
    if (!cached)
        return cached.error();
    // Every UID below knownBelow() was cached by an earlier sync, so equal counts mean
    // nothing was expunged.
    const qsizetype oldOnServer = qsizetype(pass.selected.exists) - newOnServer;
    if (oldOnServer == qsizetype(cached->size()))
        return Ok{};
    const std::uint32_t last = pass.knownBelow() - 1;
    Result<QList<std::uint32_t>> present =
        pass.ctx.session.uidSearch("UID 1:" + QByteArray::number(last));
    if (!present)
        return present.error();
    const QSet<std::uint32_t> onServer(present->begin(), present->end());
    QList<std::uint32_t> gone;
    for (const Uid uid : *cached) {
        if (uid.value <= last && !onServer.contains(uid.value))
            gone.append(uid.value);
    }
    return removeUids(pass, gone);
}

} // namespace

Result<void> applyCondstoreChanges(FolderPass &pass, qsizetype newOnServer)
{
    if (pass.selected.highestModSeq != pass.known.highestModSeq) {
        const auto range = lb::imap::SequenceSet::range(1, pass.knownBelow() - 1);
        Result<QList<lb::imap::FetchData>> changed =
            pass.ctx.session.uidFetch(range, "(UID FLAGS)", pass.known.highestModSeq);
        if (!changed)
            return changed.error();
        if (Result<void> flags = applyServerFlags(pass, *changed); !flags)
            return flags;
    }
    return findExpunges(pass, newOnServer);
}

} // namespace lb::sync::imap
