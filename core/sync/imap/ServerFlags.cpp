// SPDX-License-Identifier: GPL-3.0-or-later
// Applying the server's flags to the cache, counting real changes.
#include "sync/imap/FlagMapping.h"
#include "sync/imap/FolderPass.h"

#include <QHash>

namespace lb::sync::imap {

Result<CachedFlags> cachedFlags(FolderPass &pass)
{
    Result<std::vector<store::FlagUpdate>> cached = pass.ctx.store.flagStates(pass.folder.id);
    if (!cached)
        return cached.error();
    CachedFlags current;
    current.reserve(qsizetype(cached->size()));
    for (const store::FlagUpdate &row : *cached)
        current.insert(row.uid.value, StoredFlags{row.flags, row.keywords});
    return current;
}

Result<void> applyServerFlags(FolderPass &pass, const QList<lb::imap::FetchData> &fetched)
{
    if (fetched.isEmpty())
        return Ok{};
    Result<CachedFlags> current = cachedFlags(pass);
    if (!current)
        return current.error();
    return applyServerFlags(pass, fetched, *current);
}

Result<void> applyServerFlags(FolderPass &pass, const QList<lb::imap::FetchData> &fetched,
                              const CachedFlags &current)
{
    if (fetched.isEmpty())
        return Ok{};
    std::vector<store::FlagUpdate> updates;
    for (const lb::imap::FetchData &fetch : fetched) {
        if (!fetch.uid || !fetch.flags)
            continue;
        const auto it = current.constFind(fetch.uid->value);
        if (it == current.constEnd())
            continue; // not cached (yet): its headers bring the flags
        const StoredFlags server = storedFlags(*fetch.flags);
        if (server == *it)
            continue;
        updates.push_back(store::FlagUpdate{*fetch.uid, server.flags, server.keywords});
    }
    if (updates.empty())
        return Ok{};
    if (Result<void> applied = pass.ctx.store.applyFlags(pass.folder.id, updates); !applied)
        return applied;
    pass.ctx.report.flagChanges += qint64(updates.size());
    return Ok{};
}

} // namespace lb::sync::imap
