// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts in the cache: each save is committed at once; a version the server has not received
// yet is replaced, so autosaving often queues one upload at most.
#include "ActionsFixture.h"

#include "sync/actions/DraftStore.h"

using namespace Qt::Literals::StringLiterals;
using lb::MessageId;
using lb::Uid;
using lb::accounts::AccountSettings;
using lb::accounts::Protocol;
using lb::store::MessageFlag;
using lb::store::PendingOpKind;
using lb::sync::DraftStore;
using lb::test::ActionsFixture;
using lb::test::must;

namespace {
QByteArray draft(const QByteArray &subject)
{
    return "From: alice@example.org\r\nTo: bob@example.org\r\nSubject: " + subject +
           "\r\nMessage-ID: <draft-1@example.org>\r\n\r\nText of " + subject + ".\r\n";
}
} // namespace

TEST_CASE("Drafts: saving often while offline queues one upload of the newest version",
          "[actions][drafts]")
{
    ActionsFixture f;
    DraftStore drafts(f.store());
    const MessageId first = must(drafts.save(f.account(), draft("v1")));
    const auto row = f.row(first);
    CHECK(row.folder == f.folder(u"Drafts"_s));
    CHECK(row.record.subject == u"v1"_s);
    CHECK(row.record.flags.testFlag(MessageFlag::Draft));
    REQUIRE(f.ops().size() == 1);
    CHECK(f.ops()[0].kind == PendingOpKind::Append);
    CHECK(f.ops()[0].message == first);

    MessageId latest = first;
    for (const QByteArray version : {"v2", "v3", "v4"})
        latest = must(drafts.save(f.account(), draft(version), latest));
    CHECK_FALSE(must(f.store().message(first)).has_value());
    CHECK(must(f.store().counts(f.folder(u"Drafts"_s))).total == 1);
    CHECK(must(drafts.load(latest)).contains("Text of v4."));
    const auto ops = f.ops();
    REQUIRE(ops.size() == 1);
    CHECK(ops[0].message == latest);

    must(drafts.discard(latest));
    CHECK(must(f.store().counts(f.folder(u"Drafts"_s))).total == 0);
    CHECK(f.ops().empty());
}

TEST_CASE("Drafts: a version already on the server is removed there after the new one",
          "[actions][drafts]")
{
    ActionsFixture f;
    DraftStore drafts(f.store());
    const MessageId first = must(drafts.save(f.account(), draft("v1")));
    // What the replay does once the server took it: the stand-in gets its UID.
    must(f.store().relocateMessage(first, f.folder(u"Drafts"_s), Uid{12}));
    must(f.store().removeOp(f.ops()[0].id));

    const MessageId second = must(drafts.save(f.account(), draft("v2"), first));
    CHECK_FALSE(must(f.store().message(first)).has_value());
    const auto ops = f.ops();
    REQUIRE(ops.size() == 3);
    CHECK(ops[0].kind == PendingOpKind::Append);
    CHECK(ops[0].message == second);
    CHECK(ops[1].kind == PendingOpKind::SetFlags);
    CHECK(ops[1].uid == Uid{12});
    CHECK(ops[2].kind == PendingOpKind::Expunge);
    CHECK(ops[2].uid == Uid{12});
}

TEST_CASE("Drafts: kept here for POP3 and for IMAP without server drafts", "[actions][drafts]")
{
    const bool pop = GENERATE(true, false);
    ActionsFixture f(pop ? Protocol::Pop3 : Protocol::Imap,
                     [](AccountSettings &s) { s.imap.serverDrafts = false; });
    DraftStore drafts(f.store());
    const MessageId first = must(drafts.save(f.account(), draft("v1")));
    const MessageId second = must(drafts.save(f.account(), draft("v2"), first));
    const auto folder = must(f.store().folder(f.row(second).folder));
    REQUIRE(folder.has_value());
    CHECK(folder->path == (pop ? u"Drafts"_s : u"Local Folders/Drafts"_s));
    CHECK(folder->role == lb::store::FolderRole::Drafts);
    CHECK(folder->total == 1);
    CHECK(f.ops().empty());
}

TEST_CASE("Drafts: sending commits the message to the Outbox, then the draft goes",
          "[actions][drafts]")
{
    ActionsFixture f;
    DraftStore drafts(f.store());
    const MessageId id = must(drafts.save(f.account(), draft("final")));
    lb::mime::ComposedMessage message;
    message.bytes = draft("final");
    message.messageId = "<draft-1@example.org>";
    message.envelopeFrom = u"alice@example.org"_s;
    message.envelopeRecipients = {u"bob@example.org"_s};
    const auto queued = must(drafts.send(id, message));
    const auto entry = must(f.store().outboxEntry(queued));
    REQUIRE(entry.has_value());
    CHECK(entry->state == lb::store::OutboxState::Queued);
    CHECK_FALSE(must(f.store().message(id)).has_value());
    CHECK(f.ops().empty()); // never uploaded: nothing to remove on the server
}
