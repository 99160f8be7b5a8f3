// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/ContentTypeParser.h"

#include "mime/Rfc2231.h"
#include "mime/TransferDecoding.h"

namespace lb::mime {
namespace {

// RFC 2045 5.1 token: no controls, spaces or tspecials.
bool isToken(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (const char c : v) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || QByteArrayView("()<>@,;:\\\"/[]?=").contains(c))
            return false;
    }
    return true;
}

qsizetype firstSemicolon(QByteArrayView v)
{
    bool quoted = false;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '"')
            quoted = !quoted;
        else if (v[i] == ';' && !quoted)
            return i;
    }
    return -1;
}

// Comments are allowed around the type (RFC 2045 5.1 refers to RFC 822 lexing).
QByteArray withoutComments(QByteArrayView v)
{
    QByteArray out;
    int depth = 0;
    for (const char c : v) {
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0 && c != ' ' && c != '\t' && c != '\r' && c != '\n')
            out.append(c);
    }
    return out;
}

} // namespace

ParsedContentType parseContentType(QByteArrayView value, const ContentType &fallback)
{
    ParsedContentType result;
    const qsizetype semi = firstSemicolon(value);
    const QByteArray head = withoutComments(semi < 0 ? value : value.first(semi)).toLower();
    const qsizetype slash = head.indexOf('/');
    if (slash > 0 && isToken(head.first(slash)) && isToken(head.sliced(slash + 1))) {
        result.type.type = head.first(slash);
        result.type.subtype = head.sliced(slash + 1);
    } else {
        result.type.type = fallback.type;
        result.type.subtype = fallback.subtype;
        result.wasValid = false;
    }
    if (semi >= 0)
        result.type.params = parseParameters(value.sliced(semi + 1));
    return result;
}

ContentDisposition parseContentDisposition(QByteArrayView value)
{
    ContentDisposition d;
    const qsizetype semi = firstSemicolon(value);
    d.type = withoutComments(semi < 0 ? value : value.first(semi)).toLower();
    if (semi >= 0)
        d.params = parseParameters(value.sliced(semi + 1));
    return d;
}

bool interpretPartHeaders(Part &part, bool inDigest)
{
    ContentType fallback;
    if (inDigest) { // RFC 2046 5.1.5
        fallback.type = "message";
        fallback.subtype = "rfc822";
    }
    bool valid = true;
    if (const auto ct = part.headers.first("Content-Type")) {
        ParsedContentType parsed = parseContentType(*ct, fallback);
        valid = parsed.wasValid;
        part.contentType = std::move(parsed.type);
    } else {
        part.contentType = fallback;
    }
    if (const auto cte = part.headers.first("Content-Transfer-Encoding"))
        part.encoding = parseTransferEncoding(*cte);
    QString filename;
    if (const auto cd = part.headers.first("Content-Disposition")) {
        ContentDisposition disposition = parseContentDisposition(*cd);
        part.disposition = std::move(disposition.type);
        for (const Parameter &p : disposition.params) {
            if (p.name == "filename")
                filename = p.value;
        }
    }
    if (filename.isNull())
        filename = part.contentType.param("name").value_or(QString());
    part.filename = filename;
    if (const auto id = part.headers.first("Content-ID")) {
        QByteArray cid = id->trimmed();
        if (cid.startsWith('<') && cid.endsWith('>'))
            cid = cid.sliced(1, cid.size() - 2);
        part.contentId = cid.trimmed();
    }
    return valid;
}

} // namespace lb::mime
