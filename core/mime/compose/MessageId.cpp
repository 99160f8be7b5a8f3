// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/MessageId.h"

#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cctype>

namespace lb::mime {

namespace {
constexpr qsizetype kMaxIdLength = 250; // well inside one 998-octet line with its field name
}

QByteArray generateMessageId(const QString &senderAddress)
{
    const qsizetype at = senderAddress.lastIndexOf(u'@');
    QByteArray domain;
    if (at >= 0 && !senderAddress.sliced(at + 1).startsWith(u'['))
        domain = QUrl::toAce(senderAddress.sliced(at + 1).trimmed());
    const bool usable = !domain.isEmpty() && std::all_of(domain.begin(), domain.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.';
    });
    if (!usable)
        domain = "letterbox.invalid";
    return '<' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + domain + '>';
}

std::optional<QByteArray> normaliseMessageId(QByteArrayView id)
{
    QByteArray inner = id.trimmed().toByteArray();
    if (inner.startsWith('<') && inner.endsWith('>') && inner.size() >= 2)
        inner = inner.sliced(1, inner.size() - 2);
    if (inner.isEmpty() || inner.size() > kMaxIdLength)
        return std::nullopt;
    for (char c : inner) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F || c == '<' || c == '>')
            return std::nullopt;
    }
    return '<' + inner + '>';
}

} // namespace lb::mime
