// SPDX-License-Identifier: GPL-3.0-or-later
// Choosing and applying a Content-Transfer-Encoding for a body part (RFC 2045 6).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace lb::mime {

enum class BodyEncoding
{
    SevenBit,
    EightBit,
    QuotedPrintable,
    Base64
};

struct EncodedBody
{
    BodyEncoding encoding;
    QByteArray bytes; // CRLF line breaks, no line over 998 octets, no final CRLF added
};

// "7bit", "8bit", "quoted-printable", "base64".
[[nodiscard]] QByteArray encodingName(BodyEncoding encoding);

// Line breaks (LF, CRLF or lone CR) made CRLF.
[[nodiscard]] QByteArray toCrlf(QByteArrayView text);

// Text in UTF-8: 7bit when it is ASCII with lines of at most 78 characters, otherwise
// quoted-printable unless that is over a third larger than base64 (text that is mostly
// not ASCII).
[[nodiscard]] EncodedBody encodeTextBody(QByteArrayView utf8);

// Binary data and attachments: base64, which keeps every byte exact.
[[nodiscard]] EncodedBody encodeBinaryBody(QByteArrayView data);

// A message/rfc822 body, which RFC 2046 5.2.1 limits to 7bit or 8bit: its lines made CRLF.
// A message that still cannot travel that way (NUL, lines over 998 octets) falls back to
// base64, which readers accept.
[[nodiscard]] EncodedBody encodeMessageBody(QByteArrayView raw);

} // namespace lb::mime
