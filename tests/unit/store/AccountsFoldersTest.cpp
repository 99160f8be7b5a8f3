// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

using namespace lb;
using namespace lb::store;
using namespace lb::store::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Accounts are created, read, updated and removed", "[store]")
{
    StoreFixture f;
    const AccountId pop = must(f.store.createAccount(
        {AccountId{}, u"Home"_s, Protocol::Pop3, u"me@home.example"_s, u"Me at home"_s}));
    auto all = must(f.store.accounts());
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == u"Home"_s);
    CHECK(all[0].protocol == Protocol::Pop3);
    CHECK(all[1].name == u"Work"_s);

    AccountRecord changed = *must(f.store.account(pop));
    changed.email = u"new@home.example"_s;
    must(f.store.updateAccount(changed));
    CHECK(must(f.store.account(pop))->email == u"new@home.example"_s);

    auto duplicate = f.store.createAccount({AccountId{}, u"Home"_s, Protocol::Imap, {}, {}});
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(u"UNIQUE"_s));

    must(f.store.removeAccount(pop));
    CHECK_FALSE(must(f.store.account(pop)).has_value());
    CHECK(must(f.store.accounts()).size() == 1);
}

TEST_CASE("Account settings are key/value text and never secrets", "[store]")
{
    StoreFixture f;
    must(f.store.setAccountSetting(f.account, u"imap.host"_s, u"imap.example.org"_s));
    must(f.store.setAccountSetting(f.account, u"imap.host"_s, u"mail.example.org"_s));
    CHECK(must(f.store.accountSetting(f.account, u"imap.host"_s)) == u"mail.example.org"_s);
    CHECK_FALSE(must(f.store.accountSetting(f.account, u"smtp.host"_s)).has_value());
    for (const QString &key : {u"password"_s, u"imap.Password"_s, u"oauth.token"_s, u"secret"_s}) {
        auto refused = f.store.setAccountSetting(f.account, key, u"hunter2"_s);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(u"keyring"_s));
    }
}

TEST_CASE("Folders upsert by path and keep a role the user chose", "[store]")
{
    StoreFixture f;
    FolderRecord sent{FolderId{}, f.account, u"Sent Items"_s, u'/', FolderRole::Sent};
    const FolderId id = must(f.store.upsertFolder(sent));
    CHECK(must(f.store.upsertFolder(sent)) == id);

    must(f.store.setFolderRole(id, FolderRole::Archive));
    sent.subscribed = false;
    CHECK(must(f.store.upsertFolder(sent)) == id); // the server still says \Sent
    const FolderRecord stored = *must(f.store.folder(id));
    CHECK(stored.role == FolderRole::Archive);
    CHECK(stored.roleOverridden);
    CHECK_FALSE(stored.subscribed);
    CHECK(stored.delimiter == u'/');

    const auto all = must(f.store.folders(f.account));
    REQUIRE(all.size() == 2);
    CHECK(all[0].path == u"INBOX"_s);
    CHECK(all[0].role == FolderRole::Inbox);
    CHECK(all[1].path == u"Sent Items"_s);

    must(f.store.removeFolder(id));
    CHECK(must(f.store.folders(f.account)).size() == 1);
}

TEST_CASE("Folder sync state is recorded and a UIDVALIDITY change needs a clear", "[store]")
{
    StoreFixture f;
    must(f.store.setFolderSyncState(f.inbox, {UidValidity{100}, Uid{5}, ModSeq{9000}}));
    auto folder = *must(f.store.folder(f.inbox));
    CHECK(folder.sync.uidValidity == UidValidity{100});
    CHECK(folder.sync.uidNext == Uid{5});
    CHECK(folder.sync.highestModSeq == ModSeq{9000});

    must(f.store.upsertHeaders(f.inbox, std::vector{record(1), record(2), record(3)}));
    auto refused = f.store.setFolderSyncState(f.inbox, {UidValidity{200}, Uid{1}, ModSeq{}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().scope == ErrorScope::Folder);
    CHECK(refused.error().message.contains(u"UIDVALIDITY"_s));

    must(f.store.clearFolder(f.inbox, UidValidity{200}));
    folder = *must(f.store.folder(f.inbox));
    CHECK(folder.sync.uidValidity == UidValidity{200});
    CHECK(folder.sync.uidNext == Uid{0});
    CHECK(folder.total == 0);
    CHECK(folder.unread == 0);
    CHECK(must(f.store.uids(f.inbox)).empty());
    CHECK(must(f.store.search(u"hello"_s, std::nullopt, 10)).empty());
    // Under the new UIDVALIDITY, UID 1 is a different message and is inserted afresh.
    must(f.store.upsertHeaders(f.inbox, std::vector{record(1)}));
    must(f.store.setFolderSyncState(f.inbox, {UidValidity{200}, Uid{2}, ModSeq{}}));
    CHECK(must(f.store.counts(f.inbox)).total == 1);
}

TEST_CASE("Removing an account cascades to everything it owns", "[store]")
{
    StoreFixture f;
    const auto ids = must(f.store.upsertHeaders(f.inbox, std::vector{record(1), record(2)}));
    must(f.store.storeBody(ids[0], "raw"));
    must(f.store.setAccountSetting(f.account, u"imap.host"_s, u"h"_s));
    must(f.store.enqueueOp(
        {PendingOpId{}, f.account, PendingOpKind::Delete, ids[1], f.inbox, Uid{2}}));
    must(f.store.recordPopSeen(f.account, u"U1"_s, ids[0], PopState::Stored));
    const ThreadId thread = must(f.store.message(ids[0]))->thread;

    must(f.store.removeAccount(f.account));
    CHECK_FALSE(must(f.store.folder(f.inbox)).has_value());
    CHECK_FALSE(must(f.store.message(ids[0])).has_value());
    CHECK_FALSE(must(f.store.body(ids[0])).has_value());
    CHECK(must(f.store.threadMessages(thread)).empty());
    CHECK(must(f.store.pendingOps(f.account)).empty());
    CHECK(must(f.store.knownUidls(f.account)).isEmpty());
    CHECK_FALSE(must(f.store.accountSetting(f.account, u"imap.host"_s)).has_value());
    CHECK(must(f.store.search(u"hello"_s, std::nullopt, 10)).empty());
}

TEST_CASE("All settings of an account are read and replaced at once", "[store]")
{
    StoreFixture f;
    must(f.store.setAccountSetting(f.account, u"imap.host"_s, u"old.example"_s));
    must(f.store.setAccountSetting(f.account, u"imap.port"_s, u"993"_s));
    const QMap<QString, QString> next{{u"imap.host"_s, u"new.example"_s},
                                      {u"smtp.host"_s, u"smtp.example"_s}};
    must(f.store.replaceAccountSettings(f.account, next));
    CHECK(must(f.store.accountSettings(f.account)) == next);
    // A secret in the batch refuses the whole replacement.
    auto refused = f.store.replaceAccountSettings(f.account, {{u"password"_s, u"x"_s}});
    REQUIRE_FALSE(refused.ok());
    CHECK(must(f.store.accountSettings(f.account)) == next);
}
