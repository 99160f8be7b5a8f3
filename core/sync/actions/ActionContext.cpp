// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/actions/ActionContext.h"

#include "accounts/AccountRepository.h"
#include "sync/LocalFolderPaths.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::actions {

using store::FolderRecord;
using store::FolderRole;
using store::PendingOp;
using store::PendingOpKind;

Result<AccountId> accountOfFolder(store::Store &store, FolderId folder)
{
    auto record = store.folder(folder);
    if (!record)
        return record.error();
    if (!*record)
        return inputError(u"The folder is no longer in the mail cache."_s);
    return (*record)->account;
}

Result<accounts::AccountSettings> settingsOf(store::Store &store, AccountId account)
{
    auto all = accounts::AccountRepository(store).all();
    if (!all)
        return all.error();
    for (const accounts::StoredAccount &stored : *all) {
        if (stored.id == account)
            return stored.settings;
    }
    return inputError(u"The account is no longer set up."_s);
}

ActionContext::ActionContext(store::Store &store, AccountId account,
                             accounts::AccountSettings settings)
    : m_store(store), m_account(account), m_settings(std::move(settings))
{}

Result<void> ActionContext::loadFolders()
{
    auto folders = m_store.folders(m_account);
    if (!folders)
        return folders.error();
    m_folders = std::move(*folders);
    m_foldersLoaded = true;
    return Ok{};
}

Result<FolderRecord> ActionContext::folder(FolderId id)
{
    if (!m_foldersLoaded) {
        if (auto loaded = loadFolders(); !loaded)
            return loaded.error();
    }
    for (const FolderRecord &f : m_folders) {
        if (f.id == id)
            return f;
    }
    return inputError(u"The folder does not belong to the account %1."_s.arg(m_settings.name));
}

Result<bool> ActionContext::isLocal(FolderId id)
{
    auto f = folder(id);
    if (!f)
        return f.error();
    return isLocalFolderPath(m_settings.protocol, f->path);
}

Result<FolderId> ActionContext::localFolder(FolderRole role)
{
    const QString path = localFolderPath(m_settings.protocol, role);
    if (!m_foldersLoaded) {
        if (auto loaded = loadFolders(); !loaded)
            return loaded.error();
    }
    for (const FolderRecord &f : m_folders) {
        // A POP3 account's folder the user gave this role counts, whatever its name.
        const bool local = isLocalFolderPath(m_settings.protocol, f.path);
        if (local && (f.path == path || (!isImap() && f.role == role)))
            return f.id;
    }
    FolderRecord created;
    created.account = m_account;
    created.path = path;
    created.delimiter = u'/';
    created.role = role;
    created.roleOverridden = true; // ours, not a server's hint
    auto id = m_store.upsertFolder(created);
    if (!id)
        return id.error();
    if (auto loaded = loadFolders(); !loaded)
        return loaded.error();
    return id;
}

Result<std::optional<FolderId>> ActionContext::serverFolder(FolderRole role)
{
    if (!isImap())
        return std::optional<FolderId>();
    if (!m_foldersLoaded) {
        if (auto loaded = loadFolders(); !loaded)
            return loaded.error();
    }
    for (const FolderRecord &f : m_folders) {
        if (f.role == role && !isLocalFolderPath(m_settings.protocol, f.path))
            return std::optional<FolderId>(f.id);
    }
    return std::optional<FolderId>();
}

Result<FolderId> ActionContext::trashFolder()
{
    if (isImap() && m_settings.imap.serverTrash) {
        auto server = serverFolder(FolderRole::Trash);
        if (!server)
            return server.error();
        if (*server)
            return **server;
        // The server has no Trash (or it was never listed): deleted mail is kept here rather
        // than lost.
    }
    return localFolder(FolderRole::Trash);
}

namespace {
bool isMove(const PendingOp &op)
{
    return op.kind == PendingOpKind::Move || op.kind == PendingOpKind::MoveLocal;
}
} // namespace

Result<std::optional<PendingOp>> ActionContext::queuedFor(MessageId message, bool relocation)
{
    if (!m_relocations) {
        auto ops = m_store.pendingOps(m_account);
        if (!ops)
            return ops.error();
        m_relocations.emplace();
        // Oldest first: a newer op of the same message wins.
        for (const PendingOp &op : *ops) {
            if (!op.failed)
                remember(op);
        }
    }
    const auto &map = relocation ? m_relocations->moves : m_relocations->appends;
    const auto found = map.find(message);
    if (found == map.end())
        return std::optional<PendingOp>();
    return std::optional<PendingOp>(found->second);
}

void ActionContext::remember(const PendingOp &op)
{
    if (!m_relocations)
        return; // read from the store when first needed
    if (isMove(op))
        m_relocations->moves[op.message] = op;
    else if (op.kind == PendingOpKind::Append)
        m_relocations->appends[op.message] = op;
}

void ActionContext::forget(store::PendingOpId id)
{
    if (!m_relocations)
        return;
    for (auto *map : {&m_relocations->moves, &m_relocations->appends})
        std::erase_if(*map, [&](const auto &entry) { return entry.second.id == id; });
}

Result<void> ActionContext::revise(const PendingOp &op)
{
    if (auto done = m_store.reviseOp(op); !done)
        return done;
    forget(op.id);
    remember(op);
    return Ok{};
}

Result<void> ActionContext::drop(store::PendingOpId op)
{
    if (auto done = m_store.removeOp(op); !done)
        return done;
    forget(op);
    return Ok{};
}

Result<std::optional<PendingOp>> ActionContext::pendingAppend(MessageId message)
{
    return queuedFor(message, false);
}

Result<std::optional<ServerPlace>> ActionContext::serverPlace(const store::MessageRow &row)
{
    if (!isImap())
        return std::optional<ServerPlace>();
    auto move = queuedFor(row.id, true);
    if (!move)
        return move.error();
    if (*move)
        return std::optional<ServerPlace>(ServerPlace{(*move)->folder, (*move)->uid, *move});
    auto local = isLocal(row.folder);
    if (!local)
        return local.error();
    if (*local || !row.record.uid.isValid())
        return std::optional<ServerPlace>();
    return std::optional<ServerPlace>(ServerPlace{row.folder, row.record.uid, std::nullopt});
}

Result<void> ActionContext::enqueue(PendingOp op, const std::optional<PendingOp> &before)
{
    op.account = m_account;
    auto queued = m_store.enqueueOp(op);
    if (!queued)
        return queued.error();
    op.id = *queued;
    remember(op);
    if (!before)
        return Ok{};
    PendingOp again = *before;
    again.id = store::PendingOpId{};
    again.attempts = 0;
    again.lastError.clear();
    again.created = 0;
    auto requeued = m_store.enqueueOp(again);
    if (!requeued)
        return requeued.error();
    again.id = *requeued;
    if (auto removed = m_store.removeOp(before->id); !removed)
        return removed;
    forget(before->id);
    remember(again);
    return Ok{};
}

} // namespace lb::sync::actions
