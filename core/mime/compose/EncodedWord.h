// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 2047 encoded-words in UTF-8: how non-ASCII text travels in header fields.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace lb::mime {

// RFC 2047 2: "An 'encoded-word' may not be more than 75 characters long".
inline constexpr qsizetype kMaxEncodedWordLength = 75;

struct EncodedWordPiece
{
    QByteArray word;    // "=?UTF-8?Q?...?=" or "=?UTF-8?B?...?="; empty when nothing fits
    qsizetype consumed; // UTF-16 code units of the input it encodes
};

// The longest prefix of text made of whole code points (a multi-byte character is never
// split) that fits one encoded-word of at most maxLength characters. Q or B is chosen by
// which carries more text; when both carry all of it, the shorter word wins (Q on a tie).
// Q uses only the characters RFC 2047 5(3) allows in a phrase, so the word is safe in any
// header position.
[[nodiscard]] EncodedWordPiece encodeWordPrefix(QStringView text,
                                                qsizetype maxLength = kMaxEncodedWordLength);

// All of text as consecutive encoded-words, each at most maxLength (>= 20) characters. When
// decoded, whitespace between adjacent encoded-words disappears (RFC 2047 6.2), so the words
// may be joined by any folding whitespace.
[[nodiscard]] QList<QByteArray> encodeWords(QStringView text,
                                            qsizetype maxLength = kMaxEncodedWordLength);

} // namespace lb::mime
