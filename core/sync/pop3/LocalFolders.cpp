// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/LocalFolders.h"

#include "store/Store.h"
#include "sync/pop3/FaultInjection.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::pop3 {

Result<FolderId> ensureLocalFolders(store::Store &store, AccountId account)
{
    using store::FolderRole;
    const std::array<std::pair<FolderRole, QString>, 4> wanted{{{FolderRole::Inbox, u"Inbox"_s},
                                                                {FolderRole::Sent, u"Sent"_s},
                                                                {FolderRole::Drafts, u"Drafts"_s},
                                                                {FolderRole::Trash, u"Trash"_s}}};
    auto existing = store.folders(account);
    if (!existing)
        return existing.error();
    FolderId inbox;
    for (const auto &[role, path] : wanted) {
        auto found = std::find_if(existing->begin(), existing->end(),
                                  [&](const store::FolderRecord &f) { return f.role == role; });
        if (found != existing->end()) {
            if (role == FolderRole::Inbox)
                inbox = found->id;
            continue;
        }
        store::FolderRecord folder;
        folder.account = account;
        folder.path = path;
        folder.delimiter = u'/';
        folder.role = role;
        auto id = store.upsertFolder(folder);
        if (!id)
            return id.error();
        faultStep();
        if (role == FolderRole::Inbox)
            inbox = *id;
    }
    return inbox;
}

} // namespace lb::sync::pop3
