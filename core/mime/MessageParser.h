// SPDX-License-Identifier: GPL-3.0-or-later
// Entry points of the MIME parser. parseMessage never fails: whatever it could not understand
// is described by Message::defects, and Message::raw always keeps the input.
#pragma once

#include "mime/AddressParser.h"
#include "mime/DateParser.h"
#include "mime/EncodedWords.h"
#include "mime/HeaderBlockParser.h"
#include "mime/Message.h"
#include "mime/ParseLimits.h"

#include <QByteArray>

namespace lb::mime {

[[nodiscard]] Message parseMessage(QByteArray raw, const ParseLimits &limits = {});

// The decoded views of a header block (e.g. from an IMAP BODY[HEADER] fetch).
struct Envelope
{
    QString subject; // RFC 2047 decoded; null when there is no Subject
    std::vector<Mailbox> from, sender, replyTo, to, cc, bcc; // all occurrences together
    std::optional<QDateTime> date;                           // UTC
    bool dateZoneKnown = true;    // false for "-0000" or an unknown zone name
    QByteArray messageId;         // with angle brackets, whitespace removed
    QByteArray inReplyTo;         // first msg-id, with brackets
    QList<QByteArray> references; // msg-ids in order, with brackets
};

[[nodiscard]] Envelope decodeEnvelope(const Headers &headers);

// RFC 5322 3.6.4 msg-id list: every "<...>" in the value, whitespace removed.
[[nodiscard]] QList<QByteArray> parseMessageIds(QByteArrayView value);

} // namespace lb::mime
