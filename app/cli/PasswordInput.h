// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include "accounts/AccountSettings.h"
#include "common/Result.h"

#include <optional>

namespace lb::cli {

// The password given for this run: the first line of stdin with --password-stdin, the first
// line of a file with --password-file FILE, or none.
[[nodiscard]] Result<std::optional<QString>> readPassword(CliContext &ctx);

// The SMTP password for sending: the one given for this run, else the keyring's; empty when
// the server takes no login. An error says how to give one.
[[nodiscard]] Result<QString> smtpPassword(const accounts::AccountSettings &settings,
                                           const std::optional<QString> &given);

} // namespace lb::cli
