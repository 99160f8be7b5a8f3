// SPDX-License-Identifier: GPL-3.0-or-later
// Lexer for structured header fields (RFC 5322 3.2): atoms, quoted strings (escapes removed),
// comments (nested, dropped), domain literals and single special characters.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace lb::mime {

struct HeaderToken
{
    enum class Kind
    {
        Atom,
        Quoted,
        Special,
        DomainLiteral
    };
    Kind kind = Kind::Atom;
    QByteArray text;          // atom text, quoted content without quotes/escapes, or the special
    bool spaceBefore = false; // whitespace or a comment separated it from the previous token

    [[nodiscard]] bool isSpecial(char c) const
    {
        return kind == Kind::Special && text.size() == 1 && text[0] == c;
    }
};

// specials: the characters that stand alone (e.g. "<>,:;@" for addresses, "/;=" for MIME).
// An unterminated quoted string or comment runs to the end of the value.
[[nodiscard]] std::vector<HeaderToken> tokenizeStructured(QByteArrayView value,
                                                          QByteArrayView specials);

} // namespace lb::mime
