// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionsFixture.h"

#include "accounts/AccountRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

using store::FolderRole;

ActionsFixture::ActionsFixture(accounts::Protocol protocol,
                               const std::function<void(accounts::AccountSettings &)> &adjust)
    : m_protocol(protocol)
{
    REQUIRE(m_dir.isValid());
    m_store.emplace(must(store::Store::open(m_dir.filePath(u"cache.sqlite"_s))));
    accounts::AccountSettings settings;
    settings.name = u"work"_s;
    settings.protocol = protocol;
    settings.email = u"alice@example.org"_s;
    settings.incoming = {u"127.0.0.1"_s,
                         quint16(protocol == accounts::Protocol::Imap ? 993 : 995),
                         net::TlsMode::Implicit,
                         u"alice"_s,
                         {}};
    if (adjust)
        adjust(settings);
    m_account = must(accounts::AccountRepository(*m_store).add(settings));

    const bool imap = protocol == accounts::Protocol::Imap;
    const std::vector<std::pair<QString, FolderRole>> folders =
        imap ? std::vector<std::pair<QString, FolderRole>>{{u"INBOX"_s, FolderRole::Inbox},
                                                           {u"Archive"_s, FolderRole::None},
                                                           {u"Sent"_s, FolderRole::Sent},
                                                           {u"Drafts"_s, FolderRole::Drafts},
                                                           {u"Trash"_s, FolderRole::Trash}}
             : std::vector<std::pair<QString, FolderRole>>{{u"Inbox"_s, FolderRole::Inbox},
                                                           {u"Sent"_s, FolderRole::Sent},
                                                           {u"Drafts"_s, FolderRole::Drafts},
                                                           {u"Trash"_s, FolderRole::Trash}};
    for (const auto &[path, role] : folders) {
        store::FolderRecord folder;
        folder.account = m_account;
        folder.path = path;
        folder.delimiter = u'/';
        folder.role = role;
        const FolderId id = must(m_store->upsertFolder(folder));
        if (imap)
            must(m_store->setFolderSyncState(id, {UidValidity{7}, Uid{100}, ModSeq{}}));
    }
}

std::optional<FolderId> ActionsFixture::findFolder(const QString &path)
{
    for (const store::FolderRecord &f : must(m_store->folders(m_account))) {
        if (f.path == path)
            return f.id;
    }
    return std::nullopt;
}

FolderId ActionsFixture::folder(const QString &path)
{
    const auto found = findFolder(path);
    if (!found)
        FAIL("no folder " << path.toStdString());
    return *found;
}

MessageId ActionsFixture::add(const QString &path, std::uint32_t uid, const QString &messageId)
{
    store::MessageRecord record;
    if (m_protocol == accounts::Protocol::Imap)
        record.uid = Uid{uid};
    else
        record.uidl = u"uidl-%1"_s.arg(uid);
    record.messageId = messageId;
    record.subject = u"Message %1"_s.arg(uid);
    record.date = 1700000000 + uid;
    const QByteArray raw = "Message-ID: <" + messageId.toLatin1() + ">\r\nSubject: Message " +
                           QByteArray::number(uid) + "\r\n\r\nBody.\r\n";
    if (m_protocol == accounts::Protocol::Pop3)
        return must(m_store->storePopMessage(folder(path), record, raw, store::BodyState::Full));
    const MessageId id = must(m_store->upsertHeaders(folder(path), std::span(&record, 1))).front();
    must(m_store->storeBody(id, raw));
    return id;
}

store::MessageRow ActionsFixture::row(MessageId id)
{
    const auto found = must(m_store->message(id));
    if (!found)
        FAIL("message " << id.value << " is gone");
    return *found;
}

std::vector<store::PendingOp> ActionsFixture::ops()
{
    return must(m_store->pendingOps(m_account));
}

void ActionsFixture::changeSettings(const std::function<void(accounts::AccountSettings &)> &adjust)
{
    accounts::AccountRepository repository(*m_store);
    for (const accounts::StoredAccount &stored : must(repository.all())) {
        if (stored.id != m_account)
            continue;
        accounts::AccountSettings settings = stored.settings;
        adjust(settings);
        must(repository.update(m_account, settings));
    }
}

} // namespace lb::test
