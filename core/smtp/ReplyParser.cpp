// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/ReplyParser.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::smtp {

namespace {

// Reply codes are three digits: 2-5, 0-5, 0-9 (RFC 5321 section 4.2.1).
std::optional<int> parseCode(QByteArrayView line)
{
    if (line.size() < 3)
        return std::nullopt;
    const char a = line[0], b = line[1], c = line[2];
    if (a < '2' || a > '5' || b < '0' || b > '5' || c < '0' || c > '9')
        return std::nullopt;
    return (a - '0') * 100 + (b - '0') * 10 + (c - '0');
}

// Strips "x.y.z " from the text when its class matches the reply code (RFC 2034 section 4).
std::optional<EnhancedCode> takeEnhancedCode(QByteArrayView &text, int code)
{
    qsizetype end = text.indexOf(' ');
    if (end < 0)
        end = text.size();
    const auto enhanced = parseEnhancedCode(text.first(end));
    if (!enhanced || enhanced->klass != code / 100)
        return std::nullopt;
    text = text.sliced(end);
    while (!text.isEmpty() && text.front() == ' ')
        text = text.sliced(1);
    return enhanced;
}

QString quoted(QByteArrayView line)
{
    return QString::fromLatin1(line.first(qMin(line.size(), qsizetype(40))));
}

} // namespace

ReplyParser::ReplyParser(qsizetype maxLineLength, qsizetype maxLines)
    : m_maxLineLength(maxLineLength), m_maxLines(maxLines)
{}

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
        QByteArrayView line = QByteArrayView(m_buffer).sliced(pos, newline - pos);
        if (line.size() > m_maxLineLength) // measured with its CR, like the partial check
            fail(m_bufferOffset + pos, u"reply line longer than %1 octets"_s.arg(m_maxLineLength));
        else
            handleLine(line.endsWith('\r') ? line.chopped(1) : line, m_bufferOffset + pos);
        pos = newline + 1;
    }
    if (!m_error && m_buffer.size() - pos > m_maxLineLength)
        fail(m_bufferOffset + pos, u"reply line longer than %1 octets"_s.arg(m_maxLineLength));
    if (m_error) {
        m_buffer.clear();
        return;
    }
    m_buffer.remove(0, pos);
    m_bufferOffset += pos;
}

void ReplyParser::handleLine(QByteArrayView line, qint64 offset)
{
    const auto code = parseCode(line);
    if (!code) {
        fail(offset, u"expected a three-digit reply code, got \"%1\""_s.arg(quoted(line)));
        return;
    }
    // "ddd-" continues, "ddd " or a bare "ddd" ends the reply.
    const bool last = line.size() == 3 || line[3] == ' ';
    if (!last && line[3] != '-') {
        fail(offset,
             u"expected \" \" or \"-\" after the reply code, got \"%1\""_s.arg(quoted(line)));
        return;
    }
    if (m_current && m_current->code != *code) {
        fail(offset, u"reply line has code %1 but the reply began with %2"_s.arg(*code).arg(
                         m_current->code));
        return;
    }
    if (!m_current)
        m_current = Reply{*code, std::nullopt, {}};
    if (m_current->lines.size() >= m_maxLines) {
        fail(offset, u"reply has more than %1 lines"_s.arg(m_maxLines));
        return;
    }
    QByteArrayView text = line.size() > 4 ? line.sliced(4) : QByteArrayView();
    if (m_enhanced) {
        const auto enhanced = takeEnhancedCode(text, *code);
        if (m_current->lines.isEmpty())
            m_current->enhanced = enhanced;
    }
    m_current->lines.append(text.toByteArray());
    if (last) {
        m_ready.push_back(std::move(*m_current));
        m_current.reset();
    }
}

void ReplyParser::fail(qint64 offset, QString what)
{
    m_error = ParseError{offset, std::move(what)};
}

} // namespace lb::smtp
