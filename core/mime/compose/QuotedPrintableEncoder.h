// SPDX-License-Identifier: GPL-3.0-or-later
// The quoted-printable Content-Transfer-Encoding for text bodies (RFC 2045 6.7).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace lb::mime {

// Encodes text whose line breaks are LF, CRLF or a lone CR; each becomes a hard CRLF line
// break. Encoded lines are at most 76 characters (soft breaks "=" CRLF, never inside an =XX
// escape), trailing spaces and tabs are escaped, and a line that starts with "From " or "."
// has its first character escaped so mbox files and SMTP relays cannot alter it (RFC 2049 3).
[[nodiscard]] QByteArray encodeQuotedPrintable(QByteArrayView text);

} // namespace lb::mime
