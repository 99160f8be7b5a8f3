// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace lb::mime::test {

QList<QByteArray> crlfLines(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype i = bytes.indexOf("\r\n"); i >= 0; i = bytes.indexOf("\r\n", start)) {
        lines.append(bytes.sliced(start, i - start));
        start = i + 2;
    }
    lines.append(bytes.sliced(start));
    return lines;
}

QByteArray unfold(const QByteArray &field)
{
    QByteArray out = field;
    out.replace("\r\n ", " ").replace("\r\n\t", "\t");
    if (out.endsWith("\r\n"))
        out.chop(2);
    return out;
}

namespace {

QByteArray decodeQ(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '_')
            out += ' ';
        else if (text[i] == '=' && i + 2 < text.size()) {
            out += QByteArray::fromHex(text.mid(i + 1, 2));
            i += 2;
        } else
            out += text[i];
    }
    return out;
}

} // namespace

QString decodeEncodedWords(const QByteArray &value)
{
    static const QRegularExpression word(u"=\\?UTF-8\\?([QB])\\?([^?]*)\\?="_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(value);
    QByteArray bytes; // the words' octets are joined before UTF-8 decoding
    qsizetype pos = 0;
    bool lastWasWord = false;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString between = text.mid(pos, m.capturedStart() - pos);
        if (!(lastWasWord && between.trimmed().isEmpty()))
            bytes += between.toLatin1();
        const QByteArray payload = m.captured(2).toLatin1();
        bytes += m.captured(1).compare(u"B"_s, Qt::CaseInsensitive) == 0
                     ? QByteArray::fromBase64(payload)
                     : decodeQ(payload);
        pos = m.capturedEnd();
        lastWasWord = true;
    }
    bytes += text.mid(pos).toLatin1();
    return QString::fromUtf8(bytes);
}

QByteArray headerBlock(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    return end < 0 ? bytes : bytes.first(end + 2);
}

QByteArray headerValue(const QByteArray &block, const QByteArray &name)
{
    const QByteArray unfolded = unfold(block);
    for (const QByteArray &line : unfolded.split('\n')) {
        const QByteArray clean = line.endsWith('\r') ? line.chopped(1) : line;
        if (clean.startsWith(name + ':'))
            return clean.sliced(name.size() + 1).trimmed();
    }
    return {};
}

QByteArray boundaryOf(const QByteArray &entity)
{
    const QByteArray type = headerValue(headerBlock(entity), "Content-Type");
    const qsizetype at = type.indexOf("boundary=\"");
    if (at < 0)
        return {};
    const qsizetype start = at + qstrlen("boundary=\"");
    return type.mid(start, type.indexOf('"', start) - start);
}

QByteArray bodyOf(const QByteArray &entity)
{
    const qsizetype end = entity.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : entity.sliced(end + 4);
}

QList<QByteArray> bodyParts(const QByteArray &entity)
{
    const QByteArray boundary = boundaryOf(entity);
    if (boundary.isEmpty())
        return {};
    const QByteArray body = "\r\n" + bodyOf(entity);
    const QByteArray delimiter = "\r\n--" + boundary;
    QList<QByteArray> parts;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        const qsizetype lineEnd = pos + delimiter.size();
        if (body.mid(lineEnd, 2) == "--")
            return parts;
        const qsizetype next = body.indexOf(delimiter, lineEnd);
        if (next < 0)
            return {};
        parts.append(body.mid(lineEnd + 2, next - lineEnd - 2));
        pos = next;
    }
    return {};
}

} // namespace lb::mime::test
