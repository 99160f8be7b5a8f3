// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/service/AccountWorker.h"

#include "common/Log.h"
#include "store/Store.h"
#include "sync/actions/ServerSentFiler.h"
#include "sync/outbox/Outbox.h"
#include "sync/service/FolderChanges.h"
#include "sync/service/SyncEngines.h"
#include "sync/service/WorkerSchedule.h"

#include <QThread>

#include <algorithm>
#include <utility>

namespace lb::sync {

using namespace std::chrono_literals;

AccountWorker::AccountWorker(WorkerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{}

AccountWorker::~AccountWorker()
{
    // The thread uses this object, so it must end first. SyncService bounds the wait by
    // abandoning (never deleting) a worker whose thread does not stop in time.
    requestStop();
    if (m_thread)
        m_thread->wait();
}

void AccountWorker::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("sync ") + m_config.settings.name);
    m_thread->start();
}

void AccountWorker::syncNow()
{
    QMutexLocker lock(&m_mutex);
    m_syncRequested = true;
    if (m_watching)
        m_cancel = true; // the watch ends; the loop runs the requested sync and watches again
    m_wake.wakeAll();
}

void AccountWorker::sendOutbox()
{
    QMutexLocker lock(&m_mutex);
    m_sendRequested = true;
    if (m_watching)
        m_cancel = true;
    m_wake.wakeAll();
}

void AccountWorker::fetchBody(MessageId message)
{
    QMutexLocker lock(&m_mutex);
    if (!m_bodyRequests.contains(message))
        m_bodyRequests << message;
    if (m_watching)
        m_cancel = true;
    m_wake.wakeAll();
}

void AccountWorker::setOffline(bool offline)
{
    QMutexLocker lock(&m_mutex);
    if (m_offline == offline)
        return;
    m_offline = offline;
    if (offline)
        m_cancel = true;
    else
        m_nextRun.setRemainingTime(0); // back online: check at once
    m_wake.wakeAll();
}

void AccountWorker::requestStop()
{
    QMutexLocker lock(&m_mutex);
    m_stop = true;
    m_cancel = true;
    m_wake.wakeAll();
}

bool AccountWorker::waitStopped(std::chrono::milliseconds timeout)
{
    if (!m_thread)
        return true;
    if (!m_thread->wait(QDeadlineTimer(timeout)))
        return false;
    m_thread.reset();
    return true;
}

void AccountWorker::abandon()
{
    if (!m_thread)
        return;
    qCWarning(lcSync) << "the sync of" << m_config.settings.name
                      << "did not stop in time; it ends with the process";
    // Deliberately leaked: destroying a running QThread aborts the process. The thread body
    // only touches this object's members, so the object is leaked with it.
    (void)m_thread.release();
    disconnect();
    setParent(nullptr);
}

AccountWorker::Job AccountWorker::waitForWork()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (m_stop)
            return Job{.stop = true};
        const bool due = !m_blockedOnUser && m_nextRun.hasExpired();
        if (!m_offline &&
            (m_syncRequested || m_sendRequested || due || !m_bodyRequests.isEmpty())) {
            Job job{.stop = false,
                    .send = m_sendRequested,
                    .explicitSync = m_syncRequested,
                    .bodies = std::exchange(m_bodyRequests, {})};
            if (m_syncRequested)
                m_blockedOnUser = false;
            m_syncRequested = false;
            m_sendRequested = false;
            m_cancel = false;
            return job;
        }
        if (m_offline || m_blockedOnUser)
            m_wake.wait(&m_mutex);
        else
            m_wake.wait(&m_mutex, m_nextRun);
    }
}

void AccountWorker::setWatching(bool watching)
{
    QMutexLocker lock(&m_mutex);
    m_watching = watching;
    // A request that came in while the run before the watch was busy is served first.
    if (watching &&
        (m_syncRequested || m_sendRequested || m_stop || m_offline || !m_bodyRequests.isEmpty()))
        m_cancel = true;
}

void AccountWorker::run()
{
    auto opened = store::Store::open(m_config.cacheFile);
    if (!opened) {
        Q_EMIT error(m_config.account, opened.error().message);
        return;
    }
    store::Store store = std::move(*opened);
    const AccountId account = m_config.account;
    FolderChanges changes(store, account, [this, account](FolderId folder) {
        Q_EMIT folderChanged(account, folder);
    });
    for (;;) {
        const Job job = waitForWork();
        if (job.stop)
            break;
        runOnce(store, changes, job);
    }
}

bool AccountWorker::hasPassword()
{
    if (m_havePassword)
        return true;
    Result<QString> password = m_config.passwords ? m_config.passwords(m_config.settings)
                                                  : keyringPasswords()(m_config.settings);
    if (!password) {
        failed(password.error());
        return false;
    }
    m_password = *password;
    m_havePassword = true;
    return true;
}

SyncRequest AccountWorker::request(store::Store &store, FolderChanges &changes)
{
    SyncRequest r;
    r.account = m_config.account;
    r.settings = m_config.settings;
    r.password = m_password;
    r.store = &store;
    r.cancel = &m_cancel;
    r.progress = [this, &changes](const SyncProgress &p) {
        Q_EMIT progress(p);
        if (changes.onProgress(p))
            Q_EMIT accountChanged(m_config.account);
    };
    return r;
}

