// SPDX-License-Identifier: GPL-3.0-or-later
// Human text in header fields: unstructured values such as Subject (RFC 5322 3.2.5 and
// 3.6.5) and display names (phrases, RFC 5322 3.2.5), with RFC 2047 for what ASCII cannot say.
#pragma once

#include <QString>
#include <QStringView>

namespace lb::mime {

class FoldedField;

// Replaces CR, LF and the other control characters (but TAB) with spaces. A header value
// can then never end its line early: no header injection (RFC 5322 2.2: no CR or LF in a
// field body other than in folding).
[[nodiscard]] QString neutraliseControls(QStringView text);

// Writes unstructured text: ASCII words as they are, runs of words that need it (non-ASCII,
// looking like an encoded-word, or too long for a line) as encoded-words. Leading and
// trailing whitespace is dropped.
void writeUnstructured(FoldedField &field, QStringView text);

// Writes a display name: atoms when it is plain ASCII words, a quoted-string when it holds
// specials, encoded-words when it is not ASCII or would not fit on a line.
void writePhrase(FoldedField &field, QStringView name);

} // namespace lb::mime
