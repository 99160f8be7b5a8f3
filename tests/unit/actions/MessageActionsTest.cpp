// SPDX-License-Identifier: GPL-3.0-or-later
// Flags, move and copy: the cache changes at once and the offline queue holds exactly what
// the server must hear, revised rather than piled up when the user changes their mind.
#include "ActionsFixture.h"

#include "sync/actions/MessageActions.h"

using namespace Qt::Literals::StringLiterals;
using lb::MessageId;
using lb::Uid;
using lb::store::MessageFlag;
using lb::store::PendingOpKind;
using lb::sync::FlagChange;
using lb::sync::MessageActions;
using lb::test::ActionsFixture;
using lb::test::must;

namespace {
std::span<const MessageId> one(const MessageId &id)
{
    return std::span(&id, 1);
}
} // namespace

TEST_CASE("Actions: marking read changes the cache and queues one STORE for the server",
          "[actions]")
{
    ActionsFixture f;
    const MessageId id = f.add(u"INBOX"_s, 5, u"a@example.org"_s);
    MessageActions actions(f.store());
    must(actions.mark(one(id), FlagChange::Read));
    CHECK(f.row(id).record.flags.testFlag(MessageFlag::Seen));
    CHECK(must(f.store().counts(f.folder(u"INBOX"_s))).unread == 0);
    const auto ops = f.ops();
    REQUIRE(ops.size() == 1);
    CHECK(ops[0].kind == PendingOpKind::SetFlags);
    CHECK(ops[0].folder == f.folder(u"INBOX"_s));
    CHECK(ops[0].uid == Uid{5});
    CHECK(ops[0].flagsAdd == lb::store::MessageFlags(MessageFlag::Seen));

    must(actions.mark(one(id), FlagChange::Unflagged));
    REQUIRE(f.ops().size() == 2);
    CHECK(f.ops()[1].flagsRemove == lb::store::MessageFlags(MessageFlag::Flagged));
}

TEST_CASE("Actions: a move shows at once, moving again revises the queued MOVE", "[actions]")
{
    ActionsFixture f;
    const MessageId id = f.add(u"INBOX"_s, 5, u"a@example.org"_s);
    MessageActions actions(f.store());

    must(actions.move(one(id), f.folder(u"Archive"_s)));
    CHECK(f.row(id).folder == f.folder(u"Archive"_s));
    CHECK_FALSE(f.row(id).record.uid.isValid()); // a stand-in until the server's copy comes
    CHECK(must(f.store().body(id)).has_value());
    CHECK(must(f.store().counts(f.folder(u"INBOX"_s))).total == 0);
    CHECK(must(f.store().counts(f.folder(u"Archive"_s))).total == 1);
    auto ops = f.ops();
    REQUIRE(ops.size() == 1);
    CHECK(ops[0].kind == PendingOpKind::Move);
    CHECK(ops[0].folder == f.folder(u"INBOX"_s));
    CHECK(ops[0].uid == Uid{5});
    CHECK(ops[0].targetFolder == f.folder(u"Archive"_s));

    SECTION("on to another folder: still one MOVE, from where the server has it")
    {
        must(actions.move(one(id), f.folder(u"Sent"_s)));
        ops = f.ops();
        REQUIRE(ops.size() == 1);
        CHECK(ops[0].folder == f.folder(u"INBOX"_s));
        CHECK(ops[0].targetFolder == f.folder(u"Sent"_s));
    }
    SECTION("back where it was: nothing for the server, the UID is back")
    {
        must(actions.move(one(id), f.folder(u"INBOX"_s)));
        CHECK(f.ops().empty());
        CHECK(f.row(id).folder == f.folder(u"INBOX"_s));
        CHECK(f.row(id).record.uid == Uid{5});
    }
    SECTION("flags on the way: the STORE goes before the MOVE")
    {
        must(actions.mark(one(id), FlagChange::Flagged));
        ops = f.ops();
        REQUIRE(ops.size() == 2);
        CHECK(ops[0].kind == PendingOpKind::SetFlags);
        CHECK(ops[0].folder == f.folder(u"INBOX"_s));
        CHECK(ops[0].uid == Uid{5});
        CHECK(ops[1].kind == PendingOpKind::Move);
        CHECK(ops[1].targetFolder == f.folder(u"Archive"_s));
        CHECK(f.row(id).record.flags.testFlag(MessageFlag::Flagged));
    }
}

TEST_CASE("Actions: moving between accounts is refused", "[actions]")
{
    ActionsFixture f;
    const MessageId id = f.add(u"INBOX"_s, 5, u"a@example.org"_s);
    CHECK_FALSE(MessageActions(f.store()).move(one(id), lb::FolderId{9999}).ok());
    CHECK(f.row(id).folder == f.folder(u"INBOX"_s));
    CHECK(f.ops().empty());
}

TEST_CASE("Actions: a copy shows at once and queues COPY, local copies need the body", "[actions]")
{
    ActionsFixture f;
    const MessageId id = f.add(u"INBOX"_s, 5, u"a@example.org"_s);
    MessageActions actions(f.store());
    const auto copies = must(actions.copy(one(id), f.folder(u"Archive"_s)));
    REQUIRE(copies.size() == 1);
    CHECK(copies[0] != id);
    CHECK(f.row(copies[0]).folder == f.folder(u"Archive"_s));
    CHECK(f.row(id).folder == f.folder(u"INBOX"_s));
    CHECK(must(f.store().body(copies[0])).has_value());
    const auto ops = f.ops();
    REQUIRE(ops.size() == 1);
    CHECK(ops[0].kind == PendingOpKind::Copy);
    CHECK(ops[0].message == copies[0]);
    CHECK(ops[0].uid == Uid{5});

    // Headers only (an offline policy without bodies): no copy into a local folder.
    lb::store::MessageRecord record;
    record.uid = Uid{6};
    record.messageId = u"b@example.org"_s;
    const MessageId bare =
        must(f.store().upsertHeaders(f.folder(u"INBOX"_s), std::span(&record, 1))).front();
    f.changeSettings([](lb::accounts::AccountSettings &s) { s.imap.serverTrash = false; });
    MessageActions again(f.store());
    must(again.remove(one(id))); // creates the local Trash
    const auto localTrash = f.findFolder(u"Local Folders/Trash"_s);
    REQUIRE(localTrash.has_value());
    CHECK_FALSE(again.copy(one(bare), *localTrash).ok());
}

TEST_CASE("Actions: marking many messages read queues one STORE each, in order", "[actions]")
{
    ActionsFixture f;
    std::vector<MessageId> ids;
    for (std::uint32_t uid = 1; uid <= 300; ++uid)
        ids.push_back(f.add(u"INBOX"_s, uid, u"m%1@example.org"_s.arg(uid)));
    must(MessageActions(f.store()).mark(ids, FlagChange::Read));
    CHECK(must(f.store().counts(f.folder(u"INBOX"_s))).unread == 0);
    const auto ops = f.ops();
    REQUIRE(ops.size() == ids.size());
    for (std::size_t i = 0; i < ops.size(); ++i) {
        CHECK(ops[i].kind == PendingOpKind::SetFlags);
        CHECK(ops[i].uid == Uid{std::uint32_t(i + 1)});
    }
}
