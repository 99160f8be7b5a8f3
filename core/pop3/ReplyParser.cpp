// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/ReplyParser.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::pop3 {

namespace {

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() &&
           text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// resp-level = 1*schar, schar = %x21-7F except "/" and "]" (RFC 2449 section 8).
bool isValidLevel(QByteArrayView level)
{
    if (level.isEmpty())
        return false;
    for (char c : level) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7E || c == '/' || c == ']')
            return false;
    }
    return true;
}

// Splits "[CODE/SUB] text" into code and text; leaves text alone when it holds no valid code.
void splitResponseCode(StatusLine &status)
{
    if (!status.text.startsWith('['))
        return;
    const qsizetype close = status.text.indexOf(']');
    if (close < 0)
        return;
    const QByteArrayList levels = status.text.mid(1, close - 1).split('/');
    for (const QByteArray &level : levels) {
        if (!isValidLevel(level))
            return;
    }
    status.code = ResponseCode{levels};
    QByteArrayView rest = QByteArrayView(status.text).sliced(close + 1);
    while (!rest.isEmpty() && isSpace(rest.front()))
        rest = rest.sliced(1);
    status.text = rest.toByteArray();
}

} // namespace

std::optional<StatusLine> parseStatusLine(QByteArrayView line)
{
    StatusLine status;
    qsizetype keywordLength = 0;
    if (startsWithNoCase(line, "+OK")) {
        status.status = Status::Ok;
        keywordLength = 3;
    } else if (startsWithNoCase(line, "-ERR")) {
        status.status = Status::Err;
        keywordLength = 4;
    } else if (line == "+" || (line.size() >= 2 && line[0] == '+' && line[1] == ' ')) {
        status.status = Status::Continue;
        keywordLength = 1;
    } else {
        return std::nullopt;
    }
    QByteArrayView rest = line.sliced(keywordLength);
    if (!rest.isEmpty() && !isSpace(rest.front()))
        return std::nullopt; // "+OKAY" is not a status indicator
    while (!rest.isEmpty() && isSpace(rest.front()))
        rest = rest.sliced(1);
    status.text = rest.toByteArray();
    if (status.status != Status::Continue)
        splitResponseCode(status);
    return status;
}

ReplyParser::ReplyParser(qsizetype maxStatusLine, qsizetype defaultMaxBody)
    : m_maxStatusLine(maxStatusLine), m_defaultMaxBody(defaultMaxBody)
{}

void ReplyParser::expect(ReplyKind kind, qsizetype maxBody)
{
    m_expected.push_back(Expectation{kind, maxBody > 0 ? maxBody : m_defaultMaxBody});
    parseLines(); // lines may already be waiting
}

void ReplyParser::feed(QByteArrayView bytes)
{
    if (m_error)
        return;
    m_buffer.append(bytes);
    parseLines();
}

ParseEvent ReplyParser::next()
{
    if (!m_ready.empty()) {
        ParseEvent event(std::in_place_type<Reply>, std::move(m_ready.front()));
        m_ready.pop_front();
        return event;
    }
    if (m_error)
        return *m_error;
    return NeedMore{};
}

void ReplyParser::parseLines()
{
    qsizetype pos = 0;
    while (!m_error) {
        const qsizetype newline = m_buffer.indexOf('\n', pos);
        if (newline < 0)
            break;
        if (m_expected.empty()) {
            fail(m_bufferOffset + pos, u"a reply arrived while no command was outstanding"_s);
            break;
        }
        handleLine(QByteArrayView(m_buffer).sliced(pos, newline - pos), m_bufferOffset + pos);
        pos = newline + 1;
    }
    if (m_error) {
        m_buffer.clear();
        return;
    }
    m_buffer.remove(0, pos);
    m_bufferOffset += pos;
    checkPartialLine();
}

// A line still missing its LF must not grow past the limit it will be judged by once whole;
// the check uses the same measure as handleLine so results do not depend on chunking.
void ReplyParser::checkPartialLine()
{
    if (m_buffer.isEmpty())
        return;
    if (m_state == State::Body) {
        // Never more than the line will add once whole (its CRLF counts as two octets).
        const bool maybeTerminator = m_buffer == "." || m_buffer == ".\r";
        if (!maybeTerminator &&
            m_current.body->size() + m_buffer.size() > m_expected.front().maxBody)
            fail(m_bufferOffset,
                 u"multi-line reply longer than %1 octets"_s.arg(m_expected.front().maxBody));
    } else if (m_buffer.size() > m_maxStatusLine) {
        fail(m_bufferOffset, u"status line longer than %1 octets"_s.arg(m_maxStatusLine));
    }
    if (m_error)
        m_buffer.clear();
}

void ReplyParser::handleLine(QByteArrayView raw, qint64 offset)
{
    if (m_state == State::Body) {
        handleBodyLine(raw, offset);
        return;
    }
    if (raw.size() > m_maxStatusLine) {
        fail(offset, u"status line longer than %1 octets"_s.arg(m_maxStatusLine));
        return;
    }
    handleStatusLine(raw.endsWith('\r') ? raw.chopped(1) : raw, offset);
}

void ReplyParser::handleStatusLine(QByteArrayView line, qint64 offset)
{
    std::optional<StatusLine> status = parseStatusLine(line);
    if (!status) {
        fail(offset, u"expected +OK or -ERR, got \"%1\""_s.arg(
                         QString::fromLatin1(line.first(qMin(line.size(), qsizetype(40))))));
        return;
    }
    m_current = Reply{std::move(*status), std::nullopt, false};
    // Only +OK opens a body; -ERR and a SASL "+ " step are always one line (RFC 1939 section 3).
    if (m_expected.front().kind == ReplyKind::MultiLine && m_current.status.ok()) {
        m_current.body = QByteArray();
        m_state = State::Body;
        return;
    }
    finishReply();
}

void ReplyParser::handleBodyLine(QByteArrayView raw, qint64 offset)
{
    QByteArray &body = *m_current.body;
    const bool crlf = raw.endsWith('\r');
    QByteArrayView line = crlf ? raw.chopped(1) : raw;
    if (!crlf)
        m_current.bareLineFeeds = true;
    if (line == ".") {
        finishReply();
        return;
    }
    // Byte-stuffing: a line that starts with "." had one more "." prepended (RFC 1939 section 3).
    if (line.startsWith('.'))
        line = line.sliced(1);
    if (body.size() + line.size() + 2 > m_expected.front().maxBody) {
        fail(offset, u"multi-line reply longer than %1 octets"_s.arg(m_expected.front().maxBody));
        return;
    }
    body.append(line);
    body.append("\r\n", 2);
}

void ReplyParser::finishReply()
{
    m_ready.push_back(std::move(m_current));
    m_current = Reply{};
    m_expected.pop_front();
    m_state = State::StatusLine;
}

void ReplyParser::fail(qint64 offset, QString what)
{
    m_error = ParseError{offset, std::move(what)};
}

} // namespace lb::pop3
