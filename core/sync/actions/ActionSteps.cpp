// SPDX-License-Identifier: GPL-3.0-or-later
// The steps every message action is made of. Each queues what the server must hear first and
// then changes the cache: a crash in between leaves an op whose effect the next sync sees
// anyway, never a local change the server will not hear of.
#include "sync/actions/ActionContext.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::actions {

using store::MessageFlag;
using store::MessageRow;
using store::PendingOp;
using store::PendingOpKind;

namespace {

PendingOp opAt(PendingOpKind kind, MessageId message, FolderId folder, Uid uid)
{
    PendingOp op;
    op.kind = kind;
    op.message = message;
    op.folder = folder;
    op.uid = uid;
    return op;
}

} // namespace

// Moves the message in the cache at once (same id, body and thread, no UID in the new folder)
// and tells the server: MOVE between server folders, fetch-then-expunge into a local folder,
// APPEND out of one. A queued move not sent yet is changed instead of followed by a second.
Result<void> ActionContext::relocate(const MessageRow &row, FolderId target)
{
    if (row.folder == target)
        return Ok{};
    auto targetLocal = isLocal(target);
    if (!targetLocal)
        return targetLocal.error();
    auto place = serverPlace(row);
    if (!place)
        return place.error();

    if (!*place) { // only here, perhaps on its way up
        auto append = pendingAppend(row.id);
        if (!append)
            return append.error();
        if (*targetLocal) {
            if (*append) {
                if (auto removed = drop((*append)->id); !removed)
                    return removed;
            }
        } else if (*append) {
            PendingOp revised = **append;
            revised.targetFolder = target;
            if (auto done = revise(revised); !done)
                return done;
        } else {
            PendingOp op = opAt(PendingOpKind::Append, row.id, row.folder, Uid{});
            op.targetFolder = target;
            if (auto queued = enqueue(op); !queued)
                return queued;
        }
        return m_store.relocateMessage(row.id, target);
    }

    const ServerPlace &at = **place;
    if (target == at.folder) { // back where the server has it: nothing to tell it
        if (at.pending) {
            if (auto removed = drop(at.pending->id); !removed)
                return removed;
        }
        return m_store.relocateMessage(row.id, target, at.uid);
    }
    const PendingOpKind kind = *targetLocal ? PendingOpKind::MoveLocal : PendingOpKind::Move;
    if (at.pending) {
        PendingOp revised = *at.pending;
        revised.kind = kind;
        revised.targetFolder = target;
        if (auto done = revise(revised); !done)
            return done;
    } else {
        PendingOp op = opAt(kind, row.id, at.folder, at.uid);
        op.targetFolder = target;
        if (auto queued = enqueue(op); !queued)
            return queued;
    }
    return m_store.relocateMessage(row.id, target);
}

// \Deleted and UID EXPUNGE where the server holds them; the POP3 ledger asks for the server
// copy to go too when the account says so; then the rows go.
Result<void> ActionContext::deleteForGood(std::span<const MessageRow> rows)
{
    QStringList uidls;
    std::vector<MessageId> ids;
    for (const MessageRow &row : rows) {
        ids.push_back(row.id);
        if (!isImap()) {
            if (!row.record.uidl.isEmpty())
                uidls << row.record.uidl;
            continue;
        }
        auto place = serverPlace(row);
        if (!place)
            return place.error();
        if (!*place) {
            auto append = pendingAppend(row.id);
            if (!append)
                return append.error();
            if (*append) {
                if (auto removed = drop((*append)->id); !removed)
                    return removed;
            }
            continue;
        }
        const ServerPlace &at = **place;
        PendingOp flag = opAt(PendingOpKind::SetFlags, row.id, at.folder, at.uid);
        flag.flagsAdd = MessageFlag::Deleted;
        if (auto queued = enqueue(flag); !queued)
            return queued;
        if (auto queued = enqueue(opAt(PendingOpKind::Expunge, row.id, at.folder, at.uid)); !queued)
            return queued;
        if (at.pending) {
            if (auto removed = drop(at.pending->id); !removed)
                return removed;
        }
    }
    if (!uidls.isEmpty() && m_settings.pop3.deleteWhenDeletedHere) {
        // Before the rows go (Store::requestPopDeletion): a crash in between leaves a local
        // copy, never a server copy nobody will delete.
        const std::vector<QString> list(uidls.begin(), uidls.end());
        if (auto requested = m_store.requestPopDeletion(m_account, list); !requested)
            return requested.error();
    }
    return m_store.removeMessages(ids);
}

Result<void> ActionContext::changeFlags(std::span<const MessageRow> rows, store::MessageFlags add,
                                        store::MessageFlags remove)
{
    std::vector<MessageId> ids;
    for (const MessageRow &row : rows) {
        ids.push_back(row.id);
        auto place = serverPlace(row);
        if (!place)
            return place.error();
        if (!*place)
            continue;
        const ServerPlace &at = **place;
        // Into a local folder the flags stay here; elsewhere they travel with the message.
        if (at.pending && at.pending->kind == PendingOpKind::MoveLocal)
            continue;
        PendingOp op = opAt(PendingOpKind::SetFlags, row.id, at.folder, at.uid);
        op.flagsAdd = add;
        op.flagsRemove = remove;
        if (auto queued = enqueue(op, at.pending); !queued)
            return queued;
    }
    return m_store.changeFlags(ids, add, remove);
}

// A copy in the cache at once (with the body, no server identity) that the server copy
// replaces when the next sync brings it: COPY between server folders, APPEND from a local one.
Result<MessageId> ActionContext::copy(const MessageRow &row, FolderId target)
{
    auto targetLocal = isLocal(target);
    if (!targetLocal)
        return targetLocal.error();
    auto place = serverPlace(row);
    if (!place)
        return place.error();
    if (*targetLocal && *place && row.bodyState != store::BodyState::Full) {
        return Error{ErrorScope::Message,
                     Remedy::AskUser,
                     u"Only a downloaded message can be copied to a local folder: open it "
                     u"while connected first."_s,
                     {}};
    }
    auto copied = m_store.copyMessage(row.id, target);
    if (!copied)
        return copied.error();
    if (*targetLocal)
        return copied;
    PendingOp op = *place ? opAt(PendingOpKind::Copy, *copied, (*place)->folder, (*place)->uid)
                          : opAt(PendingOpKind::Append, *copied, row.folder, Uid{});
    op.targetFolder = target;
    if (auto queued = enqueue(op, *place ? (*place)->pending : std::nullopt); !queued) {
        // Without its op the copy would never reach the server: take it back.
        (void)m_store.removeMessages(std::vector<MessageId>{*copied});
        return queued.error();
    }
    return copied;
}

} // namespace lb::sync::actions
