// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/imap/OfflineReplay.h"

#include "imap/ModifiedUtf7.h"
#include "sync/imap/BodySync.h"
#include "sync/imap/FlagMapping.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::imap {
namespace {

using lb::imap::SequenceSet;
using store::PendingOp;
using store::PendingOpKind;

Result<QString> folderPath(SyncContext &ctx, FolderId folder)
{
    Result<std::optional<store::FolderRecord>> record = ctx.store.folder(folder);
    if (!record)
        return record.error();
    if (!*record)
        return Error{ErrorScope::Folder, Remedy::None, u"The folder no longer exists."_s, {}};
    return (*record)->path;
}

Result<void> selectFolder(SyncContext &ctx, FolderId folder)
{
    Result<QString> path = folderPath(ctx, folder);
    if (!path)
        return path.error();
    const lb::imap::MailboxState &state = ctx.session.mailbox();
    if (state.isSelected() && !state.readOnly() &&
        state.mailbox() == lb::imap::encodeModifiedUtf7(*path))
        return Ok{};
    Result<lb::imap::SelectResult> selected = ctx.session.select(*path);
    if (!selected)
        return selected.error();
    return Ok{};
}

Result<std::optional<FolderId>> trashFolder(SyncContext &ctx)
{
    Result<std::vector<store::FolderRecord>> folders = ctx.store.folders(ctx.account());
    if (!folders)
        return folders.error();
    for (const store::FolderRecord &f : *folders) {
        if (f.role == store::FolderRole::Trash)
            return std::optional<FolderId>(f.id);
    }
    return std::optional<FolderId>();
}

Result<void> moveTo(SyncContext &ctx, const PendingOp &op, FolderId target)
{
    Result<QString> path = folderPath(ctx, target);
    if (!path)
        return path.error();
    Result<lb::imap::MoveOutcome> moved =
        ctx.session.uidMove(SequenceSet::single(op.uid.value), *path);
    if (!moved)
        return moved.error();
    if (*moved == lb::imap::MoveOutcome::MarkedDeleted) {
        ctx.report.warnings << u"The server cannot expunge single messages (no UIDPLUS): a moved "
                               u"message stays in its old folder marked deleted."_s;
    }
    return Ok{};
}

Result<void> deleteMessage(SyncContext &ctx, const PendingOp &op)
{
    Result<std::optional<FolderId>> trash = trashFolder(ctx);
    if (!trash)
        return trash.error();
    if (ctx.request.settings.imap.serverTrash && *trash && **trash != op.folder)
        return moveTo(ctx, op, **trash);
    const SequenceSet uid = SequenceSet::single(op.uid.value);
    if (Result<void> marked = ctx.session.uidStore(uid, lb::imap::StoreAction::Add, {"\\Deleted"});
        !marked)
        return marked;
    return ctx.session.uidExpunge(uid);
}

// A message the user moved or copied shows in the target folder at once, as a stand-in
// without a UID (sync/actions). Once the server holds it there, the stand-in takes the UID
// APPENDUID reported, or goes: the folder's sync brings the server's copy with its UID.
Result<void> settleStandIn(SyncContext &ctx, const PendingOp &op, Uid uid = {},
                           UidValidity validity = {})
{
    Result<std::optional<store::MessageRow>> row = ctx.store.message(op.message);
    if (!row)
        return row.error();
    if (!*row || (*row)->folder != op.targetFolder || (*row)->record.uid.isValid())
        return Ok{};
    if (uid.isValid()) {
        Result<std::optional<store::FolderRecord>> target = ctx.store.folder(op.targetFolder);
        if (!target)
            return target.error();
        Result<std::optional<store::MessageRow>> taken =
            ctx.store.messageByUid(op.targetFolder, uid);
        if (!taken)
            return taken.error();
        if (*target && (*target)->sync.uidValidity == validity && !*taken)
            return ctx.store.relocateMessage(op.message, op.targetFolder, uid);
    }
    return ctx.store.removeMessages(std::vector<MessageId>{op.message});
}

// Into a folder on this computer: the local copy must be whole and durable before the
// server's goes (ARCHITECTURE.md: one fsync before an EXPUNGE after a move to a local folder).
Result<void> moveToLocal(SyncContext &ctx, const PendingOp &op)
{
    Result<std::optional<store::MessageRow>> row = ctx.store.message(op.message);
    if (!row)
        return row.error();
    if (*row && (*row)->bodyState != store::BodyState::Full) {
        store::MessageRow onServer = **row;
        onServer.folder = op.folder;
        onServer.record.uid = op.uid;
        if (Result<QByteArray> fetched = fetchBodyWith(ctx, onServer); !fetched)
            return fetched.error();
    }
    if (Result<void> durable = ctx.store.durableCheckpoint(); !durable)
        return durable;
    if (Result<void> selected = selectFolder(ctx, op.folder); !selected)
        return selected;
    const SequenceSet uid = SequenceSet::single(op.uid.value);
    if (Result<void> marked = ctx.session.uidStore(uid, lb::imap::StoreAction::Add, {"\\Deleted"});
        !marked)
        return marked;
    return ctx.session.uidExpunge(uid);
}

// Empty Trash: every UID up to the highest the user saw goes; mail filed there since has
// higher UIDs and stays. Without UIDPLUS a plain EXPUNGE also removes what others marked
// \Deleted in the Trash, which is what emptying it means.
Result<void> emptyFolder(SyncContext &ctx, const PendingOp &op)
{
    // A range of UIDs is only safe under the UIDVALIDITY they were seen with (the folder is
    // selected by now, and its cached state is not updated before the replay ends).
    Result<std::optional<store::FolderRecord>> folder = ctx.store.folder(op.folder);
    if (!folder)
        return folder.error();
    const UidValidity seen = *folder ? (*folder)->sync.uidValidity : UidValidity{};
    if (seen.isValid() && seen != ctx.session.mailbox().uidValidity())
        return Error{ErrorScope::Folder,
                     Remedy::None,
                     u"The folder was recreated on the server after it was emptied here; its "
                     u"messages were left alone."_s,
                     {}};
    const SequenceSet upTo = SequenceSet::range(1, op.uid.value);
    if (Result<void> marked = ctx.session.uidStore(upTo, lb::imap::StoreAction::Add, {"\\Deleted"});
        !marked)
        return marked;
    return ctx.session.uidExpunge(upTo, true);
}

Result<void> appendMessage(SyncContext &ctx, const PendingOp &op)
{
    Result<std::optional<QByteArray>> raw = ctx.store.body(op.message);
    if (!raw)
        return raw.error();
    Result<std::optional<store::MessageRow>> row = ctx.store.message(op.message);
    if (!row)
        return row.error();
    if (!*raw || !*row)
        return Error{ErrorScope::Message,
                     Remedy::None,
                     u"The message to upload is no longer in the cache."_s,
                     {}};
    Result<QString> path = folderPath(ctx, op.targetFolder);
    if (!path)
        return path.error();
    Result<lb::imap::AppendResult> appended =
        ctx.session.append(*path, **raw, imapFlags((*row)->record.flags));
    if (!appended)
        return appended.error();
    return settleStandIn(ctx, op, appended->uid, appended->uidValidity);
}

Result<void> perform(SyncContext &ctx, const PendingOp &op)
{
    if (op.kind == PendingOpKind::Append)
        return appendMessage(ctx, op);
    if (op.kind == PendingOpKind::MoveLocal)
        return moveToLocal(ctx, op);
    if (Result<void> selected = selectFolder(ctx, op.folder); !selected)
        return selected;
    const SequenceSet uid = SequenceSet::single(op.uid.value);
    switch (op.kind) {
    case PendingOpKind::SetFlags:
        if (op.flagsAdd) {
            if (Result<void> added =
                    ctx.session.uidStore(uid, lb::imap::StoreAction::Add, imapFlags(op.flagsAdd));
                !added)
                return added;
        }
        if (op.flagsRemove) {
            return ctx.session.uidStore(uid, lb::imap::StoreAction::Remove,
                                        imapFlags(op.flagsRemove));
        }
        return Ok{};
    case PendingOpKind::Move:
        if (Result<void> moved = moveTo(ctx, op, op.targetFolder); !moved)
            return moved;
        return settleStandIn(ctx, op);
    case PendingOpKind::Copy: {
        Result<QString> target = folderPath(ctx, op.targetFolder);
        if (!target)
            return target.error();
        if (Result<void> copied = ctx.session.uidCopy(uid, *target); !copied)
            return copied;
        return settleStandIn(ctx, op);
    }
    case PendingOpKind::Delete:
        return deleteMessage(ctx, op);
    case PendingOpKind::Expunge:
        return ctx.session.uidExpunge(uid);
    case PendingOpKind::EmptyFolder:
        return emptyFolder(ctx, op);
    case PendingOpKind::Append:
    case PendingOpKind::MoveLocal:
        break;
    }
    return Ok{};
}

bool isTransient(const Error &error)
{
    return error.scope == ErrorScope::Connection || error.scope == ErrorScope::Cancelled ||
           error.scope == ErrorScope::Storage;
}

} // namespace

