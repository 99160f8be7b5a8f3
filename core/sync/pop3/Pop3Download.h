// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "pop3/Pop3Session.h"
#include "sync/SyncRequest.h"

#include <chrono>
#include <functional>
#include <optional>

namespace lb::sync::pop3 {

// Knobs of the POP3 engine that are not account settings.
struct EngineOptions
{
    lb::pop3::SessionOptions session;
    // UTC seconds since the epoch; empty: the system clock. Tests move time forward to see
    // "delete after N days" act.
    std::function<qint64()> now;
    // Body lines kept of a message over the size limit (TOP n lines, RFC 1939 section 7).
    std::uint32_t previewLines = 20;
    // watchMail's pause between passes; empty: the account's checkEveryMinutes.
    std::optional<std::chrono::milliseconds> pollInterval;
};

// One POP3 run for request.account (ARCHITECTURE.md, example flow POP3), blocking on the
// caller's thread with the caller's Store:
//  1. local folders Inbox, Sent, Drafts, Trash exist (roles set);
//  2. connect (STLS when chosen, never a plaintext fallback), log in, STAT into the report;
//  3. LIST + UIDL (or header digests without UIDL), diffed against the ledger;
//  4. RETR each new message, newest first (pipelined when offered); each is parsed and
//     committed with its ledger entry (Stored) in ONE transaction (a few messages may share
//     it: all or none of them), then its body text goes into the search index; messages
//     over the size limit are stored as a TOP preview (body state Partial) and never deleted
//     from the server, or with Oversize::Skip not downloaded at all but recorded (Skipped,
//     named in a warning) until the limit allows them;
//  5. only then DELE what the retention rules pick (Retention.h: leave on server, after N
//     days, keep at most N messages / N MB, deleted here) and what the user deleted here for
//     good (DeleteRequested): ledger entries become Deleting (commit), one
//     durableCheckpoint() (fsync), QUIT, then Gone; an interrupted run is reconciled by the
//     next (Deleting and gone from the server: Gone; still there: DELE again).
// A kill at any moment loses no message and duplicates none (see FaultInjection.h).
// Warnings (e.g. the same mailbox also set up as IMAP) go into SyncReport::warnings.
[[nodiscard]] Result<SyncReport> downloadMail(const SyncRequest &request);
[[nodiscard]] Result<SyncReport> downloadMail(const SyncRequest &request,
                                              const EngineOptions &options);

} // namespace lb::sync::pop3
