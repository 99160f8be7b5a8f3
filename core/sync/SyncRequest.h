// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"
#include "common/StrongId.h"
#include "net/ProtocolLog.h"
#include "sync/SyncProgress.h"

#include <QStringList>

#include <memory>

namespace lb::store {
class Store;
}

namespace lb::sync {

// What one run of an account's sync engine needs. The engine runs on the calling thread and
// blocks (ARCHITECTURE.md: a worker thread per account, or the CLI's main thread); it uses the
// caller's Store, which belongs to that thread.
struct SyncRequest
{
    AccountId account;
    accounts::AccountSettings settings;
    QString password; // for this run only; never stored by an engine
    store::Store *store = nullptr;
    ProgressSink progress;                 // may be empty
    CancelFlag *cancel = nullptr;          // may be null
    std::shared_ptr<net::ProtocolLog> log; // may be null: the global log is used
};

// What a run did, for the CLI's summary and the status bar.
struct SyncReport
{
    qint64 newMessages = 0;
    qint64 removedMessages = 0;
    qint64 flagChanges = 0;
    qint64 deletedOnServer = 0; // POP3: messages the server deleted at our request
    qint64 serverMessages = 0;  // POP3 STAT, or the inbox's EXISTS
    qint64 serverOctets = 0;    // POP3 STAT: how full the server mailbox is
    // IMAP QUOTA STORAGE of the inbox's quota root (RFC 9208), in KiB; -1 when not reported.
    qint64 quotaUsedKb = -1;
    qint64 quotaLimitKb = -1;
    QStringList warnings;       // things the user should know that did not stop the run
};

} // namespace lb::sync
