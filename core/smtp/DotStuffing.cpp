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

// Calls visit(line, lineEnd) for every line (without its line end), in order.
template <typename Visit> void forEachLine(QByteArrayView message, Visit visit)
{
    const char *p = message.data();
    const char *const end = p + message.size();
    LineBreakFinder finder(p, end);
    while (p < end) {
        const char *lineEnd = finder.next(p);
        visit(p, lineEnd);
        if (lineEnd == end)
            break;
        // CRLF is one line end; a CR or LF alone is one too.
        const bool crlf = *lineEnd == '\r' && lineEnd + 1 < end && lineEnd[1] == '\n';
        p = lineEnd + (crlf ? 2 : 1);
    }
}

} // namespace

QByteArray dotStuff(QByteArrayView message)
{
    if (message.isEmpty())
        return QByteArrayLiteral(".\r\n");
    // Two passes: measure, then write through a raw pointer. Appending line by line costs
    // several times more on messages made of short lines.
    qsizetype size = 3; // the final ".\r\n"
    forEachLine(message, [&](const char *line, const char *lineEnd) {
        size += (lineEnd - line) + 2 + (*line == '.' && line < lineEnd ? 1 : 0);
    });
    QByteArray out(size, Qt::Uninitialized);
    char *w = out.data();
    forEachLine(message, [&](const char *line, const char *lineEnd) {
        if (line < lineEnd && *line == '.')
            *w++ = '.';
        std::memcpy(w, line, size_t(lineEnd - line));
        w += lineEnd - line;
        *w++ = '\r';
        *w++ = '\n'; // also ends a last line that lacked its line end
    });
    std::memcpy(w, ".\r\n", 3);
    return out;
}

} // namespace lb::smtp
