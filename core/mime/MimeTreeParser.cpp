// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/MimeTreeParser.h"

#include "mime/ContentTypeParser.h"
#include "mime/HeaderBlockParser.h"
#include "mime/MultipartSplitter.h"
#include "mime/TransferDecoding.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {

void MimeTreeParser::defect(const QString &path, const QString &what)
{
    m_defects.push_back(Defect{path, what});
}

void MimeTreeParser::parse(Part &part, QByteArrayView entity, const QString &path, int depth,
                           bool inDigest)
{
    ++m_partCount;
    HeaderBlock block = parseHeaderBlockDetailed(entity, m_limits);
    for (QString &what : block.defects)
        defect(path, std::move(what));
    part.headers = std::move(block.headers);
    if (!interpretPartHeaders(part, inDigest))
        defect(path, u"Content-Type not understood, taken as %1"_s.arg(
                         QString::fromLatin1(part.contentType.mimeType())));
    const QByteArrayView body = entity.sliced(block.bodyOffset);
    const bool tooDeep = depth >= m_limits.maxDepth;
    if ((part.isMultipart() || part.isEncapsulatedMessage()) && tooDeep) {
        defect(path, u"nesting deeper than %1 levels, kept as one part"_s.arg(m_limits.maxDepth));
        part.body = body.toByteArray();
        return;
    }
    if (part.isMultipart())
        parseMultipart(part, body, path, depth);
    else if (part.isEncapsulatedMessage())
        parseEncapsulated(part, body, path, depth);
    else
        decodeLeaf(part, body, path);
}

void MimeTreeParser::parseMultipart(Part &part, QByteArrayView body, const QString &path, int depth)
{
    const QString boundary = part.contentType.param("boundary").value_or(QString());
    if (boundary.isEmpty()) {
        defect(path, u"multipart without boundary parameter"_s);
        demoteToText(part, body, path);
        return;
    }
    const QByteArray boundaryBytes = boundary.toUtf8();
    const MultipartSplit split = splitMultipart(body, boundaryBytes);
    if (!split.foundStart) {
        defect(path, u"multipart boundary never found"_s);
        demoteToText(part, body, path);
        return;
    }
    if (!split.foundClose)
        defect(path, u"multipart close boundary missing"_s);
    if (split.emptyParts > 0)
        defect(path, u"%1 empty body parts skipped"_s.arg(split.emptyParts));
    const bool digest = part.contentType.subtype == "digest";
    part.children.reserve(split.parts.size());
    for (const QByteArrayView child : split.parts) {
        if (m_partCount >= m_limits.maxParts) {
            if (!m_partLimitReported)
                defect(path, u"more than %1 parts, rest dropped"_s.arg(m_limits.maxParts));
            m_partLimitReported = true;
            return;
        }
        const QString childPath = path + u'.' + QString::number(part.children.size() + 1);
        part.children.emplace_back();
        parse(part.children.back(), child, childPath, depth + 1, digest);
    }
}

void MimeTreeParser::parseEncapsulated(Part &part, QByteArrayView body, const QString &path,
                                       int depth)
{
    // RFC 2046 5.2.1 allows only 7bit, 8bit and binary here, but encoded ones occur.
    QByteArray decoded;
    if (part.encoding == TransferEncoding::Base64 ||
        part.encoding == TransferEncoding::QuotedPrintable) {
        defect(path, u"encapsulated message with a transfer encoding"_s);
        decoded = decodeTransfer(body, part.encoding).data;
        body = decoded;
    }
    part.body = decoded.isNull() ? body.toByteArray() : decoded; // to save it as a .eml file
    part.children.emplace_back();
    parse(part.children.back(), part.body, path + u".1"_s, depth + 1, false);
}

void MimeTreeParser::decodeLeaf(Part &part, QByteArrayView body, const QString &path)
{
    if (part.encoding == TransferEncoding::Unknown)
        defect(path, u"unknown Content-Transfer-Encoding, body kept as is"_s);
    DecodeResult decoded = decodeTransfer(body, part.encoding);
    if (decoded.hadGarbage)
        defect(path, u"malformed transfer encoding, decoded what was readable"_s);
    part.body = std::move(decoded.data);
}

// A multipart we cannot split is shown as text, so that nothing in it is hidden.
void MimeTreeParser::demoteToText(Part &part, QByteArrayView body, const QString &path)
{
    part.contentType.type = "text";
    part.contentType.subtype = "plain";
    decodeLeaf(part, body, path);
}

} // namespace lb::mime
