// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes in a named charset to Unicode. Unknown labels and data that is not valid in its label
// fall back to UTF-8 when the bytes are valid UTF-8, else to windows-1252, so text is never lost.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace lb::mime {

// Lower case, quotes and whitespace removed, common aliases mapped (utf8 -> utf-8, ...).
[[nodiscard]] QByteArray normalizeCharsetName(QByteArrayView label);

// Charsets that spell non-ASCII text with ASCII bytes and shift states (utf-7, iso-2022-*).
[[nodiscard]] bool isStatefulCharset(QByteArrayView normalizedName);

// True when QStringDecoder knows the label (after normalisation).
[[nodiscard]] bool isKnownCharset(QByteArrayView label);

// Decode with the labelled charset; an empty label means "unlabelled" (UTF-8 or windows-1252).
[[nodiscard]] QString decodeCharset(QByteArrayView bytes, QByteArrayView label);

// Unlabelled 8-bit text such as raw header bytes (RFC 6532): UTF-8 if valid, else windows-1252.
[[nodiscard]] QString decodeUnlabelled(QByteArrayView bytes);

} // namespace lb::mime
