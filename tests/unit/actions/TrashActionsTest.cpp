// SPDX-License-Identifier: GPL-3.0-or-later
// Delete, delete for good and Empty Trash in each account mode: server Trash, local Trash,
// mark deleted instead, and POP3 (with and without deleting server copies).
#include "ActionsFixture.h"

#include "sync/actions/MessageActions.h"

using namespace Qt::Literals::StringLiterals;
using lb::MessageId;
using lb::Uid;
using lb::accounts::AccountSettings;
using lb::accounts::Protocol;
using lb::store::MessageFlag;
using lb::store::PendingOpKind;
using lb::store::PopState;
using lb::sync::MessageActions;
using lb::test::ActionsFixture;
using lb::test::must;

namespace {
std::span<const MessageId> one(const MessageId &id)
{
    return std::span(&id, 1);
}
} // namespace

TEST_CASE("Delete: to the server's Trash, then for good from there", "[actions][trash]")
{
    ActionsFixture f;
    const MessageId id = f.add(u"INBOX"_s, 5, u"a@example.org"_s);
    MessageActions actions(f.store());
    must(actions.remove(one(id)));
    CHECK(f.row(id).folder == f.folder(u"Trash"_s));
    auto ops = f.ops();
    REQUIRE(ops.size() == 1);
    CHECK(ops[0].kind == PendingOpKind::Move);
    CHECK(ops[0].targetFolder == f.folder(u"Trash"_s));

    // Deleting in Trash, before the server heard of the move: it goes from where it is.
    must(actions.remove(one(id)));
    CHECK_FALSE(must(f.store().message(id)).has_value());
    ops = f.ops();
    REQUIRE(ops.size() == 2);
    CHECK(ops[0].kind == PendingOpKind::SetFlags);
    CHECK(ops[0].flagsAdd == lb::store::MessageFlags(MessageFlag::Deleted));
    CHECK(ops[0].folder == f.folder(u"INBOX"_s));
    CHECK(ops[0].uid == Uid{5});
    CHECK(ops[1].kind == PendingOpKind::Expunge);
    CHECK(ops[1].folder == f.folder(u"INBOX"_s));
}

TEST_CASE("Delete: with Trash kept here, IMAP mail moves to Local Folders/Trash",
          "[actions][trash]")
{
    ActionsFixture f(Protocol::Imap, [](AccountSettings &s) { s.imap.serverTrash = false; });
    const MessageId id = f.add(u"INBOX"_s, 5, u"a@example.org"_s);
    MessageActions actions(f.store());
    must(actions.remove(one(id)));
    const auto trash = f.findFolder(u"Local Folders/Trash"_s);
    REQUIRE(trash.has_value());
    CHECK(must(f.store().folder(*trash))->role == lb::store::FolderRole::Trash);
    CHECK(f.row(id).folder == *trash);
    auto ops = f.ops();
    REQUIRE(ops.size() == 1);
    CHECK(ops[0].kind == PendingOpKind::MoveLocal);
    CHECK(ops[0].uid == Uid{5});

    // Emptying the local Trash: the queued move becomes a deletion on the server.
    CHECK(must(actions.emptyTrash(f.account())) == 1);
    CHECK_FALSE(must(f.store().message(id)).has_value());
    ops = f.ops();
    REQUIRE(ops.size() == 2);
    CHECK(ops[0].kind == PendingOpKind::SetFlags);
    CHECK(ops[1].kind == PendingOpKind::Expunge);
    CHECK(ops[1].folder == f.folder(u"INBOX"_s));
}

TEST_CASE("Delete: mark deleted instead, expunged when leaving the folder", "[actions][trash]")
{
    ActionsFixture f(Protocol::Imap, [](AccountSettings &s) { s.imap.markDeletedInstead = true; });
    const MessageId a = f.add(u"INBOX"_s, 5, u"a@example.org"_s);
    const MessageId b = f.add(u"INBOX"_s, 6, u"b@example.org"_s);
    MessageActions actions(f.store());
    must(actions.remove(one(a)));
    CHECK(f.row(a).folder == f.folder(u"INBOX"_s));
    CHECK(f.row(a).record.flags.testFlag(MessageFlag::Deleted));
    REQUIRE(f.ops().size() == 1);
    CHECK(f.ops()[0].kind == PendingOpKind::SetFlags);

    CHECK(must(actions.leaveFolder(f.folder(u"Archive"_s))) == 0);
    CHECK(must(actions.leaveFolder(f.folder(u"INBOX"_s))) == 1);
    CHECK_FALSE(must(f.store().message(a)).has_value());
    CHECK(must(f.store().message(b)).has_value());
    const auto ops = f.ops();
    REQUIRE(ops.size() == 2);
    CHECK(ops[1].kind == PendingOpKind::Expunge);
    CHECK(ops[1].uid == Uid{5});
    CHECK(must(actions.expungeOnExit(f.account())) == 0);
}

TEST_CASE("Empty Trash on the server: one op up to the highest UID seen", "[actions][trash]")
{
    ActionsFixture f;
    f.add(u"Trash"_s, 3, u"a@example.org"_s);
    f.add(u"Trash"_s, 9, u"b@example.org"_s);
    const MessageId moved = f.add(u"INBOX"_s, 4, u"c@example.org"_s);
    MessageActions actions(f.store());
    must(actions.remove(one(moved))); // on its way to Trash: queued MOVE
    CHECK(must(actions.emptyTrash(f.account())) == 3);
    CHECK(must(f.store().counts(f.folder(u"Trash"_s))).total == 0);
    const auto ops = f.ops();
    REQUIRE(ops.size() == 3);
    CHECK(ops[0].kind == PendingOpKind::SetFlags); // the one still in INBOX on the server
    CHECK(ops[0].folder == f.folder(u"INBOX"_s));
    CHECK(ops[1].kind == PendingOpKind::Expunge);
    CHECK(ops[2].kind == PendingOpKind::EmptyFolder);
    CHECK(ops[2].folder == f.folder(u"Trash"_s));
    CHECK(ops[2].uid == Uid{9});
}

TEST_CASE("POP3: delete to the local Trash, Empty Trash asks the server copy to go",
          "[actions][trash][pop3]")
{
    const bool deleteHere = GENERATE(true, false);
    ActionsFixture f(Protocol::Pop3,
                     [&](AccountSettings &s) { s.pop3.deleteWhenDeletedHere = deleteHere; });
    const MessageId id = f.add(u"Inbox"_s, 1, u"a@example.org"_s);
    const MessageId kept = f.add(u"Inbox"_s, 2, u"b@example.org"_s);
    MessageActions actions(f.store());
    must(actions.remove(one(id)));
    CHECK(f.row(id).folder == f.folder(u"Trash"_s));
    CHECK(f.ops().empty());
    CHECK(must(actions.emptyTrash(f.account())) == 1);
    CHECK_FALSE(must(f.store().message(id)).has_value());
    CHECK(must(f.store().message(kept)).has_value());
    const auto requested = must(f.store().popSeen(f.account(), PopState::DeleteRequested));
    if (deleteHere) {
        REQUIRE(requested.size() == 1);
        CHECK(requested.front().uidl == u"uidl-1"_s);
    } else {
        CHECK(requested.empty());
    }
    CHECK(f.ops().empty());
}
