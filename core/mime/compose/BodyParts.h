// SPDX-License-Identifier: GPL-3.0-or-later
// The leaf entities of an outgoing message: text bodies and attachments.
#pragma once

#include "common/Result.h"
#include "mime/compose/MimeEntity.h"
#include "mime/compose/OutgoingMessage.h"

namespace lb::mime {

// text/<subtype> with charset us-ascii when the text is ASCII, else utf-8, and the
// transfer encoding encodeTextBody picks.
[[nodiscard]] MimeEntity textEntity(const QString &text, QByteArrayView subtype);

// An attachment: its type with a name parameter, Content-Disposition attachment (inline
// when it has a Content-ID) with filename and RFC 2231 filename* when needed, base64 (or
// 7bit/8bit for message/rfc822). Fails on a malformed type or Content-ID.
[[nodiscard]] Result<MimeEntity> attachmentEntity(const Attachment &attachment);

} // namespace lb::mime
