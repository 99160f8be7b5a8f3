// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/Message.h"

namespace lb::mime {

std::optional<QByteArray> Headers::first(QByteArrayView name) const
{
    for (const HeaderField &field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return field.rawValue;
    }
    return std::nullopt;
}

QList<QByteArray> Headers::all(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const HeaderField &field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            values.append(field.rawValue);
    }
    return values;
}

std::optional<QString> ContentType::param(QByteArrayView name) const
{
    for (const Parameter &p : params) {
        if (p.name == name)
            return p.value;
    }
    return std::nullopt;
}

bool Part::isEncapsulatedMessage() const
{
    return contentType.type == "message" &&
           (contentType.subtype == "rfc822" || contentType.subtype == "global" ||
            contentType.subtype == "news");
}

bool Part::isAttachment() const
{
    if (disposition == "attachment")
        return true;
    return disposition.isEmpty() && !filename.isEmpty();
}

} // namespace lb::mime
