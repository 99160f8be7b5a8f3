// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/QuotedPrintableEncoder.h"

#include <QList>

namespace lb::mime {

namespace {

constexpr qsizetype kMaxLine = 76; // RFC 2045 6.7 rule 5, counting the soft-break "="

bool isLiteral(char c)
{
    // RFC 2045 6.7 rules 2 and 3: printable ASCII except "=", plus space and tab.
    const auto u = static_cast<unsigned char>(c);
    return (u >= 33 && u <= 126 && c != '=') || c == ' ' || c == '\t';
}

QByteArray escaped(char c)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const auto u = static_cast<unsigned char>(c);
    return (QByteArray(1, '=') + hex[u >> 4] + hex[u & 0xF]);
}

// The encoded form of line[i], given whether it opens a physical output line.
QByteArray token(QByteArrayView line, qsizetype i, bool atLineStart)
{
    const char c = line[i];
    const bool last = i + 1 == line.size();
    if (!isLiteral(c) || (last && (c == ' ' || c == '\t')))
        return escaped(c);
    if (atLineStart && (c == '.' || (c == 'F' && line.sliced(i).startsWith("From "))))
        return escaped(c);
    return QByteArray(1, c);
}

void encodeLine(QByteArrayView line, QByteArray &out)
{
    qsizetype width = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        QByteArray t = token(line, i, width == 0);
        const bool last = i + 1 == line.size();
        // A soft break needs one column for its "="; the last token may use it.
        const qsizetype limit = last ? kMaxLine : kMaxLine - 1;
        if (width + t.size() > limit) {
            out += "=\r\n";
            width = 0;
            t = token(line, i, true);
        }
        out += t;
        width += t.size();
    }
}

QList<QByteArrayView> splitLines(QByteArrayView text)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\r' && text[i] != '\n')
            continue;
        lines.append(text.sliced(start, i - start));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    lines.append(text.sliced(start));
    return lines;
}

} // namespace

QByteArray encodeQuotedPrintable(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 8);
    const QList<QByteArrayView> lines = splitLines(text);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        if (n > 0)
            out += "\r\n";
        encodeLine(lines[n], out);
    }
    return out;
}

} // namespace lb::mime
