// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DovecotServer.h"

#include "common/Result.h"

namespace lb::imap::bench {

// Fills a user's INBOX with `count` generated messages straight into the Maildir (no IMAP, no
// delivery agent), then lets Dovecot index them once so that the first timed run does not pay
// for it. The messages look like ordinary mail: a few hundred correspondents, threads with
// In-Reply-To/References, a text body of a few hundred bytes, one in ten with an attachment.
[[nodiscard]] Result<void> fillInbox(const test::DovecotServer &dovecot, const QString &user,
                                     int count);

} // namespace lb::imap::bench
