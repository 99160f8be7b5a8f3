// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/Cursor.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::imap {

bool isAtomChar(char c)
{
    const auto u = uchar(c);
    if (u < 0x20 || u == 0x7f)
        return false;
    switch (c) {
    case '(':
    case ')':
    case '{':
    case ' ':
    case '%':
    case '*':
    case '"':
    case '\\':
    case ']':
        return false;
    default:
        return true;
    }
}

namespace {

QString describe(char c)
{
    if (c == '\r' || c == '\n')
        return u"end of line"_s;
    if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
        return u"byte 0x%1"_s.arg(uchar(c), 2, 16, QLatin1Char('0'));
    return u"'%1'"_s.arg(QLatin1Char(c));
}

} // namespace

bool Cursor::failAt(qsizetype pos, const QString &what)
{
    if (!m_error)
        m_error = ParseError{m_streamOffset + pos, what};
    return false;
}

bool Cursor::skip(char c)
{
    if (failed() || peek() != c || atEnd())
        return false;
    ++m_pos;
    return true;
}

bool Cursor::expect(char c)
{
    if (failed())
        return false;
    if (skip(c))
        return true;
    return fail(u"expected '%1', found %2"_s.arg(QString(QLatin1Char(c)), describe(peek())));
}

bool Cursor::crlf()
{
    if (failed())
        return false;
    if (!atCrlf())
        return fail(u"expected end of line, found %1"_s.arg(describe(peek())));
    m_pos += 2;
    return true;
}

