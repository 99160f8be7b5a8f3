// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

using namespace lb;
using namespace lb::store;
using namespace lb::store::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Headers round-trip through the store", "[store]")
{
    StoreFixture f;
    MessageRecord r = record(42, 1'650'000'000, u"Quarterly numbers"_s);
    r.messageId = u"<abc@example.org>"_s;
    r.inReplyTo = u" <parent@example.org> "_s;
    r.references = {u"<root@example.org>"_s, u"<parent@example.org>"_s};
    r.ccSummary = u"Carol <carol@example.org>"_s;
    r.flags = MessageFlag::Seen | MessageFlag::Flagged;
    r.keywords = {u"$Important"_s, u"work"_s};
    r.hasAttachments = true;
    r.snippet = u"Please find attached"_s;
    const MessageId id = must(f.store.upsertHeaders(f.inbox, std::vector{r}))[0];

    const MessageRow row = *must(f.store.message(id));
    CHECK(row.folder == f.inbox);
    CHECK(row.thread.isValid());
    CHECK(row.bodyState == BodyState::None);
    CHECK(row.record.uid == Uid{42});
    CHECK(row.record.messageId == u"abc@example.org"_s);
    CHECK(row.record.inReplyTo == u"parent@example.org"_s);
    CHECK(row.record.references == QStringList{u"root@example.org"_s, u"parent@example.org"_s});
    CHECK(row.record.date == 1'650'000'000);
    CHECK(row.record.fromName == u"Alice Example"_s);
    CHECK(row.record.ccSummary == u"Carol <carol@example.org>"_s);
    CHECK(row.record.subject == u"Quarterly numbers"_s);
    CHECK(row.record.size == 1042);
    CHECK(row.record.flags == (MessageFlag::Seen | MessageFlag::Flagged));
    CHECK(row.record.keywords == QStringList{u"$Important"_s, u"work"_s});
    CHECK(row.record.hasAttachments);
    CHECK(row.record.snippet == u"Please find attached"_s);
}

TEST_CASE("Fetching the same messages again never duplicates them", "[store]")
{
    StoreFixture f;
    std::vector batch{record(1), record(2), record(3)};
    const auto first = must(f.store.upsertHeaders(f.inbox, batch));
    batch[1].flags = MessageFlag::Seen;
    batch[1].subject = u"Changed on the server?"_s; // headers of a known UID are immutable
    const auto second = must(f.store.upsertHeaders(f.inbox, batch));
    CHECK(first == second);
    CHECK(must(f.store.uids(f.inbox)) == std::vector{Uid{1}, Uid{2}, Uid{3}});
    const auto counts = must(f.store.counts(f.inbox));
    CHECK(counts.total == 3);
    CHECK(counts.unread == 2);
    const auto row = *must(f.store.message(first[1]));
    CHECK(row.record.flags == MessageFlags(MessageFlag::Seen));
    CHECK(row.record.subject == u"Hello"_s);
    CHECK(must(f.store.search(u"hello"_s, std::nullopt, 10)).size() == 3);
}

TEST_CASE("POP3 messages are identified by UIDL, local ones have no identity", "[store]")
{
    StoreFixture f;
    MessageRecord pop = record(0);
    pop.uid = Uid{};
    pop.uidl = u"UIDL-abc"_s;
    const auto a = must(f.store.upsertHeaders(f.inbox, std::vector{pop}));
    const auto b = must(f.store.upsertHeaders(f.inbox, std::vector{pop}));
    CHECK(a == b);
    CHECK(must(f.store.message(a[0]))->record.uidl == u"UIDL-abc"_s);

    MessageRecord local = record(0);
    local.uid = Uid{};
    const auto c = must(f.store.upsertHeaders(f.inbox, std::vector{local}));
    const auto d = must(f.store.upsertHeaders(f.inbox, std::vector{local}));
    CHECK(c != d);
    CHECK(must(f.store.counts(f.inbox)).total == 3);
}

TEST_CASE("Server flags and local flag changes keep the unread count right", "[store]")
{
    StoreFixture f;
    const auto ids = must(
        f.store.upsertHeaders(f.inbox, std::vector{record(1), record(2), record(3), record(4)}));
    CHECK(must(f.store.counts(f.inbox)).unread == 4);

    must(f.store.applyFlags(f.inbox, std::vector<FlagUpdate>{
                                         {Uid{1}, MessageFlag::Seen, {u"$Label1"_s}},
                                         {Uid{2}, MessageFlag::Seen | MessageFlag::Answered, {}},
                                         {Uid{99}, MessageFlag::Seen, {}}, // unknown: ignored
                                     }));
    CHECK(must(f.store.counts(f.inbox)).unread == 2);
    CHECK(must(f.store.message(ids[0]))->record.keywords == QStringList{u"$Label1"_s});

    must(f.store.changeFlags(std::vector{ids[2], ids[3]}, MessageFlag::Seen | MessageFlag::Flagged,
                             {}));
    CHECK(must(f.store.counts(f.inbox)).unread == 0);
    must(f.store.changeFlags(std::vector{ids[1]}, {}, MessageFlag::Seen));
    CHECK(must(f.store.counts(f.inbox)).unread == 1);
    CHECK(must(f.store.message(ids[1]))->record.flags == MessageFlags(MessageFlag::Answered));
    CHECK(must(f.store.message(ids[3]))->record.flags ==
          (MessageFlag::Seen | MessageFlag::Flagged));
}

TEST_CASE("Removing messages by UID or id updates counts, bodies and the index", "[store]")
{
    StoreFixture f;
    auto batch = std::vector{record(1), record(2), record(3)};
    batch[2].flags = MessageFlag::Seen;
    const auto ids = must(f.store.upsertHeaders(f.inbox, batch));
    must(f.store.storeBody(ids[0], "Subject: Hello\r\n\r\nbody"));
    must(f.store.removeMessages(f.inbox, std::vector{Uid{1}, Uid{77}}));
    CHECK_FALSE(must(f.store.message(ids[0])).has_value());
    CHECK_FALSE(must(f.store.body(ids[0])).has_value());
    CHECK(must(f.store.counts(f.inbox)).total == 2);
    must(f.store.removeMessages(std::vector{ids[2]}));
    const auto counts = must(f.store.counts(f.inbox));
    CHECK(counts.total == 1);
    CHECK(counts.unread == 1);
    const auto hits = must(f.store.search(u"hello"_s, std::nullopt, 10));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].id == ids[1]);
}

