// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/HeaderTokens.h"

namespace lb::mime {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// RFC 5322 3.2.4: a quoted-pair stands for the character after the backslash.
qsizetype readQuoted(QByteArrayView v, qsizetype i, QByteArray &out)
{
    ++i; // opening quote
    while (i < v.size() && v[i] != '"') {
        if (v[i] == '\\' && i + 1 < v.size())
            ++i;
        if (v[i] != '\r' && v[i] != '\n')
            out.append(v[i]);
        ++i;
    }
    return i < v.size() ? i + 1 : i;
}

// RFC 5322 3.2.2: comments nest and may hold quoted-pairs.
qsizetype skipComment(QByteArrayView v, qsizetype i)
{
    int depth = 0;
    while (i < v.size()) {
        const char c = v[i];
        if (c == '\\') {
            i += 2;
            continue;
        }
        if (c == '(')
            ++depth;
        else if (c == ')' && --depth == 0)
            return i + 1;
        ++i;
    }
    return i;
}

qsizetype readDomainLiteral(QByteArrayView v, qsizetype i, QByteArray &out)
{
    const qsizetype start = i;
    while (i < v.size() && v[i] != ']')
        ++i;
    if (i < v.size())
        ++i;
    out = v.sliced(start, i - start).toByteArray();
    return i;
}

} // namespace

std::vector<HeaderToken> tokenizeStructured(QByteArrayView v, QByteArrayView specials)
{
    std::vector<HeaderToken> tokens;
    bool space = false;
    qsizetype i = 0;
    while (i < v.size()) {
        const char c = v[i];
        if (isSpace(c)) {
            space = true;
            ++i;
            continue;
        }
        if (c == '(') {
            i = skipComment(v, i);
            space = true;
            continue;
        }
        HeaderToken token;
        token.spaceBefore = space;
        space = false;
        if (c == '"') {
            token.kind = HeaderToken::Kind::Quoted;
            i = readQuoted(v, i, token.text);
        } else if (c == '[' && !specials.contains('[')) {
            token.kind = HeaderToken::Kind::DomainLiteral;
            i = readDomainLiteral(v, i, token.text);
        } else if (specials.contains(c)) {
            token.kind = HeaderToken::Kind::Special;
            token.text = QByteArray(1, c);
            ++i;
        } else {
            const qsizetype start = i;
            while (i < v.size() && !isSpace(v[i]) && v[i] != '"' && v[i] != '(' &&
                   !specials.contains(v[i]))
                ++i;
            token.text = v.sliced(start, i - start).toByteArray();
        }
        tokens.push_back(std::move(token));
    }
    return tokens;
}

} // namespace lb::mime
