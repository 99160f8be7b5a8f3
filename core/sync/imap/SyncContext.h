// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the IMAP engine: what every step of a run shares.
#pragma once

#include "imap/Session.h"
#include "store/Store.h"
#include "sync/RateEstimator.h"
#include "sync/SyncRequest.h"
#include "sync/imap/ImapSync.h"

namespace lb::sync::imap {

struct SyncContext
{
    lb::imap::Session &session;
    store::Store &store;
    const SyncRequest &request;
    const ImapSyncOptions &options;
    SyncReport &report;
    bool inboxReady = false;

    [[nodiscard]] AccountId account() const { return request.account; }
    [[nodiscard]] bool cancelled() const { return request.cancel && request.cancel->load(); }
    void progress(SyncProgress::Phase phase, const QString &folder = {}, qint64 done = 0,
                  qint64 total = 0) const
    {
        if (!request.progress)
            return;
        SyncProgress p;
        p.account = request.account;
        p.phase = phase;
        p.folder = folder;
        p.done = done;
        p.total = total;
        p.inboxReady = inboxReady;
        request.progress(p);
    }
    // With done, total, rate and time left from `rate`.
    void progress(SyncProgress::Phase phase, const QString &folder, const RateEstimator &rate) const
    {
        if (!request.progress)
            return;
        SyncProgress p;
        p.account = request.account;
        p.phase = phase;
        p.folder = folder;
        rate.fill(p);
        p.inboxReady = inboxReady;
        request.progress(p);
    }
};

// The session options for an account: its protocol log, label, cancel flag and switches.
[[nodiscard]] lb::imap::SessionOptions sessionOptions(const SyncRequest &request,
                                                      const ImapSyncOptions &options);
// Connects, logs in and enables what the engine uses (QRESYNC or CONDSTORE, RFC 7162).
[[nodiscard]] Result<void> openSession(lb::imap::Session &session, const SyncRequest &request);

// Offline queue, folder list, every subscribed folder, quota, bodies (AccountSync.cpp).
[[nodiscard]] Result<void> runPass(SyncContext &ctx);

// A cancelled run says so, whatever step noticed it.
[[nodiscard]] Error cancelledError();

} // namespace lb::sync::imap
