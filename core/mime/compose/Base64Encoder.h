// SPDX-License-Identifier: GPL-3.0-or-later
// The base64 Content-Transfer-Encoding for bodies (RFC 2045 6.8).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace lb::mime {

// Base64 in lines of 76 characters joined by CRLF (RFC 2045 6.8: "no more than 76
// characters"). The last line has no CRLF after it; empty input gives empty output.
[[nodiscard]] QByteArray encodeBase64Body(QByteArrayView data);

} // namespace lb::mime