bool AccountWorker::accountHasMail(store::Store &store)
{
    auto folders = store.folders(m_config.account);
    if (!folders)
        return false;
    for (const store::FolderRecord &f : *folders) {
        if (f.total > 0)
            return true;
    }
    return false;
}

void AccountWorker::runOnce(store::Store &store, FolderChanges &changes, const Job &job)
{
    if (!hasPassword())
        return;
    // The message the user is waiting for comes before anything else.
    if (!job.bodies.isEmpty())
        fetchBodies(store, changes, job.bodies);
    const SyncRequest req = request(store, changes);
    (void)job; // whatever woke the worker, it sends what waits and then syncs
    sendQueued(store, req);
    const bool hadMail = m_hadSuccess || accountHasMail(store);
    const Result<SyncReport> result = engineFor(m_config.settings.protocol).runOnce(req);
    changes.flush();
    finishRun(store, result, hadMail);
    if (!result)
        return;
    // POP3 is checked on a timer; IMAP is watched with IDLE, which returns when cancelled.
    if (m_config.keepWatching && m_config.settings.protocol == accounts::Protocol::Imap)
        watch(req, changes);
}

void AccountWorker::fetchBodies(store::Store &store, FolderChanges &changes,
                                const QList<MessageId> &ids)
{
    const SyncRequest req = request(store, changes);
    for (const MessageId id : ids) {
        const Result<void> fetched = engineFor(m_config.settings.protocol).fetchBody(req, id);
        if (!fetched) {
            if (fetched.error().scope != ErrorScope::Cancelled)
                Q_EMIT error(m_config.account, fetched.error().toString());
            continue;
        }
        Q_EMIT bodyFetched(m_config.account, id);
    }
}

void AccountWorker::watch(const SyncRequest &request, FolderChanges &changes)
{
    setWatching(true);
    const AccountId account = m_config.account;
    const Result<void> watched =
        engineFor(m_config.settings.protocol).watch(request, [&](const SyncReport &report) {
            changes.flush();
            Q_EMIT accountChanged(account);
            Q_EMIT reported(account, report);
            if (report.newMessages > 0)
                Q_EMIT newMail(account, report.newMessages);
        });
    setWatching(false);
    changes.flush();
    if (!watched && watched.error().scope != ErrorScope::Cancelled)
        failed(watched.error());
}

void AccountWorker::sendQueued(store::Store &store, const SyncRequest &request)
{
    if (!m_config.settings.smtp)
        return;
    Outbox outbox(store);
    auto entries = outbox.entries(m_config.account);
    if (!entries)
        return;
    const bool queued = std::any_of(entries->begin(), entries->end(), [](const auto &e) {
        return e.state == store::OutboxState::Queued || e.state == store::OutboxState::Sent;
    });
    if (!queued)
        return;
    // IMAP accounts that keep Sent on the server get their copy there (APPEND, or found
    // already filed by the server); the others in the local Sent folder.
    std::unique_ptr<ServerSentFiler> filer;
    ServerSentHandler serverSent;
    if (m_config.settings.protocol == accounts::Protocol::Imap &&
        keepsSentOnServer(m_config.settings)) {
        filer = std::make_unique<ServerSentFiler>(request);
        serverSent = filer->handler();
    }
    auto report = outbox.sendPending(request, serverSent);
    Q_EMIT outboxChanged(m_config.account);
    Q_EMIT accountChanged(m_config.account); // the Sent folder
    if (!report) {
        Q_EMIT error(m_config.account, report.error().message);
        return;
    }
    if (!report->sessionError.isEmpty())
        Q_EMIT error(m_config.account, report->sessionError);
    for (const OutboxItemResult &item : report->items) {
        if (item.state != store::OutboxState::Sent && !item.error.isEmpty())
            Q_EMIT error(m_config.account, item.error);
    }
}

void AccountWorker::finishRun(store::Store &store, const Result<SyncReport> &result, bool hadMail)
{
    (void)store;
    Q_EMIT accountChanged(m_config.account);
    if (!result) {
        if (result.error().scope != ErrorScope::Cancelled)
            failed(result.error());
        return;
    }
    m_failures = 0;
    m_hadSuccess = true;
    Q_EMIT reachable(m_config.account, true);
    Q_EMIT reported(m_config.account, *result);
    if (hadMail && result->newMessages > 0)
        Q_EMIT newMail(m_config.account, result->newMessages);
    for (const QString &warning : result->warnings)
        Q_EMIT error(m_config.account, warning);
    QMutexLocker lock(&m_mutex);
    m_nextRun.setRemainingTime(WorkerSchedule::checkInterval(m_config.settings));
}

void AccountWorker::failed(const Error &error)
{
    Q_EMIT this->error(m_config.account, error.toString());
    QMutexLocker lock(&m_mutex);
    if (WorkerSchedule::isConnectionFailure(error)) {
        ++m_failures;
        m_nextRun.setRemainingTime(WorkerSchedule::retryDelay(m_failures));
        lock.unlock();
        Q_EMIT reachable(m_config.account, false);
        return;
    }
    if (WorkerSchedule::needsUser(error)) {
        m_blockedOnUser = true;
        m_havePassword = false; // ask again when the user retries
        return;
    }
    m_nextRun.setRemainingTime(WorkerSchedule::checkInterval(m_config.settings));
}

} // namespace lb::sync
