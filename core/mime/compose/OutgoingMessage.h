// SPDX-License-Identifier: GPL-3.0-or-later
// A message the user is about to send, before it becomes bytes: the composer's input.
#pragma once

#include "mime/Message.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace lb::mime {

struct Attachment
{
    QString filename;
    QByteArray mimeType = "application/octet-stream";
    QByteArray data;
    // Without angle brackets. When set, the part is inline and the HTML refers to it as
    // "cid:<contentId>" (RFC 2392); it goes into a multipart/related beside the HTML.
    QByteArray contentId;
};

// A header field the composer has no member for, e.g. X-Priority. Its value is unstructured
// text; names of fields the composer writes itself are refused.
struct ExtraHeader
{
    QByteArray name;
    QString value;
};

struct OutgoingMessage
{
    Mailbox from;
    std::vector<Mailbox> to;
    std::vector<Mailbox> cc;
    std::vector<Mailbox> bcc; // envelope only: never written into the header
    std::vector<Mailbox> replyTo;
    QString subject;
    QDateTime date;               // invalid: the time of composing
    QByteArray messageId;         // with or without brackets; empty: generated
    QByteArray inReplyTo;         // a msg-id, with or without brackets
    QList<QByteArray> references; // msg-ids, oldest first
    QString text;                 // the plain text body; LF, CRLF or CR line breaks
    std::optional<QString> html;  // an HTML alternative of the same content
    std::vector<Attachment> attachments;
    QString signature; // appended after "-- " (the RFC 3676 4.3 separator)
    QString userAgent = QStringLiteral("Letterbox"); // empty: no User-Agent field
    std::vector<ExtraHeader> extraHeaders;
};

// The text body as sent: text, then the signature block when there is one, ending in a
// line break.
[[nodiscard]] QString textWithSignature(const OutgoingMessage &message);

// The HTML as sent: the signature in a <pre> block before </body> (or at the end).
[[nodiscard]] QString htmlWithSignature(const OutgoingMessage &message);

} // namespace lb::mime
