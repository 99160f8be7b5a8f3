// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountRepository.h"
#include "common/StrongId.h"
#include "sync/SyncProgress.h"
#include "sync/SyncRequest.h"
#include "sync/service/PasswordSource.h"

#include <QHash>
#include <QObject>

#include <chrono>

namespace lb::sync {

class AccountWorker;
class NetworkStatus;

struct ServiceOptions
{
    QString cacheFile;
    PasswordSource passwords; // empty: the system keyring
    // IMAP IDLE and periodic POP3 checks; off: one run per start and per syncNow().
    bool keepWatching = true;
    // Follow QNetworkInformation; off in tests, where only connection failures count.
    bool followSystemNetwork = true;
    // How long shutdown() waits for all workers together before leaving them to the process.
    std::chrono::milliseconds shutdownBound{std::chrono::seconds(3)};
};

// What the server said about the size of the account's mailbox at the last run.
struct ServerUsage
{
    qint64 messages = -1;       // POP3 STAT or the inbox's EXISTS; -1: unknown
    qint64 octets = -1;         // POP3 STAT
    qint64 quotaUsedBytes = -1; // IMAP QUOTA STORAGE
    qint64 quotaLimitBytes = -1;
};

// The GUI's handle on syncing: one AccountWorker (own thread, own Store connection) per
// account; runs each account's engine, its periodic checks or IMAP IDLE, and its Outbox.
//
// Contract: lives on the GUI thread; every function returns at once. Signals are delivered on
// the GUI thread, after the worker committed what they announce, so a model may re-read the
// store when it gets one. shutdown() (also run by the destructor) cancels every worker and
// waits at most options.shutdownBound in all.
class SyncService : public QObject
{
    Q_OBJECT
public:
    explicit SyncService(ServiceOptions options, QObject *parent = nullptr);
    ~SyncService() override;

    // Starts the account's worker: a first sync now, then as the account is set up.
    void addAccount(const accounts::StoredAccount &account);
    void removeAccount(AccountId account);
    [[nodiscard]] QList<AccountId> accounts() const;

    void syncNow(AccountId account);
    void syncAll();
    void sendOutbox(AccountId account);
    // Downloads a message the cache holds only the headers (or a preview) of; bodyFetched
    // follows once it is stored.
    void fetchBody(AccountId account, MessageId message);

    // The user's "Work offline" switch: workers stop talking to servers and queue instead.
    void setWorkOffline(bool offline);
    [[nodiscard]] bool workOffline() const { return m_workOffline; }
    // False while working offline, when the system reports no network, or when every account
    // failed to reach its server on its last attempt.
    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] ServerUsage serverUsage(AccountId account) const;

    // Returns false when some worker did not stop in time and was left to end with the process.
    bool shutdown();

Q_SIGNALS:
    void progress(const lb::sync::SyncProgress &progress);
    void folderChanged(lb::AccountId account, lb::FolderId folder);
    void accountChanged(lb::AccountId account);
    void outboxChanged(lb::AccountId account);
    void error(lb::AccountId account, const QString &sentence);
    void newMail(lb::AccountId account, qint64 count);
    void onlineChanged(bool online);
    void serverUsageChanged(lb::AccountId account);
    void bodyFetched(lb::AccountId account, lb::MessageId message);

private:
    void onReachable(AccountId account, bool reachable);
    void onReport(AccountId account, const SyncReport &report);
    void applyOffline();
    void updateOnline();

    ServiceOptions m_options;
    NetworkStatus *m_network = nullptr;
    QHash<qint64, AccountWorker *> m_workers;
    QHash<qint64, bool> m_reachable;
    QHash<qint64, ServerUsage> m_usage;
    bool m_workOffline = false;
    bool m_online = true;
    bool m_shutDown = false;
};

} // namespace lb::sync
