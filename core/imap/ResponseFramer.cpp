// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ResponseFramer.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::imap {

void ResponseFramer::feed(QByteArrayView bytes)
{
    if (!m_error)
        m_buffer.append(bytes);
}

ParseError ResponseFramer::fail(qsizetype bufferPos, QString what)
{
    m_error = ParseError{m_headOffset + (bufferPos - m_head), std::move(what)};
    m_buffer.clear();
    m_head = m_lineStart = m_scan = 0;
    return *m_error;
}

std::optional<qint64> ResponseFramer::literalAnnouncement(qsizetype lineStart, qsizetype crPos)
{
    qsizetype p = crPos - 1;
    if (p < lineStart || m_buffer[p] != '}')
        return std::nullopt;
    --p;
    if (p >= lineStart && m_buffer[p] == '+')
        --p;
    const qsizetype digitsEnd = p + 1;
    while (p >= lineStart && m_buffer[p] >= '0' && m_buffer[p] <= '9')
        --p;
    const qsizetype digitsStart = p + 1;
    if (p < lineStart || m_buffer[p] != '{' || digitsStart == digitsEnd)
        return std::nullopt;
    const qsizetype brace = p;
    // Sizes above the limit are refused before anything is allocated for them.
    qint64 size = 0;
    for (qsizetype i = digitsStart; i < digitsEnd; ++i) {
        size = size * 10 + (m_buffer[i] - '0');
        if (size > m_limits.maxLiteralBytes) {
            fail(brace, u"literal of %1 bytes exceeds the limit of %2 bytes"_s
                            .arg(QString::fromLatin1(
                                m_buffer.sliced(digitsStart, digitsEnd - digitsStart)))
                            .arg(m_limits.maxLiteralBytes));
            return std::nullopt;
        }
    }
    if (qint64(crPos + 2 - m_head) + size > m_limits.maxResponseBytes) {
        fail(brace, u"response exceeds the limit of %1 bytes"_s.arg(m_limits.maxResponseBytes));
        return std::nullopt;
    }
    return size;
}

ResponseFramer::Event ResponseFramer::next()
{
    if (m_error)
        return *m_error;
    for (;;) {
        if (m_literalLeft > 0) {
            const qint64 take = qMin<qint64>(m_literalLeft, m_buffer.size() - m_scan);
            m_scan += qsizetype(take);
            m_literalLeft -= take;
            if (m_literalLeft > 0)
                return NeedMore{};
            m_lineStart = m_scan;
        }
        const qsizetype lf = m_buffer.indexOf('\n', m_scan);
        const qsizetype lineEnd = lf < 0 ? m_buffer.size() : lf;
        if (lineEnd - m_lineStart > m_limits.maxLineBytes)
            return fail(m_lineStart + qsizetype(m_limits.maxLineBytes),
                        u"line longer than %1 bytes"_s.arg(m_limits.maxLineBytes));
        if (lf < 0) {
            m_scan = m_buffer.size();
            return NeedMore{};
        }
        if (lf == m_lineStart || m_buffer[lf - 1] != '\r')
            return fail(lf, u"line ends in LF without CR"_s);
        const auto literal = literalAnnouncement(m_lineStart, lf - 1);
        if (m_error)
            return *m_error;
        m_scan = lf + 1;
        m_lineStart = m_scan;
        if (literal) {
            m_literalLeft = *literal;
            continue;
        }
        Frame frame{m_buffer.sliced(m_head, m_scan - m_head), m_headOffset};
        m_headOffset += m_scan - m_head;
        m_head = m_scan;
        compact();
        return frame;
    }
}

// Drops returned frames from the front once they outweigh what is still pending, so the
// buffer never holds more than about twice the current response.
void ResponseFramer::compact()
{
    const bool allConsumed = m_head == m_buffer.size();
    if (!allConsumed && (m_head < 65536 || m_head * 2 < m_buffer.size()))
        return;
    m_buffer.remove(0, m_head);
    m_lineStart -= m_head;
    m_scan -= m_head;
    m_head = 0;
}

} // namespace lb::imap
