// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/DotStuffing.h"

#include <cstring>

namespace lb::smtp {

namespace {

// Finds line breaks with memchr while remembering the next CR and next LF, so each byte is
// scanned once even in messages that use only one of the two.
class LineBreakFinder
{
public:
    LineBreakFinder(const char *begin, const char *end) : m_end(end)
    {
        m_cr = find(begin, '\r');
        m_lf = find(begin, '\n');
    }

    // The first CR or LF at or after `from`, or the end of the message.
    const char *next(const char *from)
    {
        if (m_cr < from)
            m_cr = find(from, '\r');
        if (m_lf < from)
            m_lf = find(from, '\n');
        return m_cr < m_lf ? m_cr : m_lf;
    }

private:
    const char *find(const char *from, char c) const
    {
        const void *hit = std::memchr(from, c, size_t(m_end - from));
        return hit ? static_cast<const char *>(hit) : m_end;
    }

    const char *m_end;
    const char *m_cr;
    const char *m_lf;
};

} // namespace

QByteArray dotStuff(QByteArrayView message)
{
    if (message.isEmpty())
        return QByteArrayLiteral(".\r\n");
    QByteArray out;
    // Room for a few stuffed dots and converted line ends; append() grows if there are more.
    out.reserve(message.size() + message.size() / 32 + 8);
    const char *p = message.data();
    const char *const end = p + message.size();
    LineBreakFinder finder(p, end);
    while (p < end) {
        if (*p == '.')
            out.append('.');
        const char *lineEnd = finder.next(p);
        out.append(p, lineEnd - p);
        out.append("\r\n", 2); // also ends a last line that lacked its line end
        if (lineEnd == end)
            break;
        // CRLF is one line end; a CR or LF alone is one too.
        const bool crlf = *lineEnd == '\r' && lineEnd + 1 < end && lineEnd[1] == '\n';
        p = lineEnd + (crlf ? 2 : 1);
    }
    out.append(".\r\n", 3);
    return out;
}

} // namespace lb::smtp
