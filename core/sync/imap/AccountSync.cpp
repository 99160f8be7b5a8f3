// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's entry points: one run over all folders, and fetching a body on demand.
#include "sync/imap/BodySync.h"
#include "sync/imap/FolderListSync.h"
#include "sync/imap/FolderPass.h"
#include "sync/imap/OfflineReplay.h"

#include "common/Log.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::imap {
namespace {

Result<void> requireStore(const SyncRequest &request)
{
    if (request.store)
        return Ok{};
    return Error{ErrorScope::Storage, Remedy::None, u"No mail cache was given to the sync."_s, {}};
}

// RFC 9208: tell the user before the server mailbox is full.
void checkQuota(SyncContext &ctx)
{
    Result<QList<lb::imap::QuotaData>> quotas = ctx.session.quotaRoot(u"INBOX"_s);
    if (!quotas)
        return;
    for (const lb::imap::QuotaData &quota : *quotas) {
        for (const lb::imap::QuotaResource &r : quota.resources) {
            if (r.name == "STORAGE" && r.limit > 0) {
                ctx.report.quotaUsedKb = qint64(r.usage);
                ctx.report.quotaLimitKb = qint64(r.limit);
            }
            if (r.limit > 0 && r.usage * 10 >= r.limit * 9) {
                ctx.report.warnings << u"The server mailbox is %1% full (%2 of %3 %4)."_s
                                           .arg(r.usage * 100 / r.limit)
                                           .arg(r.usage)
                                           .arg(r.limit)
                                           .arg(QString::fromLatin1(r.name).toLower());
            }
        }
    }
}

} // namespace

Result<void> runPass(SyncContext &ctx)
{
    if (Result<void> replayed = replayOfflineOps(ctx); !replayed)
        return replayed;
    Result<std::vector<store::FolderRecord>> folders = syncFolderList(ctx);
    if (!folders)
        return folders.error();
    for (const store::FolderRecord &folder : *folders) {
        if (!folder.subscribed)
            continue;
        if (ctx.cancelled())
            return cancelledError();
        Result<void> synced = syncFolder(ctx, folder);
        if (synced)
            continue;
        // One folder the server refuses does not stop the others.
        if (synced.error().scope != ErrorScope::Folder)
            return synced;
        ctx.report.warnings << u"%1: %2"_s.arg(folder.path, synced.error().toString());
    }
    checkQuota(ctx);
    if (Result<void> bodies = downloadBodies(ctx, *folders); !bodies)
        return bodies;
    ctx.report.warnings << ctx.session.takeAlerts();
    return Ok{};
}

Result<SyncReport, ImapSyncError> syncAccountDetailed(const SyncRequest &request,
                                                      const ImapSyncOptions &options)
{
    if (Result<void> has = requireStore(request); !has)
        return ImapSyncError{has.error(), {}};
    lb::imap::Session session(sessionOptions(request, options));
    SyncReport report;
    SyncContext ctx{session, *request.store, request, options, report};
    ctx.progress(SyncProgress::Phase::Connecting);
    Result<void> pass = openSession(session, request);
    if (pass)
        pass = runPass(ctx);
    if (!pass) {
        // The session remembers the transport error behind a failure (and its certificate).
        ImapSyncError error{pass.error(), session.lastNetError()};
        session.logout();
        return error;
    }
    session.logout();
    ctx.progress(SyncProgress::Phase::Done);
    return report;
}

Result<SyncReport> syncAccount(const SyncRequest &request, const ImapSyncOptions &options)
{
    Result<SyncReport, ImapSyncError> result = syncAccountDetailed(request, options);
    if (!result)
        return Error(result.error());
    return std::move(result).value();
}

Result<QByteArray> fetchBody(const SyncRequest &request, MessageId message,
                             const ImapSyncOptions &options)
{
    if (Result<void> has = requireStore(request); !has)
        return has.error();
    Result<std::optional<QByteArray>> cached = request.store->body(message);
    if (!cached)
        return cached.error();
    if (*cached)
        return **cached;
    Result<std::optional<store::MessageRow>> row = request.store->message(message);
    if (!row)
        return row.error();
    if (!*row)
        return storageError(u"Message %1 is not in the mail cache."_s.arg(message.value));
    lb::imap::Session session(sessionOptions(request, options));
    SyncReport report;
    SyncContext ctx{session, *request.store, request, options, report};
    if (Result<void> opened = openSession(session, request); !opened)
        return opened.error();
    Result<QByteArray> body = fetchBodyWith(ctx, **row);
    session.logout();
    return body;
}

} // namespace lb::sync::imap
