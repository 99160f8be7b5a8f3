// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"
#include "store/Records.h"

#include <span>
#include <vector>

namespace lb::store {
class Store;
}

namespace lb::sync {

enum class FlagChange
{
    Read,
    Unread,
    Flagged,
    Unflagged
};

// What the user does to messages, one entry point per intent, for the UI and the CLI.
//
// Contract: uses the caller's Store on the caller's thread and never touches the network, so
// every call works offline and returns at once. The cache changes before the call returns
// (models refresh from it); for IMAP messages what the server must hear waits in the offline
// queue, which the account's next sync sends first (imap::replayOfflineOps). POP3 accounts
// are purely local. Messages may belong to several accounts; each is handled by its own.
//
// Where deleted messages go, per account: IMAP to the server's Trash (the folder with the
// Trash role) or, with "keep Trash on the server" off, to the local "Local Folders/Trash";
// with "mark deleted instead" they are only flagged \Deleted and expunged when the user
// leaves the folder (leaveFolder) or quits (expungeOnExit). POP3 to the local Trash.
// Deleting in a Trash folder deletes for good.
class MessageActions
{
public:
    explicit MessageActions(store::Store &store);

    [[nodiscard]] Result<void> mark(std::span<const MessageId> messages, FlagChange change);
    [[nodiscard]] Result<void> setFlags(std::span<const MessageId> messages,
                                        store::MessageFlags add, store::MessageFlags remove);
    // Within the messages' account (moving between accounts is refused).
    [[nodiscard]] Result<void> move(std::span<const MessageId> messages, FolderId target);
    // Returns the ids of the copies, shown at once and replaced by the server's after a sync.
    [[nodiscard]] Result<std::vector<MessageId>> copy(std::span<const MessageId> messages,
                                                      FolderId target);
    // The Delete key.
    [[nodiscard]] Result<void> remove(std::span<const MessageId> messages);
    [[nodiscard]] Result<void> removePermanently(std::span<const MessageId> messages);
    // Every Trash folder of the account (server and local). POP3 accounts that delete server
    // copies when deleted here mark them for deletion in the UIDL ledger. Returns how many
    // messages went.
    [[nodiscard]] Result<int> emptyTrash(AccountId account);
    // "Mark deleted instead": expunges the folder's \Deleted messages (the user left it).
    // Does nothing for other accounts. Returns how many went.
    [[nodiscard]] Result<int> leaveFolder(FolderId folder);
    // The same for every folder of the account (on exit).
    [[nodiscard]] Result<int> expungeOnExit(AccountId account);

private:
    store::Store &m_store;
};

} // namespace lb::sync
