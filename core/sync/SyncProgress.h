// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/StrongId.h"

#include <QString>

#include <atomic>
#include <functional>

namespace lb::sync {

// Where a sync job stands, for the status bar ("Inbox: 1,200 of 48,312, 2 min left") and
// the CLI's stderr. Engines report at phase changes and after each committed batch.
struct SyncProgress
{
    enum class Phase
    {
        Connecting,
        LoggingIn,
        ListingFolders,
        FetchingHeaders,
        FetchingBodies,
        Downloading, // POP3 RETR
        Indexing,
        ApplyingLocalChanges,
        Sending,
        CleaningUp, // POP3 DELE/QUIT, IMAP EXPUNGE
        Done,
    };

    AccountId account;
    Phase phase = Phase::Connecting;
    QString folder; // the folder being worked on, if any
    qint64 done = 0;
    qint64 total = 0; // 0 when unknown
    // Filled by RateEstimator where the engine can tell: items per second over the last
    // seconds, and the estimated seconds left (-1: unknown).
    double perSecond = 0;
    qint64 secondsLeft = -1;
    // True once the newest mail of the inbox is in the cache, so the UI can say "Inbox ready"
    // before the rest of the job has finished.
    bool inboxReady = false;
};

[[nodiscard]] QString phaseName(SyncProgress::Phase phase);
// "Fetching headers Inbox: 1,200 of 48,312 — 850/s, about 1 min left" — for logs and the CLI.
[[nodiscard]] QString describe(const SyncProgress &progress);

using ProgressSink = std::function<void(const SyncProgress &)>;

// A flag the owner sets to stop a job; engines check it between steps and the Connection's
// cancel() cuts a blocked read short.
using CancelFlag = std::atomic<bool>;

} // namespace lb::sync
