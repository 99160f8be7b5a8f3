// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "pop3/Command.h"
#include "pop3/Reply.h"

namespace lb::pop3 {

// Turns a -ERR reply to `verb` into an Error with a sentence for a person; the server's text
// goes into serverText. Response codes decide where present (RFC 2449 section 8, RFC 3206):
// [AUTH] asks the user for the password, [IN-USE], [LOGIN-DELAY] and [SYS/TEMP] retry later.
// Without a code, a refused login is taken as wrong credentials (RFC 1939 leaves it vague).
[[nodiscard]] Error translateStatus(const StatusLine &status, Verb verb);

} // namespace lb::pop3
