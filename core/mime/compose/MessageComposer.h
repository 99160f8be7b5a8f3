// SPDX-License-Identifier: GPL-3.0-or-later
// Turns an OutgoingMessage into the bytes of an RFC 5322 / MIME message.
#pragma once

#include "common/Result.h"
#include "mime/compose/Boundary.h"
#include "mime/compose/OutgoingMessage.h"

#include <QByteArray>
#include <QStringList>

namespace lb::mime {

struct ComposedMessage
{
    QByteArray bytes;               // CRLF line endings, no line over 998 octets
    QString envelopeFrom;           // MAIL FROM
    QStringList envelopeRecipients; // RCPT TO: To, Cc and Bcc, each address once
    QByteArray messageId;           // with angle brackets, as written in Message-ID
    bool needsSmtpUtf8 = false;     // an address is not ASCII (RFC 6531)
    bool needs8BitMime = false;     // a body part is sent 8bit (RFC 6152)
};

// The message with MIME-Version and a Content-Type tree: text/plain alone; alternative
// (text + HTML); related around the HTML and its inline (Content-ID) images; mixed around
// all of it when there are attachments. Bcc appears only in envelopeRecipients. Fails
// with an input error on an invalid address, Message-ID, extra header name or attachment
// type; text that could break a header line (CR, LF) is neutralised, never written raw.
[[nodiscard]] Result<ComposedMessage>
composeMessage(const OutgoingMessage &message, const BoundarySource &boundaries = randomBoundary);

} // namespace lb::mime
