// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/service/SyncService.h"

#include "sync/service/AccountWorker.h"
#include "sync/service/NetworkStatus.h"

#include <QDeadlineTimer>

namespace lb::sync {

SyncService::SyncService(ServiceOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_network(new NetworkStatus(m_options.followSystemNetwork, this))
{
    connect(m_network, &NetworkStatus::reachableChanged, this, [this] {
        applyOffline();
        updateOnline();
    });
    updateOnline();
}

SyncService::~SyncService()
{
    (void)shutdown();
}

void SyncService::addAccount(const accounts::StoredAccount &account)
{
    if (m_shutDown || m_workers.contains(account.id.value))
        return;
    WorkerConfig config{m_options.cacheFile, account.id, account.settings, m_options.passwords,
                        m_options.keepWatching};
    auto *worker = new AccountWorker(std::move(config), this);
    connect(worker, &AccountWorker::progress, this, &SyncService::progress);
    connect(worker, &AccountWorker::folderChanged, this, &SyncService::folderChanged);
    connect(worker, &AccountWorker::accountChanged, this, &SyncService::accountChanged);
    connect(worker, &AccountWorker::outboxChanged, this, &SyncService::outboxChanged);
    connect(worker, &AccountWorker::error, this, &SyncService::error);
    connect(worker, &AccountWorker::newMail, this, &SyncService::newMail);
    connect(worker, &AccountWorker::reachable, this, &SyncService::onReachable);
    connect(worker, &AccountWorker::reported, this, &SyncService::onReport);
    connect(worker, &AccountWorker::bodyFetched, this, &SyncService::bodyFetched);
    m_workers.insert(account.id.value, worker);
    worker->setOffline(m_workOffline || !m_network->reachable());
    worker->start();
}

void SyncService::removeAccount(AccountId account)
{
    AccountWorker *worker = m_workers.take(account.value);
    m_reachable.remove(account.value);
    m_usage.remove(account.value);
    if (!worker)
        return;
    worker->requestStop();
    if (worker->waitStopped(m_options.shutdownBound))
        delete worker;
    else
        worker->abandon();
    updateOnline();
}

QList<AccountId> SyncService::accounts() const
{
    QList<AccountId> out;
    for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it)
        out << AccountId{it.key()};
    return out;
}

void SyncService::syncNow(AccountId account)
{
    if (AccountWorker *worker = m_workers.value(account.value))
        worker->syncNow();
}

void SyncService::syncAll()
{
    for (AccountWorker *worker : std::as_const(m_workers))
        worker->syncNow();
}

void SyncService::sendOutbox(AccountId account)
{
    if (AccountWorker *worker = m_workers.value(account.value))
        worker->sendOutbox();
}

void SyncService::fetchBody(AccountId account, MessageId message)
{
    if (AccountWorker *worker = m_workers.value(account.value))
        worker->fetchBody(message);
}

void SyncService::setWorkOffline(bool offline)
{
    if (m_workOffline == offline)
        return;
    m_workOffline = offline;
    if (!offline)
        m_reachable.clear(); // give every server a fresh chance
    applyOffline();
    updateOnline();
}

ServerUsage SyncService::serverUsage(AccountId account) const
{
    return m_usage.value(account.value);
}

bool SyncService::shutdown()
{
    if (m_shutDown)
        return true;
    m_shutDown = true;
    // Ask everyone first so the workers wind down in parallel, then wait against one deadline.
    for (AccountWorker *worker : std::as_const(m_workers))
        worker->requestStop();
    const QDeadlineTimer deadline(m_options.shutdownBound);
    bool allStopped = true;
    for (AccountWorker *worker : std::as_const(m_workers)) {
        const auto left = std::chrono::milliseconds(std::max<qint64>(deadline.remainingTime(), 0));
        if (worker->waitStopped(left)) {
            delete worker;
        } else {
            worker->abandon();
            allStopped = false;
        }
    }
    m_workers.clear();
    return allStopped;
}

void SyncService::onReachable(AccountId account, bool reachable)
{
    if (!m_workers.contains(account.value))
        return;
    m_reachable.insert(account.value, reachable);
    updateOnline();
}

void SyncService::onReport(AccountId account, const SyncReport &report)
{
    ServerUsage usage;
    usage.messages = report.serverMessages > 0 ? report.serverMessages : -1;
    usage.octets = report.serverOctets > 0 ? report.serverOctets : -1;
    if (report.quotaLimitKb > 0) {
        usage.quotaUsedBytes = report.quotaUsedKb * 1024;
        usage.quotaLimitBytes = report.quotaLimitKb * 1024;
    }
    m_usage.insert(account.value, usage);
    Q_EMIT serverUsageChanged(account);
}

void SyncService::applyOffline()
{
    const bool offline = m_workOffline || !m_network->reachable();
    for (AccountWorker *worker : std::as_const(m_workers))
        worker->setOffline(offline);
}

void SyncService::updateOnline()
{
    bool anyReachable = m_workers.isEmpty();
    for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it)
        anyReachable = anyReachable || m_reachable.value(it.key(), true);
    const bool online = !m_workOffline && m_network->reachable() && anyReachable;
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

} // namespace lb::sync
