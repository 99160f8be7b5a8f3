// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountRepository.h"

#include <optional>
#include <span>

namespace lb::sync::pop3 {

// Mixing POP3 and IMAP on one mailbox makes mail vanish from the IMAP view (POP3 deletes
// what it downloaded). Looks for another account of the other protocol with the same e-mail
// address, or the same server and user name, and returns the sentence to show the user.
[[nodiscard]] std::optional<QString>
mixedProtocolWarning(const accounts::AccountSettings &account,
                     std::span<const accounts::StoredAccount> others);

} // namespace lb::sync::pop3
