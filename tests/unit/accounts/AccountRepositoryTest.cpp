// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountRepository.h"
#include "store/Store.h"

#include "QtCatch.h"

#include <QTemporaryDir>

using namespace lb;
using namespace lb::accounts;
using namespace Qt::Literals::StringLiterals;

namespace {

AccountSettings popAccount(const QString &name)
{
    AccountSettings s;
    s.name = name;
    s.protocol = Protocol::Pop3;
    s.email = u"%1@example.org"_s.arg(name.toLower());
    s.incoming = {u"pop.example.org"_s, 995, net::TlsMode::Implicit, name.toLower(), {}};
    s.pop3.deleteAfterDays = 14;
    return s;
}

} // namespace

TEST_CASE("Accounts persist in the cache and come back whole", "[accounts]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    AccountId id;
    {
        auto store = store::Store::open(path);
        REQUIRE(store.ok());
        AccountRepository repo(*store);
        auto added = repo.add(popAccount(u"Home"_s));
        REQUIRE(added.ok());
        id = *added;
    }
    auto store = store::Store::open(path);
    REQUIRE(store.ok());
    AccountRepository repo(*store);
    auto found = repo.byName(u"Home"_s);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const StoredAccount &account = **found;
    CHECK(account.id == id);
    CHECK(account.settings.protocol == Protocol::Pop3);
    CHECK(account.settings.email == u"home@example.org"_s);
    CHECK(account.settings.incoming.port == 995);
    CHECK(account.settings.pop3.deleteAfterDays == 14);
}

TEST_CASE("A cleared option does not linger after an update", "[accounts]")
{
    QTemporaryDir dir;
    auto store = store::Store::open(dir.filePath(u"cache.sqlite"_s));
    REQUIRE(store.ok());
    AccountRepository repo(*store);
    AccountSettings s = popAccount(u"Home"_s);
    auto id = repo.add(s);
    REQUIRE(id.ok());
    s.pop3.deleteAfterDays.reset();
    REQUIRE(repo.update(*id, s).ok());
    auto all = repo.all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK_FALSE(all->front().settings.pop3.deleteAfterDays.has_value());
}

TEST_CASE("Duplicate names and invalid settings are refused with a reason", "[accounts]")
{
    QTemporaryDir dir;
    auto store = store::Store::open(dir.filePath(u"cache.sqlite"_s));
    REQUIRE(store.ok());
    AccountRepository repo(*store);
    REQUIRE(repo.add(popAccount(u"Home"_s)).ok());
    auto again = repo.add(popAccount(u"Home"_s));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(u"already exists"_s));

    AccountSettings bad = popAccount(u"Other"_s);
    bad.incoming.host.clear();
    REQUIRE_FALSE(repo.add(bad).ok());
    auto all = repo.all();
    REQUIRE(all.ok());
    CHECK(all->size() == 1);
}

TEST_CASE("Removing an account removes its settings", "[accounts]")
{
    QTemporaryDir dir;
    auto store = store::Store::open(dir.filePath(u"cache.sqlite"_s));
    REQUIRE(store.ok());
    AccountRepository repo(*store);
    auto id = repo.add(popAccount(u"Home"_s));
    REQUIRE(id.ok());
    REQUIRE(repo.remove(*id).ok());
    auto settings = store->accountSettings(*id);
    REQUIRE(settings.ok());
    CHECK(settings->isEmpty());
    auto all = repo.all();
    REQUIRE(all.ok());
    CHECK(all->empty());
}
