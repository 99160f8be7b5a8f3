// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComposerFixture.h"

#include "mime/MessageParser.h"
#include "sync/outbox/Outbox.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace lb::test {
namespace {

template <typename T> T must(Result<T> result)
{
    if (!result)
        throw std::runtime_error(result.error().message.toStdString());
    return std::move(result).value();
}

const QByteArray kOriginal =
    "From: Ann Example <ann@example.com>\r\n"
    "To: Me Myself <me@example.org>, Bob <bob@example.net>\r\n"
    "Cc: Carol <carol@example.net>\r\n"
    "Subject: Quarterly numbers\r\n"
    "Date: Mon, 02 Nov 2026 09:30:00 +0000\r\n"
    "Message-ID: <q3@example.com>\r\n"
    "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
    "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "Hi all,\r\nthe numbers are in the sheet.\r\n"
    "--B\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=q3.csv\r\n\r\n"
    "q,n\r\n3,42\r\n--B--\r\n";

} // namespace

Result<store::OutboxId> RecordingDraftKeeper::send(MessageId draft,
                                                   const mime::ComposedMessage &message)
{
    sent.push_back(draft);
    return sync::Outbox(*store).enqueue(saves.back().account, message);
}

ComposerFixture::ComposerFixture()
{
    store.emplace(must(store::Store::open(dir.filePath(u"cache.sqlite"_s))));
    drafts.store = &*store;
    const AccountId home = must(store->createAccount(
        {AccountId{}, u"Home"_s, store::Protocol::Imap, u"me@example.org"_s, u"Me Myself"_s}));
    const AccountId work = must(store->createAccount(
        {AccountId{}, u"Work"_s, store::Protocol::Pop3, u"me@work.example"_s, u"M. Myself"_s}));
    accounts.push_back({home, u"Me Myself"_s, u"me@example.org"_s, u"Me\nexample.org"_s, 60});
    accounts.push_back({work, u"M. Myself"_s, u"me@work.example"_s, {}, 1});

    store::FolderRecord inbox;
    inbox.account = home;
    inbox.path = u"INBOX"_s;
    inbox.delimiter = u'/';
    inbox.role = store::FolderRole::Inbox;
    const FolderId folder = must(store->upsertFolder(inbox));
    store::MessageRecord record;
    record.uid = Uid(7);
    record.subject = u"Quarterly numbers"_s;
    record.messageId = u"q3@example.com"_s;
    const std::vector<store::MessageRecord> batch{record};
    original = must(store->upsertHeaders(folder, batch)).front();
    if (!store->storeBody(original, kOriginal))
        throw std::runtime_error("storeBody");
}

std::vector<store::OutboxEntry> ComposerFixture::outbox()
{
    std::vector<store::OutboxEntry> all;
    for (const auto &a : accounts) {
        auto entries = must(store->outboxEntries(a.id));
        all.insert(all.end(), entries.begin(), entries.end());
    }
    return all;
}

QByteArray ComposerFixture::outboxBytes(const store::OutboxEntry &entry)
{
    return must(store->outboxMessage(entry.id));
}

QString ComposerFixture::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        throw std::runtime_error("writeFile");
    return path;
}

QString screenshotPath(const QString &name)
{
    const QString folder = QStringLiteral(LETTERBOX_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(folder);
    return folder + u'/' + name;
}

} // namespace lb::test
