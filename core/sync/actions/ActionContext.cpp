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
bool isRelocation(const PendingOp &op)
{
    return isMove(op) || op.kind == PendingOpKind::Append;
}
} // namespace

Result<std::optional<PendingOp>> ActionContext::queuedFor(MessageId message, bool relocation)
{
    if (!m_relocations) {
        auto ops = m_store.pendingOps(m_account);
        if (!ops)
            return ops.error();
        m_relocations.emplace();
        for (const PendingOp &op : *ops) {
            if (!op.failed && isRelocation(op))
                m_relocations->push_back(op);
        }
    }
    // The newest one counts: an older op of the same message was revised into it.
    for (auto it = m_relocations->rbegin(); it != m_relocations->rend(); ++it) {
        if (it->message != message)
            continue;
        if (relocation ? isMove(*it) : it->kind == PendingOpKind::Append)
            return std::optional<PendingOp>(*it);
    }
    return std::optional<PendingOp>();
}

Result<void> ActionContext::revise(const PendingOp &op)
{
    m_relocations.reset();
    return m_store.reviseOp(op);
}

Result<void> ActionContext::drop(store::PendingOpId op)
{
    m_relocations.reset();
    return m_store.removeOp(op);
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
    if (isRelocation(op) || before)
        m_relocations.reset();
    if (auto queued = m_store.enqueueOp(op); !queued)
        return queued.error();
    if (!before)
        return Ok{};
    PendingOp again = *before;
    again.id = store::PendingOpId{};
    again.attempts = 0;
    again.lastError.clear();
    again.created = 0;
    if (auto requeued = m_store.enqueueOp(again); !requeued)
        return requeued.error();
    return m_store.removeOp(before->id);
}

} // namespace lb::sync::actions
