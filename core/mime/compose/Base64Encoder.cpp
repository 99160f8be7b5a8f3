// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/Base64Encoder.h"

namespace lb::mime {

namespace {
constexpr qsizetype kLineLength = 76; // RFC 2045 6.8
}

QByteArray encodeBase64Body(QByteArrayView data)
{
    const QByteArray flat = data.toByteArray().toBase64();
    QByteArray out;
    out.reserve(flat.size() + flat.size() / kLineLength * 2 + 2);
    for (qsizetype pos = 0; pos < flat.size(); pos += kLineLength) {
        if (pos > 0)
            out += "\r\n";
        out += QByteArrayView(flat).sliced(pos, qMin(kLineLength, flat.size() - pos));
    }
    return out;
}

} // namespace lb::mime
