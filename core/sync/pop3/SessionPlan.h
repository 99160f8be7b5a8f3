// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Records.h"
#include "sync/pop3/ServerListing.h"

#include <span>
#include <vector>

namespace lb::sync::pop3 {

// A maildrop message the ledger already knows, for the retention rules.
struct KnownMessage
{
    ServerMessage server;
    store::PopSeenEntry entry;
};

// What a session does with the maildrop, from the server's list and the ledger alone:
// - download: UIDLs the ledger has never seen, newest (highest number) first;
// - retryDelete: entries left Deleting by an earlier session (a crash, a failed QUIT) that
//   the server still has: their local copy is committed, so DELE again;
// - deleteRequested: entries the user deleted here for good (DeleteRequested): DELE now;
// - vanished: entries in any state but Gone that the server no longer lists: now Gone;
// - known: Stored or Gone entries still on the server: never downloaded again, and deleted
//   only if the retention rules say so;
// - skipped: entries left out for their size, still on the server: downloaded once the size
//   limit allows, in server order like `download`.
struct SessionPlan
{
    std::vector<ServerMessage> download;
    std::vector<ServerMessage> retryDelete;
    std::vector<ServerMessage> deleteRequested;
    std::vector<QString> vanished;
    std::vector<KnownMessage> known;
    std::vector<ServerMessage> skipped;
};

[[nodiscard]] SessionPlan planSession(std::span<const ServerMessage> server,
                                      std::span<const store::PopSeenEntry> ledger);

} // namespace lb::sync::pop3
