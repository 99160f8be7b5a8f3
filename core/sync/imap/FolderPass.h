// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the IMAP engine: one folder's sync, and the strategies it picks from.
#pragma once

#include "sync/imap/FlagMapping.h"
#include "sync/imap/SyncContext.h"

#include <QHash>

#include <QList>

#include <cstdint>

namespace lb::sync::imap {

struct FolderPass
{
    SyncContext &ctx;
    store::FolderRecord folder;
    lb::imap::SelectResult selected;
    store::FolderSyncState known; // what the cache had synced, after a UIDVALIDITY reset
    bool fresh = false;           // nothing cached under this UIDVALIDITY

    [[nodiscard]] bool isInbox() const { return folder.role == store::FolderRole::Inbox; }
    // UIDs below this were seen by an earlier sync.
    [[nodiscard]] std::uint32_t knownBelow() const { return fresh ? 1 : known.uidNext.value; }
};

// Store writes shared by the strategies; each counts into the report.
[[nodiscard]] Result<void> removeUids(FolderPass &pass, const QList<std::uint32_t> &uids);
// Applies server flags, counting only the ones that differ from the cache.
[[nodiscard]] Result<void> applyServerFlags(FolderPass &pass,
                                            const QList<lb::imap::FetchData> &fetched);
// The cache's flags of a folder by UID, read once for several applyServerFlags calls.
using CachedFlags = QHash<std::uint32_t, StoredFlags>;
[[nodiscard]] Result<CachedFlags> cachedFlags(FolderPass &pass);
[[nodiscard]] Result<void> applyServerFlags(FolderPass &pass,
                                            const QList<lb::imap::FetchData> &fetched,
                                            const CachedFlags &current);

// QRESYNC enabled: nothing when HIGHESTMODSEQ is unchanged, else UID FETCH (CHANGEDSINCE
// VANISHED) for changed flags and expunges (QresyncChanges.cpp).
[[nodiscard]] Result<void> applyQresyncChanges(FolderPass &pass);
// CONDSTORE without QRESYNC: FETCH FLAGS CHANGEDSINCE; expunges from a UID comparison, only
// when the message count says something went (CondstoreChanges.cpp).
[[nodiscard]] Result<void> applyCondstoreChanges(FolderPass &pass, qsizetype newOnServer);
// No CONDSTORE: every FLAGS by UID range, in chunks so that memory stays bounded on large
// folders; the UIDs missing from the answer were expunged (FlagScan.cpp).
[[nodiscard]] Result<void> applyFlagScan(FolderPass &pass);

// UIDs on the server at or above knownBelow() that the cache lacks, ascending.
[[nodiscard]] Result<QList<std::uint32_t>> findNewUids(FolderPass &pass);
// Headers of those UIDs, newest first, in pipelined chunks each committed on arrival
// (NewMessages.cpp). Marks the inbox ready after its first chunk.
[[nodiscard]] Result<void> fetchNewMessages(FolderPass &pass, const QList<std::uint32_t> &uids);

// EXPUNGE/VANISHED/FETCH FLAGS the server volunteered during the pass (or an IDLE).
[[nodiscard]] Result<void> applyUnsolicited(FolderPass &pass);

// One folder, start to end (FolderSync.cpp).
[[nodiscard]] Result<void> syncFolder(SyncContext &ctx, const store::FolderRecord &folder);

} // namespace lb::sync::imap
