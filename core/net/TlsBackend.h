// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace lb::net {

// Letterbox speaks TLS through Qt's OpenSSL backend only: its certificate verification and
// pinning are what our tests exercise. Checked once at start so a missing libssl is reported
// in words instead of as a failed login later.
[[nodiscard]] Result<void> checkTlsBackend();

// "OpenSSL 3.0.x", for about boxes and bug reports.
[[nodiscard]] QString tlsLibraryDescription();

} // namespace lb::net
