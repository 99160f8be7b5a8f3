// SPDX-License-Identifier: GPL-3.0-or-later
// MIME parameter lists (RFC 2045 5.1) with RFC 2231 continuations ("name*0", "name*1"),
// charsets and languages ("name*=utf-8'en'%E2%82%AC"), and the RFC 2047 encoded words that
// many mailers put inside quoted file names instead.
#pragma once

#include "mime/Message.h"

#include <QByteArrayView>

#include <vector>

namespace lb::mime {

// The text after the first ';' of a Content-Type / Content-Disposition value. Names come out in
// lower case, in order of first appearance; the first occurrence of a name wins.
[[nodiscard]] std::vector<Parameter> parseParameters(QByteArrayView text);

// RFC 2231 4: "charset'language'percent-encoded" to Unicode.
[[nodiscard]] QString decodeExtendedValue(QByteArrayView value);

} // namespace lb::mime
