// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/ReplyIdentity.h"

#include <algorithm>

namespace lb::mime {

bool ReplyIdentity::isOwnAddress(const QString &address) const
{
    const QString a = address.trimmed();
    if (a.isEmpty())
        return false;
    return a.compare(from.address.trimmed(), Qt::CaseInsensitive) == 0 ||
           std::any_of(ownAddresses.begin(), ownAddresses.end(), [&](const QString &own) {
               return own.trimmed().compare(a, Qt::CaseInsensitive) == 0;
           });
}

} // namespace lb::mime
