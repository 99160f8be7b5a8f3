// SPDX-License-Identifier: GPL-3.0-or-later
// Forwarding a parsed message, inline or as an attached message/rfc822.
#pragma once

#include "mime/Message.h"
#include "mime/compose/OutgoingMessage.h"
#include "mime/compose/ReplyIdentity.h"

namespace lb::mime {

// Subject "Fwd: ..." once; the text is an empty line for the user, then the
// "-------- Forwarded Message --------" block (Subject, Date, From, To, Cc) and the original
// text. The original's attachments (Attachments.h) come along as attachments.
[[nodiscard]] OutgoingMessage forwardInline(const Message &original, const ReplyIdentity &identity);

// Subject "Fwd: ..."; the original's raw bytes as a message/rfc822 attachment named after
// its subject (RFC 2046 5.2.1), so every header and part arrives untouched.
[[nodiscard]] OutgoingMessage forwardAsAttachment(const Message &original,
                                                  const ReplyIdentity &identity);

} // namespace lb::mime
