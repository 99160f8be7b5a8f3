// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/EncodedWord.h"

#include <QString>

namespace lb::mime {

namespace {

constexpr QByteArrayView kQPrefix = "=?UTF-8?Q?";
constexpr QByteArrayView kBPrefix = "=?UTF-8?B?";
constexpr qsizetype kOverhead = 10 + 2;  // prefix and "?="
constexpr qsizetype kMinWordLength = 20; // room for one 4-byte character in B

bool isQLiteral(char c)
{
    // RFC 2047 5(3): upper and lower case letters, digits, "!", "*", "+", "-", "/".
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '!' ||
           c == '*' || c == '+' || c == '-' || c == '/';
}

qsizetype qLength(QByteArrayView utf8)
{
    qsizetype n = 0;
    for (char c : utf8)
        n += (isQLiteral(c) || c == ' ') ? 1 : 3;
    return n;
}

qsizetype bLength(qsizetype bytes)
{
    return (bytes + 2) / 3 * 4;
}

QByteArray qEncode(QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == ' ')
            out += '_'; // RFC 2047 4.2(2)
        else if (isQLiteral(c))
            out += c;
        else
            out += (QByteArray(1, '=') + hex[u >> 4] + hex[u & 0xF]);
    }
    return out;
}

qsizetype codePointLength(QStringView text, qsizetype i)
{
    return (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) ? 2
                                                                                              : 1;
}

} // namespace

EncodedWordPiece encodeWordPrefix(QStringView text, qsizetype maxLength)
{
    const qsizetype budget = maxLength - kOverhead;
    QByteArray utf8;
    qsizetype qLen = 0;
    qsizetype fitQ = 0, fitB = 0;     // UTF-16 units that fit each encoding
    qsizetype bytesQ = 0, bytesB = 0; // and their UTF-8 sizes
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = codePointLength(text, i);
        const QByteArray bytes = text.sliced(i, n).toUtf8();
        qLen += qLength(bytes);
        utf8 += bytes;
        i += n;
        const bool qFits = qLen <= budget;
        const bool bFits = bLength(utf8.size()) <= budget;
        if (qFits) {
            fitQ = i;
            bytesQ = utf8.size();
        }
        if (bFits) {
            fitB = i;
            bytesB = utf8.size();
        }
        if (!qFits && !bFits)
            break;
    }
    if (fitQ == 0 && fitB == 0)
        return {{}, 0};
    bool useQ = fitQ > fitB;
    if (fitQ == fitB)
        useQ = qLength(QByteArrayView(utf8).first(bytesQ)) <= bLength(bytesB);
    if (useQ)
        return {kQPrefix.toByteArray() + qEncode(QByteArrayView(utf8).first(bytesQ)) + "?=", fitQ};
    return {kBPrefix.toByteArray() + QByteArrayView(utf8).first(bytesB).toByteArray().toBase64() +
                "?=",
            fitB};
}

QList<QByteArray> encodeWords(QStringView text, qsizetype maxLength)
{
    maxLength = qMax(maxLength, kMinWordLength);
    QList<QByteArray> words;
    while (!text.isEmpty()) {
        const EncodedWordPiece piece = encodeWordPrefix(text, maxLength);
        words.append(piece.word);
        text = text.sliced(piece.consumed);
    }
    return words;
}

} // namespace lb::mime
