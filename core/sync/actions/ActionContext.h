// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the message actions: one account's view of its folders and offline queue, and
// the steps every action is made of.
#pragma once

#include "accounts/AccountSettings.h"
#include "common/Result.h"
#include "store/Store.h"

#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace lb::sync::actions {

// Where the server holds a message right now. A message the user moved while the server had
// not heard of it yet still sits at its old place there, named by the queued op.
struct ServerPlace
{
    FolderId folder;
    Uid uid;
    std::optional<store::PendingOp> pending; // the queued Move/MoveLocal, if any
};

class ActionContext
{
public:
    ActionContext(store::Store &store, AccountId account, accounts::AccountSettings settings);

    [[nodiscard]] store::Store &store() { return m_store; }
    [[nodiscard]] AccountId account() const { return m_account; }
    [[nodiscard]] const accounts::AccountSettings &settings() const { return m_settings; }
    [[nodiscard]] bool isImap() const { return m_settings.protocol == accounts::Protocol::Imap; }

    [[nodiscard]] Result<store::FolderRecord> folder(FolderId id);
    // True for folders that exist only here (all of a POP3 account's, "Local Folders/..." of
    // an IMAP account).
    [[nodiscard]] Result<bool> isLocal(FolderId id);
    // The account's local folder for a role, created if missing.
    [[nodiscard]] Result<FolderId> localFolder(store::FolderRole role);
    // The server folder with this role (by SPECIAL-USE, name or the user's choice), if any.
    [[nodiscard]] Result<std::optional<FolderId>> serverFolder(store::FolderRole role);
    // Where deleted messages go: the server's Trash, or the local one.
    [[nodiscard]] Result<FolderId> trashFolder();

    [[nodiscard]] Result<std::optional<ServerPlace>> serverPlace(const store::MessageRow &row);
    // The queued upload (Append) of a local message, if any.
    [[nodiscard]] Result<std::optional<store::PendingOp>> pendingAppend(MessageId message);

    // Queues an op for the server. When `before` is given (a queued move of the same message),
    // the new op must reach the server first: the move is queued again after it and the old
    // entry removed, in that order, so a crash in between at worst repeats a harmless move.
    [[nodiscard]] Result<void> enqueue(store::PendingOp op,
                                       const std::optional<store::PendingOp> &before = {});
    // Changes or drops a queued op (the user changed their mind before the server heard).
    [[nodiscard]] Result<void> revise(const store::PendingOp &op);
    [[nodiscard]] Result<void> drop(store::PendingOpId op);

    // The steps: file a message elsewhere, delete it for good, change its flags.
    [[nodiscard]] Result<void> relocate(const store::MessageRow &row, FolderId target);
    [[nodiscard]] Result<void> deleteForGood(std::span<const store::MessageRow> rows);
    [[nodiscard]] Result<void> changeFlags(std::span<const store::MessageRow> rows,
                                           store::MessageFlags add, store::MessageFlags remove);
    [[nodiscard]] Result<MessageId> copy(const store::MessageRow &row, FolderId target);

private:
    [[nodiscard]] Result<void> loadFolders();
    [[nodiscard]] Result<std::optional<store::PendingOp>> queuedFor(MessageId message,
                                                                    bool relocation);
    void remember(const store::PendingOp &op);
    void forget(store::PendingOpId op);

    store::Store &m_store;
    AccountId m_account;
    accounts::AccountSettings m_settings;
    std::vector<store::FolderRecord> m_folders;
    bool m_foldersLoaded = false;
    // The queued moves and uploads by message (the newest of each), read once per context
    // and kept in step with what this context queues: deleting thousands of messages must not
    // read the queue again for each.
    struct Relocations
    {
        std::unordered_map<MessageId, store::PendingOp> moves;
        std::unordered_map<MessageId, store::PendingOp> appends;
    };
    std::optional<Relocations> m_relocations;
};

// Builds the context of the account a message belongs to.
[[nodiscard]] Result<AccountId> accountOfFolder(store::Store &store, FolderId folder);
[[nodiscard]] Result<accounts::AccountSettings> settingsOf(store::Store &store, AccountId account);

} // namespace lb::sync::actions
