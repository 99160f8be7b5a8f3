// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFixture.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::test {
namespace {
constexpr std::int64_t kStart = 1700000000;

FolderId folder(store::Store &s, AccountId account, const QString &path, store::FolderRole role)
{
    store::FolderRecord f;
    f.account = account;
    f.path = path;
    f.delimiter = u'/';
    f.role = role;
    auto id = s.upsertFolder(f);
    REQUIRE(id.ok());
    return *id;
}
} // namespace

store::MessageRecord sampleRecord(int i)
{
    store::MessageRecord r;
    r.uid = Uid{std::uint32_t(i + 1)};
    r.messageId = u"m%1@example.org"_s.arg(i);
    if (i % 5 == 4)
        r.inReplyTo = u"m%1@example.org"_s.arg(i - 1);
    if (!r.inReplyTo.isEmpty())
        r.references = {r.inReplyTo};
    r.date = kStart + std::int64_t(i) * 3600;
    r.fromName = u"Sender %1"_s.arg(i % 37);
    r.fromAddress = u"sender%1@example.org"_s.arg(i % 37);
    r.toSummary = u"alice@example.org"_s;
    r.subject = (i % 5 == 4) ? u"Re: Message %1"_s.arg(i - 1) : u"Message %1"_s.arg(i);
    r.size = 1000 + (i * 7919) % 50000;
    if (i % 3 == 0)
        r.flags |= store::MessageFlag::Seen;
    if (i % 10 == 0)
        r.flags |= store::MessageFlag::Flagged;
    if (i % 11 == 0)
        r.flags |= store::MessageFlag::Answered;
    r.hasAttachments = i % 7 == 0;
    r.snippet = u"Text of message %1"_s.arg(i);
    return r;
}

ModelFixture::ModelFixture(int messages)
{
    REQUIRE(dir.isValid());
    auto opened = store::Store::open(cacheFile());
    REQUIRE(opened.ok());
    store = std::make_unique<store::Store>(std::move(opened).value());
    auto id = store->createAccount(
        {{}, u"Home"_s, store::Protocol::Imap, u"alice@example.org"_s, u"Alice"_s});
    REQUIRE(id.ok());
    account = *id;
    inbox = folder(*store, account, u"INBOX"_s, store::FolderRole::Inbox);
    sent = folder(*store, account, u"Sent"_s, store::FolderRole::Sent);
    trash = folder(*store, account, u"Trash"_s, store::FolderRole::Trash);
    (void)folder(*store, account, u"Work"_s, store::FolderRole::None);
    projects = folder(*store, account, u"Work/Projects"_s, store::FolderRole::None);
    std::vector<store::MessageRecord> batch;
    for (int i = 0; i < messages; ++i) {
        batch.push_back(sampleRecord(i));
        if (batch.size() == 2000 || i + 1 == messages) {
            REQUIRE(store->upsertHeaders(inbox, batch).ok());
            batch.clear();
        }
    }
    count = messages;
}

QString ModelFixture::cacheFile() const
{
    return dir.filePath(u"cache.sqlite"_s);
}

store::MessageRow ModelFixture::addNewest(const QString &subject)
{
    store::MessageRecord r = sampleRecord(count++);
    r.subject = subject;
    r.flags = {}; // new mail is unread
    r.inReplyTo.clear();
    r.references.clear();
    auto ids = store->upsertHeaders(inbox, std::span(&r, 1));
    REQUIRE(ids.ok());
    auto row = store->message(ids->front());
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    return **row;
}

} // namespace lb::test
