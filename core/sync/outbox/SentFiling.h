// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"
#include "common/Result.h"
#include "store/OutboxRecords.h"

#include <functional>

namespace lb::store {
class Store;
}

namespace lb::sync {

// Files a delivered message in the server's Sent folder (IMAP APPEND, by the IMAP engine).
// Returns Ok once the server holds the copy; the Outbox entry is removed only then.
using ServerSentHandler =
    std::function<Result<void>(const store::OutboxEntry &entry, const QByteArray &raw)>;

// The path of the folder on this computer that holds sent mail: "Sent" for POP3 accounts;
// for IMAP accounts that keep Sent locally a name apart from the server's folders.
[[nodiscard]] QString localSentPath(accounts::Protocol protocol);

// True when the account's sent mail belongs on the server (IMAP with "keep Sent on the
// server"), false when it is kept in the local Sent folder.
[[nodiscard]] bool keepsSentOnServer(const accounts::AccountSettings &settings);

// Stores the message in the account's local Sent folder (created with the Sent role if
// missing) as a read message. Idempotent: its identity there is derived from the Outbox
// Message-ID, so filing again after an interruption never makes a second copy.
[[nodiscard]] Result<void> fileInLocalSent(store::Store &store,
                                           const accounts::AccountSettings &settings,
                                           const store::OutboxEntry &entry, const QByteArray &raw);

} // namespace lb::sync