Result<void> replayOfflineOps(SyncContext &ctx)
{
    bool announced = false;
    while (!ctx.cancelled()) {
        Result<std::optional<PendingOp>> next = ctx.store.nextOp(ctx.account());
        if (!next)
            return next.error();
        if (!*next)
            return Ok{};
        const PendingOp op = **next;
        if (!announced) {
            ctx.progress(SyncProgress::Phase::ApplyingLocalChanges);
            announced = true;
        }
        const bool mayDuplicate =
            op.kind == PendingOpKind::Copy || op.kind == PendingOpKind::Append;
        if (mayDuplicate && op.attempts > 0) {
            if (Result<void> failed = ctx.store.markOpFailed(
                    op.id, u"An earlier attempt was interrupted; it may already have happened on "
                           u"the server, so it was not repeated."_s);
                !failed)
                return failed;
            continue;
        }
        // Recorded before sending: if we die mid-way, the next run knows it was tried.
        if (Result<void> marked = ctx.store.markOpAttempt(op.id, u"sending"_s); !marked)
            return marked;
        Result<void> done = perform(ctx, op);
        if (done) {
            if (Result<void> removed = ctx.store.removeOp(op.id); !removed)
                return removed;
            continue;
        }
        if (isTransient(done.error()))
            return done; // the attempt is on record; the op waits for the next run
        if (Result<void> failed = ctx.store.markOpFailed(op.id, done.error().toString()); !failed)
            return failed;
        ctx.report.warnings << u"A local change could not be applied on the server: %1"_s.arg(
            done.error().toString());
    }
    return cancelledError();
}

} // namespace lb::sync::imap
