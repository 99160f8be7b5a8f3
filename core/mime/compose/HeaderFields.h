// SPDX-License-Identifier: GPL-3.0-or-later
// The message header of an outgoing message (RFC 5322 3.6), up to and including
// MIME-Version; the Content-* fields come with the body's entity.
#pragma once

#include "common/Result.h"
#include "mime/compose/OutgoingMessage.h"

#include <QByteArray>

namespace lb::mime {

struct ComposedHeader
{
    QByteArray fields;    // folded fields, each ending in CRLF
    QByteArray messageId; // the Message-ID written, with brackets
};

// Date, From, Reply-To, To, Cc, Subject, Message-ID, In-Reply-To, References, User-Agent,
// the extra headers, MIME-Version. Never Bcc. When only Bcc recipients exist, To is the
// empty group "undisclosed-recipients:;" (RFC 5322 A.1.3).
[[nodiscard]] Result<ComposedHeader> messageHeader(const OutgoingMessage &message);

// True for names the composer writes itself (From, Subject, Content-*, ...), which an extra
// header may not repeat; and for names that are not RFC 5322 3.6.8 field names.
[[nodiscard]] bool isForbiddenExtraHeader(QByteArrayView name);

} // namespace lb::mime
