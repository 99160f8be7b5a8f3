// SPDX-License-Identifier: GPL-3.0-or-later
// Replies to a parsed message: recipients, subject, threading fields and the quoted text.
#pragma once

#include "mime/Message.h"
#include "mime/compose/OutgoingMessage.h"
#include "mime/compose/ReplyIdentity.h"

namespace lb::mime {

// RFC 5322 3.6.4: the original's References (else its In-Reply-To) followed by its
// Message-ID. More than kMaxReferences ids are cut in the middle: the first (the thread's
// root) and the most recent ones stay.
inline constexpr qsizetype kMaxReferences = 20;
[[nodiscard]] QList<QByteArray> replyReferences(const Message &original);

// To the original's Reply-To, else its From; to its To when we sent the original. Subject
// "Re: ..." once; In-Reply-To and References set; the text quoted below an attribution.
[[nodiscard]] OutgoingMessage reply(const Message &original, const ReplyIdentity &identity);

// Like reply, and To also gets the original To, Cc the original Cc: without our own
// addresses and without duplicates (addresses compared without case).
[[nodiscard]] OutgoingMessage replyAll(const Message &original, const ReplyIdentity &identity);

} // namespace lb::mime
