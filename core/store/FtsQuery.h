// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lb::store {

// Turns what a person typed into an FTS5 MATCH expression that can never be a syntax error.
// Words become quoted prefix terms ("word"*), text in double quotes becomes a phrase (an
// unclosed quote runs to the end), and from:, to:, subject: and body: limit the next word or
// phrase to a column. Everything else (AND, OR, NOT, *, parentheses, ^, column syntax) is
// searched for as plain text. Words without a letter or digit are dropped, since the tokenizer
// would find nothing in them. Returns an empty string when nothing searchable is left.
[[nodiscard]] QString toFtsQuery(const QString &userText);

} // namespace lb::store
