// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/actions/MessageActions.h"

#include "common/Log.h"
#include "store/Store.h"
#include "sync/actions/ActionContext.h"

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace lb::sync {

using actions::ActionContext;
using store::FolderRole;
using store::MessageFlag;
using store::MessageRow;

namespace {

// The messages, each account's apart, in the order given.
Result<std::map<AccountId, std::vector<MessageRow>>> byAccount(store::Store &store,
                                                               std::span<const MessageId> ids)
{
    std::map<AccountId, std::vector<MessageRow>> out;
    std::map<FolderId, AccountId> accountOf;
    for (const MessageId id : ids) {
        auto row = store.message(id);
        if (!row)
            return row.error();
        if (!*row)
            return inputError(u"Message %1 is no longer in the mail cache."_s.arg(id.value));
        auto known = accountOf.find((*row)->folder);
        if (known == accountOf.end()) {
            auto account = actions::accountOfFolder(store, (*row)->folder);
            if (!account)
                return account.error();
            known = accountOf.emplace((*row)->folder, *account).first;
        }
        out[known->second].push_back(**row);
    }
    return out;
}

Result<ActionContext> contextFor(store::Store &store, AccountId account)
{
    auto settings = actions::settingsOf(store, account);
    if (!settings)
        return settings.error();
    return ActionContext(store, account, *settings);
}

// Runs `step` on each account's messages with that account's context.
template <typename Step>
Result<void> perAccount(store::Store &store, std::span<const MessageId> ids, Step step)
{
    auto groups = byAccount(store, ids);
    if (!groups)
        return groups.error();
    for (auto &[account, rows] : *groups) {
        auto ctx = contextFor(store, account);
        if (!ctx)
            return ctx.error();
        if (Result<void> done = step(*ctx, rows); !done)
            return done;
    }
    return Ok{};
}

Result<void> requireSameAccount(ActionContext &ctx, FolderId target)
{
    if (auto folder = ctx.folder(target); !folder)
        return inputError(u"Messages can only be moved or copied within their account."_s);
    return Ok{};
}

} // namespace

MessageActions::MessageActions(store::Store &store) : m_store(store) {}

Result<void> MessageActions::mark(std::span<const MessageId> messages, FlagChange change)
{
    switch (change) {
    case FlagChange::Read:
        return setFlags(messages, MessageFlag::Seen, {});
    case FlagChange::Unread:
        return setFlags(messages, {}, MessageFlag::Seen);
    case FlagChange::Flagged:
        return setFlags(messages, MessageFlag::Flagged, {});
    case FlagChange::Unflagged:
        return setFlags(messages, {}, MessageFlag::Flagged);
    }
    return Ok{};
}

Result<void> MessageActions::setFlags(std::span<const MessageId> messages, store::MessageFlags add,
                                      store::MessageFlags remove)
{
    return perAccount(m_store, messages, [&](ActionContext &ctx, std::vector<MessageRow> &rows) {
        return ctx.changeFlags(rows, add, remove);
    });
}

Result<void> MessageActions::move(std::span<const MessageId> messages, FolderId target)
{
    return perAccount(m_store, messages,
                      [&](ActionContext &ctx, std::vector<MessageRow> &rows) -> Result<void> {
                          if (auto same = requireSameAccount(ctx, target); !same)
                              return same;
                          for (const MessageRow &row : rows) {
                              if (auto moved = ctx.relocate(row, target); !moved)
                                  return moved;
                          }
                          return Ok{};
                      });
}

Result<std::vector<MessageId>> MessageActions::copy(std::span<const MessageId> messages,
                                                    FolderId target)
{
    std::vector<MessageId> copies;
    auto done = perAccount(m_store, messages,
                           [&](ActionContext &ctx, std::vector<MessageRow> &rows) -> Result<void> {
                               if (auto same = requireSameAccount(ctx, target); !same)
                                   return same;
                               for (const MessageRow &row : rows) {
                                   auto copied = ctx.copy(row, target);
                                   if (!copied)
                                       return copied.error();
                                   copies.push_back(*copied);
                               }
                               return Ok{};
                           });
    if (!done)
        return done.error();
    return copies;
}

Result<void> MessageActions::remove(std::span<const MessageId> messages)
{
    return perAccount(m_store, messages,
                      [&](ActionContext &ctx, std::vector<MessageRow> &rows) -> Result<void> {
                          std::vector<MessageRow> forGood;
                          std::vector<MessageRow> marked;
                          for (const MessageRow &row : rows) {
                              auto folder = ctx.folder(row.folder);
                              if (!folder)
                                  return folder.error();
                              if (folder->role == FolderRole::Trash) {
                                  forGood.push_back(row);
                                  continue;
                              }
                              if (ctx.isImap() && ctx.settings().imap.markDeletedInstead) {
                                  auto place = ctx.serverPlace(row);
                                  if (!place)
                                      return place.error();
                                  if (*place && !(*place)->pending) {
                                      marked.push_back(row);
                                      continue;
                                  }
                              }
                              auto trash = ctx.trashFolder();
                              if (!trash)
                                  return trash.error();
                              if (auto moved = ctx.relocate(row, *trash); !moved)
                                  return moved;
                          }
                          if (auto deleted = ctx.deleteForGood(forGood); !deleted)
                              return deleted;
                          return ctx.changeFlags(marked, MessageFlag::Deleted, {});
                      });
}

Result<void> MessageActions::removePermanently(std::span<const MessageId> messages)
{
    return perAccount(m_store, messages, [&](ActionContext &ctx, std::vector<MessageRow> &rows) {
        return ctx.deleteForGood(rows);
    });
}

Result<int> MessageActions::emptyTrash(AccountId account)
{
    auto ctx = contextFor(m_store, account);
    if (!ctx)
        return ctx.error();
    auto folders = m_store.folders(account);
    if (!folders)
        return folders.error();
    int count = 0;
    for (const store::FolderRecord &folder : *folders) {
        if (folder.role != FolderRole::Trash)
            continue;
        auto rows = m_store.folderMessages(folder.id);
        if (!rows)
            return rows.error();
        count += int(rows->size());
        auto local = ctx->isLocal(folder.id);
        if (!local)
            return local.error();
        if (*local) {
            if (auto deleted = ctx->deleteForGood(*rows); !deleted)
                return deleted.error();
            continue;
        }
        // On the server: one op marks every UID up to the highest we know \Deleted and
        // expunges them; mail that arrives in Trash later has higher UIDs and stays.
        std::vector<MessageRow> onTheirWay;
        std::vector<MessageId> known;
        Uid highest;
        for (const MessageRow &row : *rows) {
            if (!row.record.uid.isValid()) {
                onTheirWay.push_back(row);
                continue;
            }
            known.push_back(row.id);
            highest = std::max(highest, row.record.uid);
        }
        if (auto deleted = ctx->deleteForGood(onTheirWay); !deleted)
            return deleted.error();
        if (known.empty())
            continue;
        store::PendingOp op;
        op.kind = store::PendingOpKind::EmptyFolder;
        op.folder = folder.id;
        op.uid = highest;
        if (auto queued = ctx->enqueue(op); !queued)
            return queued.error();
        if (auto removed = m_store.removeMessages(known); !removed)
            return removed.error();
    }
    return count;
}

Result<int> MessageActions::leaveFolder(FolderId folder)
{
    auto account = actions::accountOfFolder(m_store, folder);
    if (!account)
        return account.error();
    auto ctx = contextFor(m_store, *account);
    if (!ctx)
        return ctx.error();
    if (!ctx->isImap() || !ctx->settings().imap.markDeletedInstead)
        return 0;
    auto local = ctx->isLocal(folder);
    if (!local)
        return local.error();
    if (*local)
        return 0;
    auto rows = m_store.folderMessages(folder);
    if (!rows)
        return rows.error();
    std::vector<MessageId> gone;
    for (const MessageRow &row : *rows) {
        if (!row.record.flags.testFlag(MessageFlag::Deleted) || !row.record.uid.isValid())
            continue;
        store::PendingOp op;
        op.kind = store::PendingOpKind::Expunge;
        op.message = row.id;
        op.folder = folder;
        op.uid = row.record.uid;
        if (auto queued = ctx->enqueue(op); !queued)
            return queued.error();
        gone.push_back(row.id);
    }
    if (auto removed = m_store.removeMessages(gone); !removed)
        return removed.error();
    return int(gone.size());
}

Result<int> MessageActions::expungeOnExit(AccountId account)
{
    auto folders = m_store.folders(account);
    if (!folders)
        return folders.error();
    int count = 0;
    for (const store::FolderRecord &folder : *folders) {
        auto left = leaveFolder(folder.id);
        if (!left)
            return left.error();
        count += *left;
    }
    return count;
}

} // namespace lb::sync
