// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 2047 encoded-words ("=?charset?Q?...?=" / "=?charset?B?...?=") in unstructured header
// text, and the 8-bit bytes (RFC 6532 UTF-8, else legacy) that real mail puts there raw.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace lb::mime {

struct EncodedWord
{
    QByteArray charset;   // as written, without an RFC 2231 "*lang" suffix
    QByteArray bytes;     // after Q or B decoding, still in that charset
    qsizetype length = 0; // bytes of input the word spans
};

// Reads one encoded-word at the start of text; nullopt when it is malformed (it is then text).
[[nodiscard]] std::optional<EncodedWord> readEncodedWord(QByteArrayView text);

// Decodes unstructured text (Subject, comments, display names): encoded words anywhere, the
// whitespace between adjacent words dropped (RFC 2047 6.2), adjacent words in one charset joined
// before decoding so characters split between words survive, malformed words left as text.
[[nodiscard]] QString decodeEncodedWords(QByteArrayView text);

} // namespace lb::mime
