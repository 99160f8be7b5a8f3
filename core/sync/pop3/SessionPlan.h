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
// - vanished: Stored or Deleting entries the server no longer lists: now Gone;
// - known: Stored or Gone entries still on the server: never downloaded again, and deleted
//   only if the retention rules say so.
struct SessionPlan
{
    std::vector<ServerMessage> download;
    std::vector<ServerMessage> retryDelete;
    std::vector<QString> vanished;
    std::vector<KnownMessage> known;
};

[[nodiscard]] SessionPlan planSession(std::span<const ServerMessage> server,
                                      std::span<const store::PopSeenEntry> ledger);

} // namespace lb::sync::pop3
