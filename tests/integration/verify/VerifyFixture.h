// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestServers.h"

#include "accounts/AccountSettings.h"

namespace lb::test {

// Settings for alice on the fixture's servers: incoming by `protocol` in `mode`, SMTP on the
// submission port with STARTTLS when `withSmtp`. Both trust the test CA.
[[nodiscard]] accounts::AccountSettings verifySettings(const TestServers &servers,
                                                       accounts::Protocol protocol,
                                                       net::TlsMode mode, bool withSmtp = true);

// A small message with CRLF line ends (so its size is the same on the wire and on disk).
[[nodiscard]] QByteArray verifyMessage(int index, qsizetype bodyLines = 3);

} // namespace lb::test
