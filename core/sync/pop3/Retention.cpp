// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/Retention.h"

namespace lb::sync::pop3 {

bool mayDeleteFromServer(const accounts::Pop3Options &options)
{
    return !options.leaveOnServer || options.deleteAfterDays.has_value() ||
           options.deleteWhenDeletedHere;
}

bool shouldDeleteFromServer(const store::PopSeenEntry &entry, LocalCopy local,
                            const accounts::Pop3Options &options, qint64 now)
{
    constexpr qint64 kSecondsPerDay = 24 * 60 * 60;
    if (local.exists && local.partial)
        return false;
    if (!options.leaveOnServer)
        return true;
    if (options.deleteAfterDays &&
        now - entry.firstSeen >= qint64(*options.deleteAfterDays) * kSecondsPerDay)
        return true;
    return options.deleteWhenDeletedHere && !local.exists;
}

} // namespace lb::sync::pop3
