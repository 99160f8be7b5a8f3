// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"
#include "common/Result.h"

#include <functional>

namespace lb::sync {

// Where a worker gets an account's password. Called on the account's worker thread, never on
// the GUI thread, so it may block: on the keyring, or on a dialog shown by the GUI thread
// through a blocking queued call. An error with Remedy::AskUser stops the account until the
// user asks for a sync again.
using PasswordSource = std::function<Result<QString>(const accounts::AccountSettings &)>;

// The system keyring (accounts::CredentialStore), under the account's name.
[[nodiscard]] PasswordSource keyringPasswords();

} // namespace lb::sync
