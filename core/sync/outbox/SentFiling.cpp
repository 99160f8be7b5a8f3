// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox/SentFiling.h"

#include "mime/MessageParser.h"
#include "store/Store.h"
#include "sync/LocalFolderPaths.h"
#include "sync/MessageRecordBuilder.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync {

namespace {

Result<FolderId> sentFolder(store::Store &store, AccountId account, const QString &path)
{
    auto folders = store.folders(account);
    if (!folders)
        return folders.error();
    for (const store::FolderRecord &folder : *folders) {
        if (folder.path == path)
            return folder.id;
    }
    store::FolderRecord folder;
    folder.account = account;
    folder.path = path;
    folder.delimiter = u'/';
    folder.role = store::FolderRole::Sent;
    folder.roleOverridden = true; // ours, not a server's hint
    return store.upsertFolder(folder);
}

} // namespace

QString localSentPath(accounts::Protocol protocol)
{
    return localFolderPath(protocol, store::FolderRole::Sent);
}

bool keepsSentOnServer(const accounts::AccountSettings &settings)
{
    return settings.protocol == accounts::Protocol::Imap && settings.imap.serverSent;
}

Result<void> fileInLocalSent(store::Store &store, const accounts::AccountSettings &settings,
                             const store::OutboxEntry &entry, const QByteArray &raw)
{
    auto folder = sentFolder(store, entry.account, localSentPath(settings.protocol));
    if (!folder)
        return folder.error();
    store::MessageRecord record = recordFromMessage(mime::parseMessage(raw));
    record.uidl = u"outbox:"_s + entry.messageId;
    record.size = raw.size();
    record.flags = store::MessageFlag::Seen;
    auto ids = store.upsertHeaders(*folder, std::span(&record, 1));
    if (!ids)
        return ids.error();
    return store.storeBody(ids->front(), raw);
}

} // namespace lb::sync
