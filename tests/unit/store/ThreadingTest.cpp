// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

#include <algorithm>
#include <array>
#include <map>
#include <random>
#include <set>

using namespace lb;
using namespace lb::store;
using namespace lb::store::test;
using namespace Qt::Literals::StringLiterals;

namespace {

std::uint32_t nextUid = 1;

MessageRecord mail(const QString &messageId, const QString &inReplyTo = {},
                   const QStringList &references = {}, std::int64_t date = 1'700'000'000)
{
    MessageRecord r = record(nextUid++, date);
    r.messageId = messageId;
    r.inReplyTo = inReplyTo;
    r.references = references;
    return r;
}

ThreadId threadOf(Store &store, FolderId folder, const MessageRecord &r)
{
    const auto ids = must(store.upsertHeaders(folder, std::vector{r}));
    return must(store.message(ids[0]))->thread;
}

} // namespace

TEST_CASE("Replies in order join their parent's thread", "[store][threading]")
{
    StoreFixture f;
    const ThreadId root = threadOf(f.store, f.inbox, mail(u"root@x"_s, {}, {}, 100));
    CHECK(threadOf(f.store, f.inbox, mail(u"r1@x"_s, u"root@x"_s, {}, 200)) == root);
    CHECK(threadOf(f.store, f.inbox, mail(u"r2@x"_s, {}, {u"root@x"_s, u"r1@x"_s}, 300)) == root);
    const auto messages = must(f.store.threadMessages(root));
    REQUIRE(messages.size() == 3);
    CHECK(messages[0].record.messageId == u"root@x"_s);
    CHECK(messages[2].record.messageId == u"r2@x"_s);
}

TEST_CASE("A parent arriving after its child joins the child's thread", "[store][threading]")
{
    StoreFixture f;
    const ThreadId child = threadOf(f.store, f.inbox, mail(u"child@x"_s, u"<parent@x>"_s));
    CHECK(threadOf(f.store, f.inbox, mail(u"<parent@x>"_s)) == child);
    CHECK(must(f.store.threadMessages(child)).size() == 2);
}

TEST_CASE("Siblings meet through a parent that never arrives", "[store][threading]")
{
    StoreFixture f;
    const ThreadId a = threadOf(f.store, f.inbox, mail(u"a@x"_s, u"missing@x"_s));
    const ThreadId b = threadOf(f.store, f.inbox, mail(u"b@x"_s, {}, {u"missing@x"_s}));
    CHECK(a == b);
}

TEST_CASE("A message linking two threads merges them", "[store][threading]")
{
    StoreFixture f;
    const ThreadId p = threadOf(f.store, f.inbox, mail(u"c1@x"_s, u"p@x"_s, {}, 100));
    const ThreadId q = threadOf(f.store, f.inbox, mail(u"c2@x"_s, u"q@x"_s, {}, 200));
    REQUIRE(p != q);
    // q turns out to be a reply to p: both threads become one, kept under the older id.
    const ThreadId merged = threadOf(f.store, f.inbox, mail(u"q@x"_s, u"p@x"_s, {}, 150));
    CHECK(merged == std::min(p, q));
    const auto messages = must(f.store.threadMessages(merged));
    REQUIRE(messages.size() == 3);
    CHECK(messages[0].record.messageId == u"c1@x"_s);
    CHECK(messages[1].record.messageId == u"q@x"_s);
    CHECK(messages[2].record.messageId == u"c2@x"_s);
    CHECK(must(f.store.threadMessages(std::max(p, q))).empty());
    // Later arrivals that name either side land in the merged thread.
    CHECK(threadOf(f.store, f.inbox, mail(u"late@x"_s, u"c2@x"_s)) == merged);
}

TEST_CASE("Every arrival order of a conversation ends in one thread", "[store][threading]")
{
    StoreFixture f;
    // root <- a <- b <- c, and d answers a; each names its ancestors as References would.
    struct Node
    {
        const char16_t *id;
        const char16_t *parent;
        std::array<const char16_t *, 3> refs;
    };
    const std::array<Node, 5> nodes{{
        {u"root", nullptr, {}},
        {u"a", u"root", {u"root"}},
        {u"b", u"a", {u"root", u"a"}},
        {u"c", u"b", {u"root", u"a", u"b"}},
        {u"d", u"a", {u"a"}},
    }};
    std::array<int, 5> order{0, 1, 2, 3, 4};
    int permutation = 0;
    do {
        const QString suffix = u".%1@x"_s.arg(permutation++);
        std::vector<ThreadId> threads;
        for (int index : order) {
            const Node &n = nodes[std::size_t(index)];
            QStringList refs;
            for (const char16_t *ref : n.refs) {
                if (ref)
                    refs << QString::fromUtf16(ref) + suffix;
            }
            const QString parent = n.parent ? QString::fromUtf16(n.parent) + suffix : QString();
            threads.push_back(
                threadOf(f.store, f.inbox, mail(QString::fromUtf16(n.id) + suffix, parent, refs)));
        }
        const ThreadId last = threads.back();
        CAPTURE(permutation);
        CHECK(must(f.store.threadMessages(last)).size() == 5);
    } while (std::next_permutation(order.begin(), order.end()));
}

TEST_CASE("Unrelated messages stay apart, even with the same subject", "[store][threading]")
{
    StoreFixture f;
    MessageRecord one = mail(u"one@x"_s);
    MessageRecord two = mail(u"two@x"_s);
    two.fromAddress = u"someone.else@example.com"_s;
    MessageRecord noId = mail(QString());
    MessageRecord noId2 = mail(QString());
    const ThreadId a = threadOf(f.store, f.inbox, one);
    const ThreadId b = threadOf(f.store, f.inbox, two);
    const ThreadId c = threadOf(f.store, f.inbox, noId);
    const ThreadId d = threadOf(f.store, f.inbox, noId2);
    CHECK(a != b);
    CHECK(c != d);
    CHECK(c.isValid());
    CHECK(must(f.store.threadMessages(c)).size() == 1);
}

TEST_CASE("Threads belong to one account", "[store][threading]")
{
    StoreFixture f;
    const AccountId other =
        must(f.store.createAccount({AccountId{}, u"Other"_s, Protocol::Imap, {}, {}}));
    const FolderId otherInbox =
        must(f.store.upsertFolder({FolderId{}, other, u"INBOX"_s, u'/', FolderRole::Inbox}));
    const ThreadId mine = threadOf(f.store, f.inbox, mail(u"shared@x"_s));
    const ThreadId theirs = threadOf(f.store, otherInbox, mail(u"reply@x"_s, u"shared@x"_s));
    CHECK(mine != theirs);
    // Within one account the same Message-ID in two folders is one conversation.
    const FolderId sent =
        must(f.store.upsertFolder({FolderId{}, f.account, u"Sent"_s, u'/', FolderRole::Sent}));
    CHECK(threadOf(f.store, sent, mail(u"myreply@x"_s, u"shared@x"_s)) == mine);
}

TEST_CASE("A hostile References header costs bounded work", "[store][threading]")
{
    StoreFixture f;
    QStringList refs;
    for (int i = 0; i < 5000; ++i)
        refs << u"<r%1@spam>"_s.arg(i);
    const ThreadId t = threadOf(f.store, f.inbox, mail(u"big@x"_s, {}, refs));
    // The newest references are remembered; a reply to the last one still threads.
    CHECK(threadOf(f.store, f.inbox, mail(u"next@x"_s, u"r4999@spam"_s)) == t);
}

namespace {

// Groups message ids by thread: the partition, whatever the thread ids are.
std::set<std::set<std::int64_t>> partition(Store &store, const std::vector<MessageId> &ids)
{
    std::map<std::int64_t, std::set<std::int64_t>> byThread;
    for (std::size_t i = 0; i < ids.size(); ++i)
        byThread[must(store.message(ids[i]))->thread.value].insert(std::int64_t(i));
    std::set<std::set<std::int64_t>> out;
    for (auto &[thread, members] : byThread)
        out.insert(members);
    return out;
}

} // namespace

TEST_CASE("Threading a whole batch at once groups as one message at a time does",
          "[store][threading]")
{
    // Random conversations whose members arrive out of order, some naming parents that never
    // arrive, some replies quoting two conversations (merges inside the batch).
    std::mt19937 random(7);
    std::vector<MessageRecord> records;
    for (std::uint32_t i = 0; i < 300; ++i) {
        MessageRecord r = record(i + 1);
        r.messageId = u"m%1@x"_s.arg(i);
        if (i > 0 && random() % 3 != 0) {
            const std::uint32_t parent = std::uint32_t(random() % i);
            r.inReplyTo = u"<m%1@x>"_s.arg(parent);
            r.references << u"m%1@x"_s.arg(random() % (parent + 1));
        }
        if (random() % 10 == 0)
            r.references << u"ghost%1@x"_s.arg(random() % 20);
        records.push_back(r);
    }
    std::shuffle(records.begin(), records.end(), random);

    StoreFixture batched;
    const auto batchIds = must(batched.store.upsertHeaders(batched.inbox, records));
    StoreFixture single;
    std::vector<MessageId> singleIds;
    for (const MessageRecord &r : records)
        singleIds.push_back(must(single.store.upsertHeaders(single.inbox, std::vector{r}))[0]);

    const auto groups = partition(batched.store, batchIds);
    CHECK(groups == partition(single.store, singleIds));
    CHECK(groups.size() > 1);
    CHECK(groups.size() < records.size() / 2);
    // A later batch still finds every id the first one filed, merged ones included.
    for (std::uint32_t i = 0; i < 300; i += 37) {
        MessageRecord late = record(1000 + i);
        late.messageId = u"late%1@x"_s.arg(i);
        late.inReplyTo = u"m%1@x"_s.arg(i);
        const auto lateId = must(batched.store.upsertHeaders(batched.inbox, std::vector{late}))[0];
        const auto parent = std::find_if(records.begin(), records.end(), [&](const auto &r) {
            return r.messageId == u"m%1@x"_s.arg(i);
        });
        const MessageId parentId = batchIds[std::size_t(parent - records.begin())];
        CHECK(must(batched.store.message(lateId))->thread ==
              must(batched.store.message(parentId))->thread);
    }
}

TEST_CASE("Threads linked inside one batch merge, and later members follow the merge",
          "[store][threading]")
{
    StoreFixture f;
    // c1 starts p's thread and c2 q's; then q answers p (a merge), and late names c2.
    const std::vector<MessageRecord> batch{
        mail(u"c1@x"_s, u"p@x"_s, {}, 100), mail(u"c2@x"_s, u"q@x"_s, {}, 200),
        mail(u"q@x"_s, u"p@x"_s, {}, 150), mail(u"late@x"_s, u"c2@x"_s, {}, 300)};
    const auto ids = must(f.store.upsertHeaders(f.inbox, batch));
    const ThreadId thread = must(f.store.message(ids[0]))->thread;
    for (const MessageId id : ids)
        CHECK(must(f.store.message(id))->thread == thread);
    CHECK(must(f.store.threadMessages(thread)).size() == 4);
}
