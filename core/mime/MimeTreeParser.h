// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the MIME tree of an entity (RFC 2045/2046): header block, then multipart children,
// the encapsulated message of message/rfc822 (RFC 2046 5.2.1), or a decoded leaf body. Bounded
// by ParseLimits; every problem becomes a Defect with the part path ("1", "1.2", "1.2.1").
#pragma once

#include "mime/Message.h"
#include "mime/ParseLimits.h"

#include <QByteArrayView>

#include <vector>

namespace lb::mime {

class MimeTreeParser
{
public:
    MimeTreeParser(const ParseLimits &limits, std::vector<Defect> &defects)
        : m_limits(limits), m_defects(defects)
    {}

    // entity: the header block and body of a message or body part.
    void parse(Part &part, QByteArrayView entity, const QString &path, int depth = 0,
               bool inDigest = false);

private:
    void parseMultipart(Part &part, QByteArrayView body, const QString &path, int depth);
    void parseEncapsulated(Part &part, QByteArrayView body, const QString &path, int depth);
    void decodeLeaf(Part &part, QByteArrayView body, const QString &path);
    void demoteToText(Part &part, QByteArrayView body, const QString &path);
    void defect(const QString &path, const QString &what);

    const ParseLimits &m_limits;
    std::vector<Defect> &m_defects;
    int m_partCount = 0;
    bool m_partLimitReported = false;
};

} // namespace lb::mime
