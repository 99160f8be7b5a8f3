// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace lb::imap {

// Mailbox names in "modified UTF-7" (RFC 3501 section 5.1.3): printable ASCII stands for
// itself, "&" is written "&-", everything else is UTF-16 in a base64 variant between "&"
// and "-".
[[nodiscard]] QByteArray encodeModifiedUtf7(QStringView name);

struct ModifiedUtf7Decoding
{
    // The name; a malformed "&...-" run is kept byte for byte as Latin-1 text.
    QString text;
    bool ok = true;
    qsizetype errorOffset = -1; // the first malformed byte, when !ok
    QString error;
};

// Never fails outright: the wire bytes stay the identity of the mailbox (keep them for
// commands); the decoded text is for people.
[[nodiscard]] ModifiedUtf7Decoding decodeModifiedUtf7(QByteArrayView encoded);

} // namespace lb::imap
