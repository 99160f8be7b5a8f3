// SPDX-License-Identifier: GPL-3.0-or-later
// Push: IDLE on the inbox (RFC 2177), polling elsewhere, reconnecting after network loss.
#include "sync/imap/FolderPass.h"
#include "sync/imap/ReconnectBackoff.h"

#include "common/Log.h"

#include <QDeadlineTimer>

#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::imap {
namespace {

using namespace std::chrono_literals;

bool cancelled(const SyncRequest &request)
{
    return request.cancel && request.cancel->load();
}

void sleepUnlessCancelled(const SyncRequest &request, std::chrono::milliseconds duration)
{
    const QDeadlineTimer deadline(duration);
    while (!deadline.hasExpired() && !cancelled(request))
        std::this_thread::sleep_for(std::min<std::chrono::milliseconds>(100ms, duration));
}

bool isTransient(const Error &error)
{
    return error.scope == ErrorScope::Connection;
}

bool changedSomething(const SyncReport &r)
{
    return r.newMessages > 0 || r.removedMessages > 0 || r.flagChanges > 0 || !r.warnings.isEmpty();
}

Result<store::FolderRecord> inboxOf(SyncContext &ctx)
{
    Result<std::vector<store::FolderRecord>> folders = ctx.store.folders(ctx.account());
    if (!folders)
        return folders.error();
    for (const store::FolderRecord &f : *folders) {
        if (f.role == store::FolderRole::Inbox)
            return f;
    }
    return Error{ErrorScope::Account, Remedy::None, u"The server lists no INBOX."_s, {}};
}

// Waits on the selected inbox until it changes, the poll is due or the user cancels.
Result<void> waitForNews(lb::imap::Session &session, const ImapSyncOptions &options,
                         const QDeadlineTimer &pollDue, const SyncRequest &request)
{
    const auto untilPoll = std::chrono::milliseconds(std::max<qint64>(pollDue.remainingTime(), 1));
    if (session.capabilities().has("IDLE"))
        return session.idle(std::min(options.idleDuration, untilPoll));
    sleepUnlessCancelled(request, untilPoll);
    if (cancelled(request))
        return cancelledError();
    return session.noop();
}

// Runs until cancelled or the connection fails.
Result<void> watchSession(lb::imap::Session &session, const SyncRequest &request,
                          const std::function<void(const SyncReport &)> &onPass,
                          const ImapSyncOptions &options)
{
    SyncReport first;
    SyncContext start{session, *request.store, request, options, first};
    if (Result<void> pass = runPass(start); !pass)
        return pass;
    onPass(first);
    QDeadlineTimer pollDue(options.pollInterval);
    while (!cancelled(request)) {
        SyncReport report;
        SyncContext ctx{session, *request.store, request, options, report};
        if (pollDue.hasExpired()) {
            if (Result<void> pass = runPass(ctx); !pass)
                return pass;
            pollDue.setRemainingTime(options.pollInterval);
        }
        // Selects the inbox again and picks up whatever IDLE announced.
        Result<store::FolderRecord> inbox = inboxOf(ctx);
        if (!inbox)
            return inbox.error();
        if (Result<void> synced = syncFolder(ctx, *inbox); !synced)
            return synced;
        if (changedSomething(report))
            onPass(report);
        if (Result<void> waited = waitForNews(session, options, pollDue, request); !waited)
            return waited;
    }
    return Ok{};
}

} // namespace

Result<void> watch(const SyncRequest &request,
                   const std::function<void(const SyncReport &)> &onPass,
                   const ImapSyncOptions &options)
{
    if (!request.store)
        return Error{
            ErrorScope::Storage, Remedy::None, u"No mail cache was given to the sync."_s, {}};
    ReconnectBackoff backoff(options.firstReconnectDelay, options.maxReconnectDelay);
    while (!cancelled(request)) {
        lb::imap::Session session(sessionOptions(request, options));
        // A pass that worked proves the connection: the next failure starts the waits over.
        const auto passed = [&](const SyncReport &report) {
            backoff.reset();
            onPass(report);
        };
        Result<void> ran = openSession(session, request);
        if (ran)
            ran = watchSession(session, request, passed, options);
        if (cancelled(request)) {
            session.logout();
            break;
        }
        if (ran || !isTransient(ran.error()))
            return ran;
        session.close();
        const std::chrono::milliseconds delay = backoff.next();
        qCInfo(lcSync) << "connection lost, retrying in" << delay.count()
                       << "ms:" << ran.error().toString();
        // The user sees each failure; the watch itself goes on.
        SyncReport failed;
        failed.warnings << u"%1 Trying again in %2."_s.arg(ran.error().toString(),
                                                           describeDelay(delay));
        onPass(failed);
        if (request.progress) {
            SyncProgress waiting;
            waiting.account = request.account;
            waiting.phase = SyncProgress::Phase::Connecting;
            request.progress(waiting);
        }
        sleepUnlessCancelled(request, delay);
    }
    return Ok{};
}

} // namespace lb::sync::imap
