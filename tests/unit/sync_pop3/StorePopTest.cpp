// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"

#include "QtCatch.h"

#include <QTemporaryDir>

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
