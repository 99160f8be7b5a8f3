// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"

namespace lb::store {
class Store;
}

namespace lb::sync::pop3 {

// A POP3 account's mail lives in local folders only: Inbox, Sent, Drafts and Trash, each
// with its role. Creates whichever is missing (a folder the user gave a role is kept) and
// returns the Inbox.
[[nodiscard]] Result<FolderId> ensureLocalFolders(store::Store &store, AccountId account);

} // namespace lb::sync::pop3
