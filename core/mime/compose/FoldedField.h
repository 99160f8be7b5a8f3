// SPDX-License-Identifier: GPL-3.0-or-later
// Writes one header field, folding it at whitespace so lines stay within 78 characters
// where the content allows (RFC 5322 2.1.1, 2.2.3).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace lb::mime {

inline constexpr qsizetype kFoldWidth = 78;      // RFC 5322 2.1.1 SHOULD
inline constexpr qsizetype kMaxLineLength = 998; // RFC 5322 2.1.1 MUST, without CRLF

// Builds "Name: value CRLF" from unbreakable tokens. A fold (CRLF before the whitespace that
// precedes a token) happens only between tokens, so an encoded-word, a quoted string or an
// address is never cut. The caller supplies the whitespace; it must be non-empty SP/HTAB.
class FoldedField
{
public:
    explicit FoldedField(QByteArrayView name);

    // Appends a token preceded by whitespace, folding first when it would pass column 78.
    void addToken(QByteArrayView token, QByteArrayView whitespaceBefore = " ");
    // Appends text as RFC 2047 encoded-words that fill the current line before folding.
    void addEncodedText(QStringView text, QByteArrayView whitespaceBefore = " ");

    [[nodiscard]] bool hasTokens() const { return m_tokens > 0; }
    // The whole field, ending in CRLF.
    [[nodiscard]] QByteArray finish() const { return m_out + "\r\n"; }

private:
    [[nodiscard]] qsizetype lineLength() const { return m_out.size() - m_lineStart; }

    QByteArray m_out;
    qsizetype m_lineStart = 0;
    int m_tokens = 0;
};

// Folds an already formatted value at its whitespace: each whitespace run is a possible fold
// point. Trailing whitespace is dropped, so no line is whitespace only (RFC 5322 3.2.2).
[[nodiscard]] QByteArray foldField(QByteArrayView name, QByteArrayView value);

} // namespace lb::mime
