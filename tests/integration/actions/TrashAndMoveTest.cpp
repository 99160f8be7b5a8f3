// SPDX-License-Identifier: GPL-3.0-or-later
// Message actions against Dovecot: the cache changes at once, the next sync tells the server,
// and the sync after that finds nothing duplicated or lost.
#include "ServerFixture.h"

#include "sync/actions/MessageActions.h"

using namespace Qt::Literals::StringLiterals;
using lb::MessageId;
using lb::accounts::AccountSettings;
using lb::sync::FlagChange;
using lb::sync::MessageActions;
using lb::test::must;
using lb::test::sample;
using lb::test::ServerFixture;

namespace {
std::span<const MessageId> one(const MessageId &id)
{
    return std::span(&id, 1);
}

bool allHaveUids(const std::vector<lb::store::MessageRow> &rows)
{
    return std::all_of(rows.begin(), rows.end(),
                       [](const auto &row) { return row.record.uid.isValid(); });
}
} // namespace

TEST_CASE("IMAP actions: flag and move, delete to the server's Trash, Empty Trash",
          "[integration][actions]")
{
    ServerFixture f;
    for (int n = 1; n <= 3; ++n)
        f.deliver(u"INBOX"_s, sample(n));
    f.sync();
    MessageActions actions(f.store());

    const MessageId first = f.cachedId(u"INBOX"_s, u"Message 1"_s);
    const MessageId second = f.cachedId(u"INBOX"_s, u"Message 2"_s);
    must(actions.mark(one(first), FlagChange::Flagged));
    must(actions.move(one(first), f.folder(u"Archive"_s).id));
    must(actions.remove(one(second)));
    CHECK(f.cached(u"INBOX"_s).size() == 1); // at once, before any sync
    CHECK(f.cached(u"Archive"_s).size() == 1);
    CHECK(f.cached(u"Trash"_s).size() == 1);

    f.sync();
    CHECK(f.onServer(u"INBOX"_s).size() == 1);
    const auto archived = f.onServer(u"Archive"_s);
    REQUIRE(archived.size() == 1);
    CHECK(archived.front().flags.contains(u'F'));
    CHECK(archived.front().content.contains("Message 1"));
    REQUIRE(f.onServer(u"Trash"_s).size() == 1);
    CHECK(f.onServer(u"Trash"_s).front().content.contains("Message 2"));
    // The stand-ins gave way to the server's copies: one row each, with their UIDs.
    CHECK(f.cached(u"Archive"_s).size() == 1);
    CHECK(allHaveUids(f.cached(u"Archive"_s)));
    CHECK(f.cached(u"Trash"_s).size() == 1);
    CHECK(allHaveUids(f.cached(u"Trash"_s)));
    CHECK(must(f.store().pendingOps(f.account())).empty());

    CHECK(must(actions.emptyTrash(f.account())) == 1);
    CHECK(f.cached(u"Trash"_s).empty());
    f.deliver(u"Trash"_s, sample(9)); // filed by another client meanwhile: not ours to empty
    f.sync();
    const auto trash = f.onServer(u"Trash"_s);
    REQUIRE(trash.size() == 1);
    CHECK(trash.front().content.contains("Message 9"));
    CHECK(f.cached(u"Trash"_s).size() == 1);
    CHECK(must(f.store().pendingOps(f.account())).empty());
}

TEST_CASE("IMAP actions: with Trash kept here, deleted mail is fetched whole and then expunged",
          "[integration][actions]")
{
    ServerFixture f([](AccountSettings &s) {
        s.imap.serverTrash = false;
        s.imap.offline.kind = lb::accounts::OfflinePolicy::Kind::HeadersOnly;
    });
    f.deliver(u"INBOX"_s, sample(1));
    f.sync();
    const MessageId id = f.cachedId(u"INBOX"_s, u"Message 1"_s);
    CHECK_FALSE(must(f.store().body(id)).has_value()); // headers only so far
    must(MessageActions(f.store()).remove(one(id)));
    CHECK(f.cached(u"Local Folders/Trash"_s).size() == 1);

    f.sync();
    CHECK(f.onServer(u"INBOX"_s).empty());
    CHECK(f.onServer(u"Trash"_s).empty());
    // The local Trash survived the folder list sync and holds the whole message.
    const auto local = f.cached(u"Local Folders/Trash"_s);
    REQUIRE(local.size() == 1);
    const auto body = must(f.store().body(local.front().id));
    REQUIRE(body.has_value());
    CHECK(body->contains("Body of message 1."));
    CHECK(must(f.store().pendingOps(f.account())).empty());
}

TEST_CASE("IMAP actions: mark deleted instead, expunged when leaving the folder",
          "[integration][actions]")
{
    ServerFixture f([](AccountSettings &s) { s.imap.markDeletedInstead = true; });
    f.deliver(u"INBOX"_s, sample(1));
    f.deliver(u"INBOX"_s, sample(2));
    f.sync();
    MessageActions actions(f.store());
    must(actions.remove(one(f.cachedId(u"INBOX"_s, u"Message 1"_s))));
    f.sync();
    auto inbox = f.onServer(u"INBOX"_s);
    REQUIRE(inbox.size() == 2);
    const int marked = int(std::count_if(inbox.begin(), inbox.end(), [](const auto &m) {
        return m.flags.contains(u'T') && m.content.contains("Message 1");
    }));
    CHECK(marked == 1);
    CHECK(f.onServer(u"Trash"_s).empty());

    CHECK(must(actions.leaveFolder(f.folder(u"INBOX"_s).id)) == 1);
    f.sync();
    inbox = f.onServer(u"INBOX"_s);
    REQUIRE(inbox.size() == 1);
    CHECK(inbox.front().content.contains("Message 2"));
    CHECK(f.cached(u"INBOX"_s).size() == 1);
}