TEST_CASE("Bodies are stored apart, replaced, and indexed in a second phase", "[store]")
{
    StoreFixture f;
    const MessageId id = must(f.store.upsertHeaders(f.inbox, std::vector{record(1)}))[0];
    CHECK_FALSE(must(f.store.body(id)).has_value());
    must(f.store.storeBody(id, "partial", BodyState::Partial));
    CHECK(must(f.store.message(id))->bodyState == BodyState::Partial);
    QByteArray raw("Subject: Hello\r\n\r\n\x00\xff binary-safe", 32);
    must(f.store.storeBody(id, raw));
    CHECK(must(f.store.body(id)) == raw);
    CHECK(must(f.store.message(id))->bodyState == BodyState::Full);

    CHECK(must(f.store.search(u"reimbursement"_s, std::nullopt, 10)).empty());
    must(f.store.indexText(id, u"Your reimbursement was approved."_s));
    CHECK(must(f.store.search(u"reimbursement"_s, std::nullopt, 10)).size() == 1);
    must(f.store.indexText(id, u"Replaced text"_s));
    CHECK(must(f.store.search(u"reimbursement"_s, std::nullopt, 10)).empty());
    CHECK(must(f.store.search(u"hello"_s, std::nullopt, 10)).size() == 1); // headers stay

    auto missing = f.store.indexText(MessageId{9999}, u"x"_s);
    REQUIRE_FALSE(missing.ok());
    auto orphan = f.store.storeBody(MessageId{9999}, "x");
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().message.contains(u"FOREIGN KEY"_s));
}

TEST_CASE("A Message-ID finds every copy of a message", "[store]")
{
    StoreFixture f;
    const FolderId archive = must(
        f.store.upsertFolder({FolderId{}, f.account, u"Archive"_s, u'/', FolderRole::Archive}));
    const MessageId inInbox = must(f.store.upsertHeaders(f.inbox, std::vector{record(7)}))[0];
    const MessageId inArchive = must(f.store.upsertHeaders(archive, std::vector{record(7)}))[0];
    CHECK(inInbox != inArchive);
    const auto copies = must(f.store.messagesByMessageId(u"<m7@example.org>"_s));
    REQUIRE(copies.size() == 2);
    CHECK(copies[0].id == inInbox);
    CHECK(copies[1].id == inArchive);
    CHECK(copies[0].thread == copies[1].thread);
    CHECK(must(f.store.messagesByMessageId(u"nobody@example.org"_s)).empty());
}

TEST_CASE("Removing a folder cascades to its messages", "[store]")
{
    StoreFixture f;
    const FolderId other =
        must(f.store.upsertFolder({FolderId{}, f.account, u"Lists"_s, u'/', FolderRole::None}));
    const auto ids = must(f.store.upsertHeaders(other, std::vector{record(1), record(2)}));
    must(f.store.storeBody(ids[0], "x"));
    must(f.store.removeFolder(other));
    CHECK_FALSE(must(f.store.message(ids[0])).has_value());
    CHECK_FALSE(must(f.store.body(ids[0])).has_value());
    auto gone = f.store.upsertHeaders(other, std::vector{record(3)});
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(u"not in the mail cache"_s));
}

TEST_CASE("Body text for many messages is indexed in one transaction, all or nothing", "[store]")
{
    StoreFixture f;
    const auto ids = must(f.store.upsertHeaders(f.inbox, std::vector{record(1), record(2)}));
    must(f.store.indexTexts(
        std::vector<BodyText>{{ids[0], u"alpha words"_s}, {ids[1], u"beta words"_s}}));
    CHECK(must(f.store.search(u"words"_s, std::nullopt, 10)).size() == 2);
    auto failed = f.store.indexTexts(
        std::vector<BodyText>{{ids[0], u"gamma"_s}, {MessageId{12345}, u"delta"_s}});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(u"12345"_s));
    CHECK(must(f.store.search(u"gamma"_s, std::nullopt, 10)).empty());
    CHECK(must(f.store.search(u"alpha"_s, std::nullopt, 10)).size() == 1);
}
