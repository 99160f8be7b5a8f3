// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/TextExtraction.h"

#include "mime/Charsets.h"
#include "mime/PartPath.h"

namespace lb::mime {
namespace {

std::optional<TextPartRef> firstTextLeaf(const Message &message, QByteArrayView subtype)
{
    std::optional<TextPartRef> found;
    walkParts(message, [&](const Part &part, const QString &path, int) {
        if (part.isLeaf() && part.contentType.type == "text" &&
            part.contentType.subtype == subtype && !part.isAttachment()) {
            found = TextPartRef{&part, path};
            return false;
        }
        return true;
    });
    return found;
}

} // namespace

QString partText(const Part &part)
{
    const QByteArray charset = part.contentType.param("charset").value_or(QString()).toLatin1();
    return decodeCharset(part.body, charset);
}

std::optional<TextPartRef> firstPlainTextPart(const Message &message)
{
    return firstTextLeaf(message, "plain");
}

std::optional<TextPartRef> firstHtmlPart(const Message &message)
{
    return firstTextLeaf(message, "html");
}

QString readableText(const Message &message)
{
    if (const auto plain = firstPlainTextPart(message))
        return partText(*plain->part);
    if (const auto html = firstHtmlPart(message))
        return htmlToText(partText(*html->part));
    return {};
}

} // namespace lb::mime
