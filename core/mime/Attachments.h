// SPDX-License-Identifier: GPL-3.0-or-later
// The files a message carries, for the reader's attachment bar and the store's has-attachment
// flag. A part is an attachment when its disposition is "attachment", or it has no disposition
// but a file name (RFC 2183); inline parts with a file name are listed with isInline set.
// Parts inside an encapsulated message belong to that message and are not listed; the
// encapsulated message itself is, when it qualifies.
#pragma once

#include "mime/Message.h"

#include <QString>

#include <vector>

namespace lb::mime {

struct AttachmentInfo
{
    QString filename;     // may be empty (e.g. a forwarded message without a name)
    QByteArray mimeType;  // lower case type/subtype
    qsizetype size = 0;   // decoded bytes
    QString partPath;     // "1.2", see PartPath.h
    QByteArray contentId; // without angle brackets
    bool isInline = false;
};

[[nodiscard]] std::vector<AttachmentInfo> attachments(const Message &message);

// The number of entries of attachments() that are not inline.
[[nodiscard]] int attachmentCount(const Message &message);

} // namespace lb::mime
