// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/HeaderBlockParser.h"

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {
namespace {

struct Line
{
    qsizetype begin = 0;
    qsizetype contentEnd = 0; // without CR LF
    qsizetype next = 0;       // start of the following line
};

Line lineAt(QByteArrayView data, qsizetype pos)
{
    const char *base = data.data();
    const void *lf = std::memchr(base + pos, '\n', size_t(data.size() - pos));
    Line line;
    line.begin = pos;
    if (!lf) {
        line.contentEnd = line.next = data.size();
    } else {
        const qsizetype at = static_cast<const char *>(lf) - base;
        line.next = at + 1;
        line.contentEnd = (at > pos && base[at - 1] == '\r') ? at - 1 : at;
    }
    return line;
}

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// RFC 5322 3.6.8: field names are printable US-ASCII except colon. Returns the colon offset
// within the line, or -1 when the line is not a field (then the body has begun).
qsizetype fieldColon(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size()) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c == ':' || isWsp(char(c)))
            break;
        if (c < 33 || c > 126)
            return -1;
        ++i;
    }
    if (i == 0)
        return -1;
    qsizetype colon = i;
    while (colon < line.size() && isWsp(line[colon])) // obs-optional: "Name : value"
        ++colon;
    return (colon < line.size() && line[colon] == ':') ? colon : -1;
}

class Builder
{
public:
    Builder(HeaderBlock &out, const ParseLimits &limits) : m_out(out), m_limits(limits) {}

    void start(QByteArrayView name, QByteArrayView value)
    {
        flush();
        m_open = true;
        m_name = name.toByteArray();
        m_value = value.first(qMin(value.size(), m_limits.maxFieldBytes)).toByteArray();
        m_truncated = false;
        if (value.size() > m_limits.maxFieldBytes)
            reportCut();
    }
    bool isOpen() const { return m_open; }
    void continueWith(QByteArrayView text)
    {
        if (m_value.size() + text.size() > m_limits.maxFieldBytes) {
            reportCut();
            return;
        }
        m_value.append(text);
    }
    void flush()
    {
        if (!m_open)
            return;
        m_open = false;
        m_truncated = false;
        if (qsizetype(m_out.headers.fields().size()) >= m_limits.maxHeaderFields) {
            if (!m_overflowReported)
                m_out.defects.push_back(
                    u"more than %1 header fields, rest dropped"_s.arg(m_limits.maxHeaderFields));
            m_overflowReported = true;
            return;
        }
        m_out.headers.append(HeaderField{std::move(m_name), std::move(m_value)});
    }

private:
    void reportCut()
    {
        if (!m_truncated)
            m_out.defects.push_back(u"header field %1 longer than %2 bytes, cut"_s.arg(
                QString::fromLatin1(m_name), QString::number(m_limits.maxFieldBytes)));
        m_truncated = true;
    }

    HeaderBlock &m_out;
    const ParseLimits &m_limits;
    bool m_open = false;
    bool m_truncated = false;
    bool m_overflowReported = false;
    QByteArray m_name;
    QByteArray m_value;
};

qsizetype skipPrelude(QByteArrayView data, HeaderBlock &out)
{
    qsizetype pos = 0;
    if (data.startsWith("\xEF\xBB\xBF")) {
        out.defects.push_back(u"UTF-8 byte order mark before the header"_s);
        pos = 3;
    }
    if (data.sliced(pos).startsWith("From ")) // mbox envelope line, not a header field
        pos = lineAt(data, pos).next;
    return pos;
}

} // namespace

HeaderBlock parseHeaderBlockDetailed(QByteArrayView data, const ParseLimits &limits)
{
    HeaderBlock out;
    Builder builder(out, limits);
    qsizetype pos = skipPrelude(data, out);
    bool longLineReported = false;
    while (pos < data.size()) {
        const Line line = lineAt(data, pos);
        const QByteArrayView text = data.sliced(line.begin, line.contentEnd - line.begin);
        if (text.size() > limits.maxLineLength && !longLineReported) {
            out.defects.push_back(
                u"header line longer than %1 octets at offset %2"_s.arg(limits.maxLineLength)
                    .arg(line.begin));
            longLineReported = true;
        }
        if (text.isEmpty()) {
            builder.flush();
            out.bodyOffset = line.next;
            return out;
        }
        if (isWsp(text[0])) { // RFC 5322 2.2.3 folding; a whitespace-only line is obs-FWS
            if (builder.isOpen())
                builder.continueWith(text);
            else
                out.defects.push_back(
                    u"continuation line without a field at offset %1"_s.arg(line.begin));
            pos = line.next;
            continue;
        }
        if (text.startsWith("From ")) {
            out.defects.push_back(u"misplaced mbox From line at offset %1"_s.arg(line.begin));
            pos = line.next;
            continue;
        }
        const qsizetype colon = fieldColon(text);
        if (colon < 0) {
            out.defects.push_back(
                u"no blank line between header and body at offset %1"_s.arg(line.begin));
            builder.flush();
            out.bodyOffset = line.begin;
            return out;
        }
        qsizetype nameEnd = colon;
        while (nameEnd > 0 && isWsp(text[nameEnd - 1]))
            --nameEnd;
        qsizetype valueStart = colon + 1;
        while (valueStart < text.size() && isWsp(text[valueStart]))
            ++valueStart;
        builder.start(text.first(nameEnd), text.sliced(valueStart));
        pos = line.next;
    }
    builder.flush();
    out.bodyOffset = data.size();
    return out;
}

Headers parseHeaderBlock(QByteArrayView data)
{
    return parseHeaderBlockDetailed(data).headers;
}

} // namespace lb::mime
