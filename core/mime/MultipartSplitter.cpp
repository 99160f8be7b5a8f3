// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/MultipartSplitter.h"

#include <cctype>
#include <cstring>

namespace lb::mime {
namespace {

enum class Delimiter
{
    None,
    Part,
    Close
};

struct DelimiterLine
{
    Delimiter kind = Delimiter::None;
    qsizetype begin = 0; // start of the "--boundary" line
    qsizetype next = 0;  // start of the line after it
};

// RFC 2046 5.1.1 bchars: a boundary followed by one of these is a longer, different boundary.
bool isBoundaryChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) ||
           QByteArrayView("'()+_,-./:=?").contains(c);
}

// Checks the line at pos: "--" boundary ["--"], then the end of the line or anything that
// cannot continue a boundary ("it is sufficient that the boundary appear in its entirety
// following the CRLF", RFC 2046 5.1.1), so boundaries that prefix each other stay apart.
Delimiter classify(QByteArrayView body, qsizetype pos, QByteArrayView boundary, qsizetype &next)
{
    const qsizetype n = boundary.size();
    if (body.size() - pos < n + 2 || body[pos] != '-' || body[pos + 1] != '-' ||
        std::memcmp(body.data() + pos + 2, boundary.data(), size_t(n)) != 0)
        return Delimiter::None;
    qsizetype i = pos + 2 + n;
    Delimiter kind = Delimiter::Part;
    if (i + 1 < body.size() && body[i] == '-' && body[i + 1] == '-') {
        kind = Delimiter::Close;
        i += 2;
    }
    if (i < body.size() && isBoundaryChar(body[i]))
        return Delimiter::None;
    const void *lf = std::memchr(body.data() + i, '\n', size_t(body.size() - i));
    next = lf ? static_cast<const char *>(lf) - body.data() + 1 : body.size();
    return kind;
}

DelimiterLine findDelimiter(QByteArrayView body, qsizetype from, QByteArrayView boundary)
{
    DelimiterLine line;
    qsizetype pos = from;
    if (pos == 0) {
        line.kind = classify(body, 0, boundary, line.next);
        if (line.kind != Delimiter::None)
            return line;
    }
    while (true) {
        const qsizetype from = qMax<qsizetype>(pos - 1, 0);
        const void *hit = memmem(body.data() + from, size_t(body.size() - from), "\n--", 3);
        if (!hit)
            return DelimiterLine{Delimiter::None, body.size(), body.size()};
        const qsizetype at = static_cast<const char *>(hit) - body.data();
        line.begin = at + 1;
        line.kind = classify(body, line.begin, boundary, line.next);
        if (line.kind != Delimiter::None)
            return line;
        pos = at + 2;
    }
}

// The line break before a delimiter belongs to the delimiter.
qsizetype contentEnd(QByteArrayView body, qsizetype start, qsizetype delimiterBegin)
{
    qsizetype end = delimiterBegin;
    if (end > start && body[end - 1] == '\n')
        --end;
    if (end > start && body[end - 1] == '\r')
        --end;
    return end;
}

} // namespace

MultipartSplit splitMultipart(QByteArrayView body, QByteArrayView boundary)
{
    MultipartSplit split;
    if (boundary.isEmpty())
        return split;
    DelimiterLine line = findDelimiter(body, 0, boundary);
    if (line.kind != Delimiter::Part) { // no start; a lone close delimiter opens nothing
        split.preamble = body;
        return split;
    }
    split.foundStart = true;
    split.preamble = body.first(contentEnd(body, 0, line.begin));
    while (line.kind == Delimiter::Part) {
        const qsizetype start = line.next;
        const DelimiterLine following = findDelimiter(body, start, boundary);
        if (following.kind == Delimiter::None) { // no close delimiter: the part runs to the end
            split.parts.push_back(body.sliced(start, contentEnd(body, start, body.size()) - start));
            return split;
        }
        const qsizetype end = contentEnd(body, start, following.begin);
        if (following.begin > start) // two delimiter lines in a row enclose no part (mailer bug)
            split.parts.push_back(body.sliced(start, end - start));
        else
            ++split.emptyParts;
        line = following;
    }
    split.foundClose = true;
    split.epilogue = body.sliced(line.next);
    return split;
}

} // namespace lb::mime
