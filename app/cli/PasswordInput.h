// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include "common/Result.h"

#include <optional>

namespace lb::cli {

// The password given for this run: the first line of stdin with --password-stdin, the first
// line of a file with --password-file FILE, or none.
[[nodiscard]] Result<std::optional<QString>> readPassword(CliContext &ctx);

} // namespace lb::cli
