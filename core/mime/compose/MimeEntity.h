// SPDX-License-Identifier: GPL-3.0-or-later
// A MIME entity on its way out: header fields and an encoded body, or child entities under a
// multipart type. Serialising picks each boundary once the children's bytes are known.
#pragma once

#include "mime/compose/Boundary.h"

#include <QByteArray>
#include <QList>

#include <vector>

namespace lb::mime {

struct MimeEntity
{
    QByteArray mimeType;              // "text/plain", "multipart/mixed", ...
    QList<QByteArray> typeParameters; // tokens such as charset=utf-8; no boundary
    QList<QByteArray> fields;         // other folded fields, each ending in CRLF
    QByteArray body;                  // leaves: the encoded body
    std::vector<MimeEntity> children; // multiparts: the body parts, in order

    [[nodiscard]] bool isMultipart() const { return mimeType.startsWith("multipart/"); }
};

// "leadingFields" (the message header for the root, else empty) + Content-Type + fields +
// CRLF + body. Multipart bodies are "--boundary" delimited (RFC 2046 5.1.1) with a
// boundary found in none of the children. No CRLF is added after the body: in a multipart
// the CRLF before the next delimiter belongs to that delimiter.
[[nodiscard]] QByteArray serialiseEntity(const MimeEntity &entity,
                                         QByteArrayView leadingFields = {},
                                         const BoundarySource &boundaries = randomBoundary);

} // namespace lb::mime
