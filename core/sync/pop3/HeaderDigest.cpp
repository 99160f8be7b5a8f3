// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/HeaderDigest.h"

#include <QCryptographicHash>

namespace lb::sync::pop3 {

namespace {

bool isVolatile(QByteArrayView field)
{
    const qsizetype colon = field.indexOf(':');
    const QByteArray name =
        (colon < 0 ? field : field.first(colon)).toByteArray().trimmed().toLower();
    return name == "status" || name == "x-status" || name == "x-uidl" || name == "x-keywords" ||
           name == "content-length" || name == "lines" || name.startsWith("x-mozilla-");
}

} // namespace

QString headerDigest(QByteArrayView headerBlock)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray field;
    auto flush = [&] {
        if (!field.isEmpty() && !isVolatile(field)) {
            hash.addData(field.simplified());
            hash.addData("\n");
        }
        field.clear();
    };
    qsizetype start = 0;
    while (start < headerBlock.size()) {
        qsizetype end = headerBlock.indexOf('\n', start);
        if (end < 0)
            end = headerBlock.size();
        QByteArrayView line = headerBlock.sliced(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // end of the header block (RFC 5322 section 2.1)
        if (line.front() == ' ' || line.front() == '\t') {
            field.append(' ').append(line); // a folded continuation (RFC 5322 section 2.2.3)
            continue;
        }
        flush();
        field = line.toByteArray();
    }
    flush();
    return QStringLiteral("hdr:") + QString::fromLatin1(hash.result().toHex().left(40));
}

} // namespace lb::sync::pop3
