// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"
#include "store/Records.h"
#include "sync/pop3/SessionPlan.h"

#include <span>
#include <vector>

namespace lb::sync::pop3 {

// What the cache holds of a message the ledger knows.
struct LocalCopy
{
    bool exists = false;  // false once the user deleted it here (the local Trash was emptied)
    bool partial = false; // only a TOP preview: the server holds the only whole copy
};

// The local copy as the ledger reports it (PopSeenEntry::local).
[[nodiscard]] LocalCopy localCopyOf(const store::PopSeenEntry &entry);

// True when one of the account's rules asks for anything to be deleted from the server, so
// a run with "leave everything" can skip looking at local copies.
[[nodiscard]] bool mayDeleteFromServer(const accounts::Pop3Options &options);

// Whether the server copy of a message the cache has committed should go now:
// - never while the local copy is only a preview (deleting would lose the message);
// - leave on server off: at once;
// - delete after N days: once N days have passed since the first download (first_seen);
// - delete when deleted here: once the local copy is gone.
// `now` is UTC seconds since the epoch.
[[nodiscard]] bool shouldDeleteFromServer(const store::PopSeenEntry &entry, LocalCopy local,
                                          const accounts::Pop3Options &options, qint64 now);

// The server copies the account's rules delete in this session, oldest first:
// - every message of `known` that shouldDeleteFromServer picks;
// - then, with "keep at most N messages / N MB", the oldest further messages of `known` until
//   what stays on the server fits: by first download (first_seen), ties in server order.
// `maildrop` is the whole listing of the session (every message counts towards the limits,
// also those never downloaded); `deleting` are the ones already on their way out (retried or
// requested deletions), which no longer count. Only messages of `known` (committed here) are
// ever picked, and never one whose local copy is only a preview.
[[nodiscard]] std::vector<ServerMessage>
pickRetentionDeletions(std::span<const ServerMessage> maildrop, std::span<const KnownMessage> known,
                       std::span<const ServerMessage> deleting,
                       const accounts::Pop3Options &options, qint64 now);

} // namespace lb::sync::pop3
