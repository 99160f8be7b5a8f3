// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/FoldedField.h"

#include "mime/compose/EncodedWord.h"

namespace lb::mime {

namespace {
// Below this many free columns an encoded-word carries too little to be worth starting.
constexpr qsizetype kMinUsefulWord = 20;

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}
} // namespace

FoldedField::FoldedField(QByteArrayView name)
{
    m_out = name.toByteArray() + ':';
}

void FoldedField::addToken(QByteArrayView token, QByteArrayView whitespaceBefore)
{
    // The first token stays on the name's line: folding there would only lengthen the field.
    // Without whitespace there is no fold point (a fold is CRLF inserted before WSP).
    if (m_tokens > 0 && !whitespaceBefore.isEmpty() &&
        lineLength() + whitespaceBefore.size() + token.size() > kFoldWidth) {
        m_out += "\r\n";
        m_lineStart = m_out.size();
    }
    m_out += whitespaceBefore;
    m_out += token;
    ++m_tokens;
}

void FoldedField::addEncodedText(QStringView text, QByteArrayView whitespaceBefore)
{
    QByteArrayView space = whitespaceBefore;
    while (!text.isEmpty()) {
        const qsizetype room = kFoldWidth - lineLength() - space.size();
        EncodedWordPiece piece{{}, 0};
        if (room >= kMinUsefulWord)
            piece = encodeWordPrefix(text, qMin(room, kMaxEncodedWordLength));
        if (piece.consumed == 0) {
            // A fresh line has room for a full-size word: 1 column of whitespace + 75 < 78.
            piece = encodeWordPrefix(text, kMaxEncodedWordLength);
        }
        if (piece.consumed == 0)
            return; // unreachable: any one character fits a 75-column word
        addToken(piece.word, space);
        text = text.sliced(piece.consumed);
        space = " "; // RFC 2047 6.2: whitespace between encoded-words is not displayed
    }
}

QByteArray foldField(QByteArrayView name, QByteArrayView value)
{
    FoldedField field(name);
    qsizetype i = 0;
    while (i < value.size()) {
        const qsizetype wsStart = i;
        while (i < value.size() && isWsp(value[i]))
            ++i;
        const qsizetype tokenStart = i;
        while (i < value.size() && !isWsp(value[i]))
            ++i;
        if (tokenStart == i)
            break; // trailing whitespace
        QByteArrayView ws = value.sliced(wsStart, tokenStart - wsStart);
        if (ws.isEmpty())
            ws = " "; // the value's first token: one space after the colon
        field.addToken(value.sliced(tokenStart, i - tokenStart), ws);
    }
    return field.finish();
}

} // namespace lb::mime