bool Cursor::atKeyword(QByteArrayView word) const
{
    if (failed() || m_data.size() - m_pos < word.size())
        return false;
    if (m_data.sliced(m_pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    const char after = peek(word.size());
    return !isAtomChar(after) || after == '\0';
}

bool Cursor::keyword(QByteArrayView word)
{
    if (!atKeyword(word))
        return false;
    m_pos += word.size();
    return true;
}

bool Cursor::atom(QByteArray &out)
{
    if (failed())
        return false;
    const qsizetype start = m_pos;
    while (!atEnd() && isAtomChar(peek()))
        ++m_pos;
    if (m_pos == start)
        return fail(u"expected an atom, found %1"_s.arg(describe(peek())));
    out = m_data.sliced(start, m_pos - start).toByteArray();
    return true;
}

bool Cursor::astringChars(QByteArray &out)
{
    if (failed())
        return false;
    const qsizetype start = m_pos;
    while (!atEnd() && (isAtomChar(peek()) || peek() == ']'))
        ++m_pos;
    if (m_pos == start)
        return fail(u"expected an atom, found %1"_s.arg(describe(peek())));
    out = m_data.sliced(start, m_pos - start).toByteArray();
    return true;
}

bool Cursor::number64(std::uint64_t &out)
{
    if (failed())
        return false;
    const qsizetype start = m_pos;
    std::uint64_t value = 0;
    while (peek() >= '0' && peek() <= '9') {
        const auto digit = std::uint64_t(peek() - '0');
        if (value > (UINT64_MAX - digit) / 10)
            return failAt(start, u"number too large"_s);
        value = value * 10 + digit;
        ++m_pos;
    }
    if (m_pos == start)
        return fail(u"expected a number, found %1"_s.arg(describe(peek())));
    out = value;
    return true;
}

bool Cursor::number(std::uint32_t &out)
{
    const qsizetype start = m_pos;
    std::uint64_t value = 0;
    if (!number64(value))
        return false;
    if (value > UINT32_MAX)
        return failAt(start, u"number does not fit in 32 bits"_s);
    out = std::uint32_t(value);
    return true;
}

// quoted = DQUOTE *QUOTED-CHAR DQUOTE; only \" and \\ are escapes (RFC 9051 section 9).
bool Cursor::quoted(QByteArray &out)
{
    if (!expect('"'))
        return false;
    out.clear();
    while (!atEnd()) {
        const char c = peek();
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c == '\r' || c == '\n' || c == '\0')
            return fail(u"unterminated quoted string"_s);
        if (c == '\\') {
            const char e = peek(1);
            if (e != '"' && e != '\\')
                return failAt(m_pos, u"invalid escape in quoted string"_s);
            out += e;
            m_pos += 2;
            continue;
        }
        out += c;
        ++m_pos;
    }
    return fail(u"unterminated quoted string"_s);
}

// literal = "{" number ["+"] "}" CRLF *CHAR8; literal8 = "~{" number "}" CRLF *OCTET.
bool Cursor::literal(QByteArray &out)
{
    skip('~');
    std::uint64_t size = 0;
    if (!expect('{') || !number64(size))
        return false;
    skip('+');
    if (!expect('}') || !crlf())
        return false;
    if (size > std::uint64_t(m_data.size() - m_pos))
        return fail(u"literal longer than the response"_s);
    out = m_data.sliced(m_pos, qsizetype(size)).toByteArray();
    m_pos += qsizetype(size);
    return true;
}

bool Cursor::string(QByteArray &out)
{
    if (failed())
        return false;
    if (peek() == '"')
        return quoted(out);
    if (peek() == '{' || (peek() == '~' && peek(1) == '{'))
        return literal(out);
    return fail(u"expected a string, found %1"_s.arg(describe(peek())));
}

bool Cursor::nstring(NString &out)
{
    if (keyword("NIL")) {
        out.reset();
        return true;
    }
    QByteArray s;
    if (!string(s))
        return false;
    out = std::move(s);
    return true;
}

bool Cursor::astring(QByteArray &out)
{
    if (failed())
        return false;
    if (peek() == '"' || peek() == '{' || peek() == '~')
        return string(out);
    return astringChars(out);
}

bool Cursor::flag(QByteArray &out)
{
    if (failed())
        return false;
    if (peek() == '\\' && peek(1) == '*') {
        m_pos += 2;
        out = QByteArrayLiteral("\\*");
        return true;
    }
    const bool system = skip('\\');
    if (!atom(out))
        return false;
    if (system)
        out.prepend('\\');
    return true;
}

bool Cursor::flagList(QList<QByteArray> &out)
{
    if (!expect('('))
        return false;
    out.clear();
    while (!failed() && !skip(')')) {
        if (!out.isEmpty() && !sp())
            return false;
        QByteArray f;
        if (!flag(f))
            return false;
        out.append(std::move(f));
    }
    return !failed();
}

bool Cursor::sequenceSet(SequenceSet &out)
{
    if (failed())
        return false;
    const qsizetype start = m_pos;
    while ((peek() >= '0' && peek() <= '9') || peek() == ':' || peek() == ',' || peek() == '*')
        ++m_pos;
    auto parsed = SequenceSet::parse(m_data.sliced(start, m_pos - start));
    if (!parsed)
        return failAt(start, u"expected a sequence set"_s);
    out = std::move(parsed).value();
    return true;
}

bool Cursor::textToLineEnd(QByteArray &out)
{
    if (failed())
        return false;
    const qsizetype start = m_pos;
    while (!atEnd() && peek() != '\r' && peek() != '\n')
        ++m_pos;
    out = m_data.sliced(start, m_pos - start).toByteArray();
    return true;
}

bool Cursor::restOfResponse(QByteArray &out)
{
    if (failed())
        return false;
    const qsizetype end = m_data.size() - 2; // frames end in CRLF
    out = m_data.sliced(m_pos, qMax<qsizetype>(0, end - m_pos)).toByteArray();
    m_pos = qMax(m_pos, end);
    return true;
}

bool Cursor::enter()
{
    if (--m_depthLeft < 0) {
        ++m_depthLeft;
        return fail(u"lists nested too deeply"_s);
    }
    return true;
}

// A bare token: atom-like bytes, where "[...]" may hold spaces (BODY[HEADER.FIELDS (A B)]).
bool Cursor::token(QByteArray &out)
{
    const qsizetype start = m_pos;
    int brackets = 0;
    while (!atEnd()) {
        const char c = peek();
        if (c == '\r' || c == '\n')
            break;
        if (brackets == 0 && (c == ' ' || c == '(' || c == ')' || c == '"' || c == '{'))
            break;
        if (c == '[')
            ++brackets;
        else if (c == ']' && brackets > 0)
            --brackets;
        ++m_pos;
    }
    if (m_pos == start)
        return fail(u"expected a value, found %1"_s.arg(describe(peek())));
    out = m_data.sliced(start, m_pos - start).toByteArray();
    return true;
}

bool Cursor::value(Value &out)
{
    if (failed())
        return false;
    if (peek() == '(') {
        if (!enter())
            return false;
        ++m_pos;
        out = Value::makeList({});
        while (!failed() && !skip(')')) {
            if (!out.list.empty() && !sp())
                break;
            Value item;
            if (!value(item))
                break;
            out.list.push_back(std::move(item));
        }
        leave();
        return !failed();
    }
    if (peek() == '"' || peek() == '{' || (peek() == '~' && peek(1) == '{')) {
        QByteArray s;
        if (!string(s))
            return false;
        out = Value::string(std::move(s));
        return true;
    }
    QByteArray t;
    if (!token(t))
        return false;
    bool isNumber = t.size() <= 19;
    for (char c : t)
        isNumber = isNumber && c >= '0' && c <= '9';
    if (t.compare("NIL", Qt::CaseInsensitive) == 0)
        out = Value::nil();
    else if (isNumber)
        out = Value::num(t.toULongLong());
    else
        out = Value::atom(std::move(t));
    return true;
}

} // namespace lb::imap
