// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"
#include "common/StrongId.h"
#include "sync/SyncProgress.h"
#include "sync/SyncRequest.h"
#include "sync/service/PasswordSource.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <chrono>
#include <memory>

class QThread;

namespace lb::store {
class Store;
}

namespace lb::sync {

class FolderChanges;

struct WorkerConfig
{
    QString cacheFile;
    AccountId account;
    accounts::AccountSettings settings;
    PasswordSource passwords;
    // Keep the account in step between runs: IMAP IDLE, POP3 checks every few minutes. Off:
    // one run at start and one per syncNow().
    bool keepWatching = true;
};

// One account's sync on its own thread (ARCHITECTURE.md, "Threads and data flow").
//
// Contract: created, driven and destroyed on the GUI thread; the thread body opens its own
// Store connection on the cache file and runs the account's engine, the Outbox and the
// periodic checks there, blocking on the network. The public functions only set flags under
// a mutex and wake the thread, so none of them waits. Signals are emitted on the worker
// thread; receivers on the GUI thread get them queued.
//
// Cancelling: requestStop() and setOffline(true) set the running engine's cancel flag; IMAP
// sessions notice within a fifth of a second. A host name lookup cannot be cut short, which is
// why waitStopped() takes a bound.
class AccountWorker : public QObject
{
    Q_OBJECT
public:
    explicit AccountWorker(WorkerConfig config, QObject *parent = nullptr);
    ~AccountWorker() override; // stops and waits for the thread

    [[nodiscard]] AccountId account() const { return m_config.account; }
    void start();
    void syncNow();                    // also resumes an account stopped on a wrong password
    void sendOutbox();                 // after the composer queued a message
    void fetchBody(MessageId message); // the user opened a message the cache lacks
    void setOffline(bool offline);
    void requestStop();
    // True once the thread has ended (or never started).
    [[nodiscard]] bool waitStopped(std::chrono::milliseconds timeout);
    // Gives up on a thread that did not stop in time: it is left to end with the process.
    void abandon();

Q_SIGNALS:
    void progress(const lb::sync::SyncProgress &progress);
    void folderChanged(lb::AccountId account, lb::FolderId folder);
    void accountChanged(lb::AccountId account);
    void outboxChanged(lb::AccountId account);
    void error(lb::AccountId account, const QString &sentence);
    void newMail(lb::AccountId account, qint64 count);
    void reachable(lb::AccountId account, bool reachable);
    void reported(lb::AccountId account, const lb::sync::SyncReport &report);
    void bodyFetched(lb::AccountId account, lb::MessageId message);

private:
    struct Job
    {
        bool stop = false;
        bool send = false;
        bool explicitSync = false;
        QList<MessageId> bodies;
    };
    void run();
    [[nodiscard]] Job waitForWork();
    void setWatching(bool watching);
    void runOnce(store::Store &store, FolderChanges &changes, const Job &job);
    void fetchBodies(store::Store &store, FolderChanges &changes, const QList<MessageId> &ids);
    void watch(const SyncRequest &request, FolderChanges &changes);
    void sendQueued(store::Store &store, const SyncRequest &request);
    void finishRun(store::Store &store, const Result<SyncReport> &result, bool hadMail);
    void failed(const Error &error);
    [[nodiscard]] bool hasPassword();
    [[nodiscard]] bool accountHasMail(store::Store &store);
    [[nodiscard]] SyncRequest request(store::Store &store, FolderChanges &changes);

    WorkerConfig m_config;
    std::unique_ptr<QThread> m_thread;

    // Shared with the thread, under m_mutex.
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stop = false;
    bool m_offline = false;
    bool m_syncRequested = false;
    bool m_sendRequested = false;
    QList<MessageId> m_bodyRequests;
    bool m_blockedOnUser = false;
    bool m_watching = false;
    QDeadlineTimer m_nextRun{0};
    CancelFlag m_cancel{false};

    // The thread's own.
    QString m_password;
    bool m_havePassword = false;
    int m_failures = 0;
    bool m_hadSuccess = false;
};

} // namespace lb::sync
