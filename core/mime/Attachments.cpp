// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/Attachments.h"

#include "mime/PartPath.h"

namespace lb::mime {

std::vector<AttachmentInfo> attachments(const Message &message)
{
    std::vector<AttachmentInfo> out;
    walkParts(message, [&](const Part &part, const QString &path, int inside) {
        if (inside > 0 || part.isMultipart())
            return true;
        const bool attached = part.isAttachment();
        const bool inlineFile = part.disposition == "inline" && !part.filename.isEmpty();
        if (attached || inlineFile) {
            out.push_back(AttachmentInfo{part.filename, part.contentType.mimeType(),
                                         part.body.size(), path, part.contentId, !attached});
        }
        return true;
    });
    return out;
}

int attachmentCount(const Message &message)
{
    int count = 0;
    for (const AttachmentInfo &a : attachments(message))
        count += a.isInline ? 0 : 1;
    return count;
}

} // namespace lb::mime
