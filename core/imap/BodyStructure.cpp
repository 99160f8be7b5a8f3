// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/BodyStructure.h"

namespace lb::imap {

std::optional<QByteArray> BodyPart::param(QByteArrayView name) const
{
    for (const auto &p : params) {
        if (QByteArrayView(p.first).compare(name, Qt::CaseInsensitive) == 0)
            return p.second;
    }
    return std::nullopt;
}

namespace {

// Section numbers (RFC 9051 section 6.4.5): in the body of a message, the parts of a
// multipart are 1..n and a single-part body is part 1. Below a message/rfc822 part the
// numbers continue in the embedded message's body; below a multipart, in its children.
const BodyPart *resolve(const BodyPart &body, QByteArrayView section)
{
    const qsizetype dot = section.indexOf('.');
    bool ok = false;
    const int n = (dot < 0 ? section : section.first(dot)).toInt(&ok);
    if (!ok || n < 1)
        return nullptr;
    const BodyPart *part = nullptr;
    if (body.isMultipart() && std::size_t(n) <= body.children.size())
        part = &body.children[std::size_t(n) - 1];
    else if (!body.isMultipart() && n == 1)
        part = &body;
    if (!part || dot < 0)
        return part;
    const QByteArrayView rest = section.sliced(dot + 1);
    if (part->isMessage() && !part->children.empty())
        return resolve(part->children.front(), rest);
    if (part->isMultipart() && part != &body)
        return resolve(*part, rest);
    return nullptr;
}

} // namespace

const BodyPart *BodyPart::partAt(QByteArrayView section) const
{
    if (section.isEmpty())
        return this;
    return resolve(*this, section);
}

} // namespace lb::imap
