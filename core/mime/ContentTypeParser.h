// SPDX-License-Identifier: GPL-3.0-or-later
// Content-Type (RFC 2045 5), Content-Disposition (RFC 2183) and the interpretation of a part's
// MIME header fields into the Part model.
#pragma once

#include "mime/Message.h"

#include <QByteArrayView>

#include <optional>

namespace lb::mime {

// A value without a valid "type/subtype" yields fallback (text/plain, or message/rfc822 inside
// multipart/digest) with the parameters still read; wasValid tells which happened.
struct ParsedContentType
{
    ContentType type;
    bool wasValid = true;
};

[[nodiscard]] ParsedContentType parseContentType(QByteArrayView value,
                                                 const ContentType &fallback = {});

struct ContentDisposition
{
    QByteArray type; // lower case: "inline", "attachment", other
    std::vector<Parameter> params;
};

[[nodiscard]] ContentDisposition parseContentDisposition(QByteArrayView value);

// Fills contentType, encoding, disposition, filename and contentId of part from its headers.
// Returns false when Content-Type was present but not understood.
bool interpretPartHeaders(Part &part, bool inDigest);

} // namespace lb::mime
