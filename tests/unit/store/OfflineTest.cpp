// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

using namespace lb;
using namespace lb::store;
using namespace lb::store::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("The offline queue hands out operations oldest first", "[store][offline]")
{
    StoreFixture f;
    const FolderId trash =
        must(f.store.upsertFolder({FolderId{}, f.account, u"Trash"_s, u'/', FolderRole::Trash}));
    const auto ids = must(f.store.upsertHeaders(f.inbox, std::vector{record(1), record(2)}));
    CHECK_FALSE(must(f.store.nextOp(f.account)).has_value());

    PendingOp flag{PendingOpId{}, f.account, PendingOpKind::SetFlags, ids[0], f.inbox, Uid{1}};
    flag.flagsAdd = MessageFlag::Seen;
    flag.flagsRemove = MessageFlag::Flagged;
    const PendingOpId first = must(f.store.enqueueOp(flag));
    PendingOp move{PendingOpId{}, f.account, PendingOpKind::Move, ids[1], f.inbox, Uid{2}, trash};
    move.created = 1234;
    const PendingOpId second = must(f.store.enqueueOp(move));

    auto next = *must(f.store.nextOp(f.account));
    CHECK(next.id == first);
    CHECK(next.kind == PendingOpKind::SetFlags);
    CHECK(next.message == ids[0]);
    CHECK(next.uid == Uid{1});
    CHECK(next.flagsAdd == MessageFlags(MessageFlag::Seen));
    CHECK(next.flagsRemove == MessageFlags(MessageFlag::Flagged));
    CHECK_FALSE(next.targetFolder.isValid());
    CHECK(next.created > 1'600'000'000);

    must(f.store.markOpAttempt(first, u"connection reset"_s));
    next = *must(f.store.nextOp(f.account));
    CHECK(next.id == first);
    CHECK(next.attempts == 1);
    CHECK(next.lastError == u"connection reset"_s);

    must(f.store.markOpFailed(first, u"NO [NONEXISTENT] gone"_s));
    next = *must(f.store.nextOp(f.account));
    CHECK(next.id == second);
    CHECK(next.kind == PendingOpKind::Move);
    CHECK(next.targetFolder == trash);
    CHECK(next.created == 1234);

    // A move removes the local row; its queued operation must survive that.
    must(f.store.removeMessages(std::vector{ids[1]}));
    CHECK(must(f.store.nextOp(f.account))->id == second);

    const auto all = must(f.store.pendingOps(f.account));
    REQUIRE(all.size() == 2);
    CHECK(all[0].failed);
    CHECK(all[0].attempts == 2);
    must(f.store.removeOp(second));
    CHECK_FALSE(must(f.store.nextOp(f.account)).has_value());
    must(f.store.removeOp(first));
    CHECK(must(f.store.pendingOps(f.account)).empty());
}

TEST_CASE("The POP3 ledger knows which UIDLs were stored, are deleting, or are gone",
          "[store][offline]")
{
    StoreFixture f;
    MessageRecord r = record(0);
    r.uid = Uid{};
    r.uidl = u"U1"_s;
    const MessageId id = must(f.store.upsertHeaders(f.inbox, std::vector{r}))[0];
    must(f.store.recordPopSeen(f.account, u"U1"_s, id, PopState::Stored));
    must(f.store.recordPopSeen(f.account, u"U2"_s, MessageId{}, PopState::Stored));
    must(f.store.recordPopSeen(f.account, u"U3"_s, MessageId{}, PopState::Stored));
    CHECK(must(f.store.knownUidls(f.account)) == QSet<QString>{u"U1"_s, u"U2"_s, u"U3"_s});

    must(f.store.setPopState(f.account, std::vector{u"U2"_s, u"U3"_s}, PopState::Deleting));
    must(f.store.setPopState(f.account, std::vector{u"U3"_s}, PopState::Gone));
    const auto stored = must(f.store.popSeen(f.account, PopState::Stored));
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].uidl == u"U1"_s);
    CHECK(stored[0].message == id);
    CHECK(stored[0].firstSeen > 1'600'000'000);
    const auto deleting = must(f.store.popSeen(f.account, PopState::Deleting));
    REQUIRE(deleting.size() == 1);
    CHECK(deleting[0].uidl == u"U2"_s);
    CHECK(must(f.store.popSeen(f.account, PopState::Gone)).size() == 1);

    // Recording again keeps the first-seen time and the link to the message.
    must(f.store.recordPopSeen(f.account, u"U1"_s, MessageId{}, PopState::Stored));
    CHECK(must(f.store.popSeen(f.account, PopState::Stored))[0].message == id);
    // Deleting the local message keeps the UIDL known (so it is not downloaded again).
    must(f.store.removeMessages(std::vector{id}));
    const auto after = must(f.store.popSeen(f.account, PopState::Stored));
    REQUIRE(after.size() == 1);
    CHECK_FALSE(after[0].message.isValid());
    CHECK(must(f.store.knownUidls(f.account)).contains(u"U1"_s));
}
