// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"

#include "QtCatch.h"

#include <QHash>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace lb::store;

TEST_CASE("storePopMessage commits row, bytes and ledger together and never duplicates",
          "[pop3][store]")
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(u"c.db"_s));
    REQUIRE(store.ok());
    auto account =
        store->createAccount({lb::AccountId{}, u"Home"_s, Protocol::Pop3, u"me@example.org"_s, {}});
    REQUIRE(account.ok());
    FolderRecord inbox;
    inbox.account = *account;
    inbox.path = u"Inbox"_s;
    inbox.role = FolderRole::Inbox;
    auto folder = store->upsertFolder(inbox);
    REQUIRE(folder.ok());

    MessageRecord record;
    record.uidl = u"uidl-1"_s;
    record.messageId = u"1@example.org"_s;
    record.subject = u"Hello"_s;
    auto first = store->storePopMessage(*folder, record, "raw bytes", BodyState::Partial);
    REQUIRE(first.ok());
    auto again = store->storePopMessage(*folder, record, "whole raw bytes", BodyState::Full);
    REQUIRE(again.ok());
    CHECK(*again == *first);
    CHECK(store->counts(*folder)->total == 1);
    CHECK(store->body(*first)->value() == "whole raw bytes");
    CHECK((*store->message(*first))->bodyState == BodyState::Full);

    auto ledger = store->popLedger(*account);
    REQUIRE(ledger.ok());
    REQUIRE(ledger->size() == 1);
    CHECK(ledger->front().uidl == u"uidl-1"_s);
    CHECK(ledger->front().state == PopState::Stored);
    CHECK(ledger->front().message == *first);

    record.uidl.clear();
    CHECK_FALSE(store->storePopMessage(*folder, record, "x", BodyState::Full).ok());

    const std::vector<lb::MessageId> gone{*first};
    REQUIRE(store->removeMessages(gone).ok());
    ledger = store->popLedger(*account);
    REQUIRE(ledger.ok());
    CHECK_FALSE(ledger->front().message.isValid()); // the local copy is gone
}

TEST_CASE("requestPopDeletion marks only stored entries, and the ledger shows local copies",
          "[pop3][store]")
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(u"c.db"_s));
    REQUIRE(store.ok());
    auto account =
        store->createAccount({lb::AccountId{}, u"Home"_s, Protocol::Pop3, u"me@example.org"_s, {}});
    REQUIRE(account.ok());
    FolderRecord inbox;
    inbox.account = *account;
    inbox.path = u"Inbox"_s;
    inbox.role = FolderRole::Inbox;
    auto folder = store->upsertFolder(inbox);
    REQUIRE(folder.ok());

    MessageRecord record;
    record.uidl = u"kept"_s;
    record.messageId = u"1@example.org"_s;
    auto kept = store->storePopMessage(*folder, record, "one", BodyState::Full, 1000);
    REQUIRE(kept.ok());
    record.uidl = u"trashed"_s;
    record.messageId = u"2@example.org"_s;
    auto trashed = store->storePopMessage(*folder, record, "two", BodyState::Partial, 1000);
    REQUIRE(trashed.ok());
    REQUIRE(store->recordPopSeen(*account, u"gone"_s, lb::MessageId{}, PopState::Gone).ok());
    REQUIRE(store->recordPopSeen(*account, u"big"_s, lb::MessageId{}, PopState::Skipped).ok());

    const std::vector<QString> asked{u"trashed"_s, u"gone"_s, u"big"_s, u"unknown"_s};
    auto marked = store->requestPopDeletion(*account, asked);
    REQUIRE(marked.ok());
    CHECK(*marked == 1);
    const std::vector<lb::MessageId> removed{*trashed};
    REQUIRE(store->removeMessages(removed).ok());

    auto ledger = store->popLedger(*account);
    REQUIRE(ledger.ok());
    QHash<QString, PopSeenEntry> byUidl;
    for (const PopSeenEntry &e : *ledger)
        byUidl.insert(e.uidl, e);
    REQUIRE(byUidl.size() == 4);
    CHECK(byUidl[u"kept"_s].state == PopState::Stored);
    CHECK(byUidl[u"kept"_s].local == BodyState::Full);
    CHECK(byUidl[u"kept"_s].firstSeen == 1000);
    CHECK(byUidl[u"trashed"_s].state == PopState::DeleteRequested);
    CHECK_FALSE(byUidl[u"trashed"_s].local.has_value());
    CHECK(byUidl[u"gone"_s].state == PopState::Gone);
    CHECK(byUidl[u"big"_s].state == PopState::Skipped);

    // A skipped message downloaded later is dated by that download, not by the skip.
    record.uidl = u"big"_s;
    record.messageId = u"3@example.org"_s;
    REQUIRE(store->storePopMessage(*folder, record, "three", BodyState::Full, 5000).ok());
    ledger = store->popLedger(*account);
    REQUIRE(ledger.ok());
    const auto big = std::find_if(ledger->begin(), ledger->end(),
                                  [](const PopSeenEntry &e) { return e.uidl == u"big"_s; });
    REQUIRE(big != ledger->end());
    CHECK(big->state == PopState::Stored);
    CHECK(big->firstSeen == 5000);
}

TEST_CASE("storePopMessages commits a batch with its ledger entries, all or none", "[pop3][store]")
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(u"c.db"_s));
    REQUIRE(store.ok());
    auto account =
        store->createAccount({lb::AccountId{}, u"Home"_s, Protocol::Pop3, u"me@example.org"_s, {}});
    REQUIRE(account.ok());
    FolderRecord inbox;
    inbox.account = *account;
    inbox.path = u"Inbox"_s;
    inbox.role = FolderRole::Inbox;
    auto folder = store->upsertFolder(inbox);
    REQUIRE(folder.ok());

    std::vector<PopDownload> batch(3);
    for (int i = 0; i < 3; ++i) {
        batch[i].record.uidl = u"u%1"_s.arg(i);
        batch[i].record.messageId = u"%1@example.org"_s.arg(i);
        batch[i].raw = "raw " + QByteArray::number(i);
    }
    batch[2].state = BodyState::Partial;
    batch[1].record.uidl.clear(); // one bad entry: nothing of the batch is stored
    CHECK_FALSE(store->storePopMessages(*folder, batch, 100).ok());
    CHECK(store->counts(*folder)->total == 0);
    CHECK(store->popLedger(*account)->empty());

    batch[1].record.uidl = u"u1"_s;
    auto ids = store->storePopMessages(*folder, batch, 100);
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 3);
    CHECK(store->counts(*folder)->total == 3);
    CHECK(store->body((*ids)[1])->value() == "raw 1");
    CHECK((*store->message((*ids)[2]))->bodyState == BodyState::Partial);
    auto ledger = store->popLedger(*account);
    REQUIRE(ledger.ok());
    REQUIRE(ledger->size() == 3);
    for (const PopSeenEntry &e : *ledger) {
        CHECK(e.state == PopState::Stored);
        CHECK(e.firstSeen == 100);
        CHECK(e.local.has_value());
    }
}
