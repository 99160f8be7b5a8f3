// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/imap/FolderListSync.h"

#include "sync/LocalFolderPaths.h"
#include "sync/imap/FolderRoles.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::imap {
namespace {

using lb::imap::ListData;
using lb::imap::MailboxAttribute;

bool selectable(const ListData &folder)
{
    // RFC 9051 section 7.3.1 and RFC 5258: these names hold no messages.
    return !folder.attributes.testFlag(MailboxAttribute::NoSelect) &&
           !folder.attributes.testFlag(MailboxAttribute::NonExistent);
}

store::FolderRecord recordFor(AccountId account, const ListData &folder, store::FolderRole role)
{
    store::FolderRecord record;
    record.account = account;
    record.path = folder.mailbox.text;
    record.delimiter = folder.delimiter ? QChar(QLatin1Char(*folder.delimiter)) : QChar();
    record.role = role;
    // The inbox is always synced, subscribed or not.
    record.subscribed = role == store::FolderRole::Inbox ||
                        folder.attributes.testFlag(MailboxAttribute::Subscribed);
    return record;
}

} // namespace

Result<std::vector<store::FolderRecord>> syncFolderList(SyncContext &ctx)
{
    ctx.progress(SyncProgress::Phase::ListingFolders);
    Result<QList<ListData>> listed = ctx.session.listMailboxes();
    if (!listed)
        return listed.error();
    QList<ListData> folders;
    for (const ListData &folder : *listed) {
        if (selectable(folder))
            folders.append(folder);
    }
    const QList<store::FolderRole> roles = assignRoles(folders);
    QSet<QString> onServer;
    for (qsizetype i = 0; i < folders.size(); ++i) {
        Result<FolderId> id =
            ctx.store.upsertFolder(recordFor(ctx.account(), folders[i], roles[i]));
        if (!id)
            return id.error();
        onServer.insert(folders[i].mailbox.text);
    }
    Result<std::vector<store::FolderRecord>> stored = ctx.store.folders(ctx.account());
    if (!stored)
        return stored.error();
    std::vector<store::FolderRecord> out;
    for (const store::FolderRecord &folder : *stored) {
        if (!onServer.contains(folder.path)) {
            // Local folders ("Local Folders/...") are never listed and never synced.
            if (isLocalFolderPath(accounts::Protocol::Imap, folder.path))
                continue;
            if (Result<void> removed = ctx.store.removeFolder(folder.id); !removed)
                return removed.error();
            continue;
        }
        out.push_back(folder);
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return (a.role == store::FolderRole::Inbox) > (b.role == store::FolderRole::Inbox);
    });
    return out;
}

Result<FolderId> createFolder(SyncContext &ctx, const QString &path)
{
    if (Result<void> created = ctx.session.createMailbox(path); !created)
        return created.error();
    Result<QList<ListData>> listed = ctx.session.listMailboxes();
    if (!listed)
        return listed.error();
    for (const ListData &folder : *listed) {
        if (folder.mailbox.text == path)
            return ctx.store.upsertFolder(
                recordFor(ctx.account(), folder, store::FolderRole::None));
    }
    return Error{ErrorScope::Folder,
                 Remedy::RetryLater,
                 u"The server created %1 but does not list it."_s.arg(path),
                 {}};
}

Result<void> renameFolder(SyncContext &ctx, FolderId folder, const QString &newPath)
{
    Result<std::optional<store::FolderRecord>> old = ctx.store.folder(folder);
    if (!old)
        return old.error();
    if (!*old)
        return storageError(u"Folder %1 is not in the mail cache"_s.arg(folder.value));
    if (Result<void> renamed = ctx.session.renameMailbox((*old)->path, newPath); !renamed)
        return renamed;
    // RFC 9051 section 6.3.6: a renamed mailbox may keep its UIDVALIDITY or not; the next
    // sync of the new path finds out. The old path's cache goes.
    if (Result<void> removed = ctx.store.removeFolder(folder); !removed)
        return removed;
    Result<std::vector<store::FolderRecord>> listed = syncFolderList(ctx);
    if (!listed)
        return listed.error();
    return Ok{};
}

Result<void> deleteFolder(SyncContext &ctx, FolderId folder)
{
    Result<std::optional<store::FolderRecord>> old = ctx.store.folder(folder);
    if (!old)
        return old.error();
    if (!*old)
        return Ok{};
    if (Result<void> deleted = ctx.session.deleteMailbox((*old)->path); !deleted)
        return deleted;
    return ctx.store.removeFolder(folder);
}

} // namespace lb::sync::imap
