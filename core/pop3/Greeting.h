// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "pop3/Reply.h"

namespace lb::pop3 {

// The server's first reply (RFC 1939 section 4).
struct Greeting
{
    QByteArray text;
    // "<process-ID.clock@hostname>" including the angle brackets, when the server offers APOP
    // (RFC 1939 section 7); the APOP digest is computed over exactly these bytes.
    std::optional<QByteArray> apopTimestamp;
};

// A -ERR greeting means the server will not talk to us: an error carrying its text.
[[nodiscard]] Result<Greeting> parseGreeting(const StatusLine &status);

} // namespace lb::pop3
