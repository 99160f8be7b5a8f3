// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/actions/DraftStore.h"

#include "mime/MessageParser.h"
#include "store/Store.h"
#include "sync/MessageRecordBuilder.h"
#include "sync/actions/ActionContext.h"
#include "sync/outbox/Outbox.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync {

using actions::ActionContext;
using store::FolderRole;
using store::PendingOp;
using store::PendingOpKind;

namespace {

Result<ActionContext> contextFor(store::Store &store, AccountId account)
{
    auto settings = actions::settingsOf(store, account);
    if (!settings)
        return settings.error();
    return ActionContext(store, account, *settings);
}

Result<FolderId> draftsOf(ActionContext &ctx)
{
    if (ctx.isImap() && ctx.settings().imap.serverDrafts) {
        auto server = ctx.serverFolder(FolderRole::Drafts);
        if (!server)
            return server.error();
        if (*server)
            return **server;
    }
    return ctx.localFolder(FolderRole::Drafts);
}

Result<store::MessageRow> draftRow(store::Store &store, MessageId draft)
{
    auto row = store.message(draft);
    if (!row)
        return row.error();
    if (!*row)
        return inputError(u"The draft is no longer in the mail cache."_s);
    return **row;
}

// The newest version's row, committed before anything else happens to the older one.
Result<MessageId> storeVersion(store::Store &store, FolderId folder, const QByteArray &raw)
{
    store::MessageRecord record = recordFromMessage(mime::parseMessage(raw));
    record.size = raw.size();
    record.flags = store::MessageFlag::Seen | store::MessageFlag::Draft;
    auto ids = store.upsertHeaders(folder, std::span(&record, 1));
    if (!ids)
        return ids.error();
    if (auto stored = store.storeBody(ids->front(), raw); !stored)
        return stored.error();
    return ids->front();
}

} // namespace

DraftStore::DraftStore(store::Store &store) : m_store(store) {}

Result<FolderId> DraftStore::draftsFolder(AccountId account)
{
    auto ctx = contextFor(m_store, account);
    if (!ctx)
        return ctx.error();
    return draftsOf(*ctx);
}

Result<MessageId> DraftStore::save(AccountId account, const QByteArray &raw,
                                   std::optional<MessageId> previous)
{
    auto ctx = contextFor(m_store, account);
    if (!ctx)
        return ctx.error();
    auto folder = draftsOf(*ctx);
    if (!folder)
        return folder.error();
    auto local = ctx->isLocal(*folder);
    if (!local)
        return local.error();
    auto id = storeVersion(m_store, *folder, raw);
    if (!id)
        return id.error();

    std::optional<store::MessageRow> older;
    if (previous) {
        auto row = m_store.message(*previous);
        if (!row)
            return row.error();
        older = *row;
        if (older && !ctx->folder(older->folder))
            return inputError(u"The earlier version of the draft belongs to another account."_s);
    }
    if (!*local && older) {
        // Not uploaded yet: the queued upload takes the new version instead.
        auto append = ctx->pendingAppend(older->id);
        if (!append)
            return append.error();
        if (*append && (*append)->attempts == 0 && (*append)->targetFolder == *folder) {
            PendingOp revised = **append;
            revised.message = *id;
            if (auto done = ctx->revise(revised); !done)
                return done.error();
            if (auto removed = m_store.removeMessages(std::vector<MessageId>{older->id}); !removed)
                return removed.error();
            return id;
        }
    }
    if (!*local) {
        PendingOp upload;
        upload.kind = PendingOpKind::Append;
        upload.message = *id;
        upload.folder = *folder;
        upload.targetFolder = *folder;
        if (auto queued = ctx->enqueue(upload); !queued)
            return queued.error();
    }
    if (older) {
        if (auto gone = ctx->deleteForGood(std::span(&*older, 1)); !gone)
            return gone.error();
    }
    return id;
}

Result<QByteArray> DraftStore::load(MessageId draft)
{
    auto body = m_store.body(draft);
    if (!body)
        return body.error();
    if (!*body)
        return inputError(u"The draft's text is not in the mail cache."_s);
    return **body;
}

Result<void> DraftStore::discard(MessageId draft)
{
    auto row = draftRow(m_store, draft);
    if (!row)
        return row.error();
    auto account = actions::accountOfFolder(m_store, row->folder);
    if (!account)
        return account.error();
    auto ctx = contextFor(m_store, *account);
    if (!ctx)
        return ctx.error();
    return ctx->deleteForGood(std::span(&*row, 1));
}

Result<store::OutboxId> DraftStore::send(MessageId draft, const mime::ComposedMessage &message)
{
    auto row = draftRow(m_store, draft);
    if (!row)
        return row.error();
    auto account = actions::accountOfFolder(m_store, row->folder);
    if (!account)
        return account.error();
    auto queued = Outbox(m_store).enqueue(*account, message);
    if (!queued)
        return queued.error();
    if (auto discarded = discard(draft); !discarded)
        return discarded.error();
    return queued;
}

} // namespace lb::sync
