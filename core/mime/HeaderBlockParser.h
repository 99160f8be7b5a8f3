// SPDX-License-Identifier: GPL-3.0-or-later
// Splits an RFC 5322 header block into fields (RFC 5322 2.2): unfolds continuation lines, accepts
// the obsolete "Name : value" form (4.5), skips a UTF-8 BOM and an mbox "From " line at the start
// and stops at the first line that cannot be a header even without the blank separator line.
#pragma once

#include "mime/Message.h"
#include "mime/ParseLimits.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace lb::mime {

struct HeaderBlock
{
    Headers headers;
    qsizetype bodyOffset = 0;     // where the body starts in the input
    std::vector<QString> defects; // problems found, in input order (with byte offsets)
};

[[nodiscard]] HeaderBlock parseHeaderBlockDetailed(QByteArrayView data,
                                                   const ParseLimits &limits = {});

// For IMAP BODY[HEADER] fetches and similar: just the fields.
[[nodiscard]] Headers parseHeaderBlock(QByteArrayView data);

} // namespace lb::mime
