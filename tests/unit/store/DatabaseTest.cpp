// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include "StoreFixture.h"

#include <sys/wait.h>
#include <unistd.h>

using namespace lb;
using namespace lb::store;
using namespace lb::store::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString pragmaText(Database &db, const char *sql)
{
    auto stmt = must(db.prepare(sql));
    REQUIRE(must(stmt.step()));
    return stmt.textAt(0);
}

std::int64_t countRows(Database &db, const char *sql)
{
    auto stmt = must(db.prepare(sql));
    REQUIRE(must(stmt.step()));
    return stmt.intAt(0);
}

} // namespace

TEST_CASE("A connection is opened in WAL mode with foreign keys and NORMAL sync", "[store]")
{
    QTemporaryDir dir;
    auto db = must(Database::open(dir.filePath(u"db.sqlite"_s)));
    CHECK(pragmaText(*db, "PRAGMA journal_mode") == u"wal"_s);
    CHECK(pragmaText(*db, "PRAGMA foreign_keys") == u"1"_s);
    CHECK(pragmaText(*db, "PRAGMA synchronous") == u"1"_s); // NORMAL
    CHECK(pragmaText(*db, "PRAGMA busy_timeout") == u"1000"_s);
}

TEST_CASE("The statement cache hands out one statement per SQL text, and a copy when in use",
          "[store]")
{
    QTemporaryDir dir;
    auto db = must(Database::open(dir.filePath(u"db.sqlite"_s)));
    must(db->exec("CREATE TABLE t (x INTEGER)"));
    for (int i = 0; i < 5; ++i) {
        auto insert = must(db->prepare("INSERT INTO t (x) VALUES (?1)"));
        insert.bindInt(1, i);
        must(insert.run());
    }
    // Nested use of the same text: the outer cursor keeps its place.
    auto outer = must(db->prepare("SELECT x FROM t ORDER BY x"));
    REQUIRE(must(outer.step()));
    CHECK(outer.intAt(0) == 0);
    {
        auto inner = must(db->prepare("SELECT x FROM t ORDER BY x"));
        REQUIRE(must(inner.step()));
        CHECK(inner.intAt(0) == 0);
    }
    REQUIRE(must(outer.step()));
    CHECK(outer.intAt(0) == 1);
}

TEST_CASE("Failures come back as readable errors, never crashes", "[store]")
{
    QTemporaryDir dir;
    auto db = must(Database::open(dir.filePath(u"db.sqlite"_s)));
    auto bad = db->prepare("SELEKT nonsense");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().scope == ErrorScope::Storage);
    CHECK(bad.error().message.contains(u"syntax error"_s));

    must(db->exec("CREATE TABLE t (x INTEGER NOT NULL UNIQUE)"));
    must(db->exec("INSERT INTO t VALUES (1)"));
    auto dup = db->exec("INSERT INTO t VALUES (1)");
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().message.contains(u"UNIQUE constraint failed"_s));

    auto unopenable = Database::open(dir.filePath(u"missing-dir/sub/db.sqlite"_s));
    REQUIRE_FALSE(unopenable.ok());
    CHECK(unopenable.error().message.contains(u"Could not open"_s));
}

TEST_CASE("A transaction rolls back when it leaves scope without commit", "[store]")
{
    QTemporaryDir dir;
    auto db = must(Database::open(dir.filePath(u"db.sqlite"_s)));
    must(db->exec("CREATE TABLE t (x INTEGER)"));
    {
        auto tx = must(Transaction::begin(*db));
        must(db->exec("INSERT INTO t VALUES (1)"));
        CHECK(db->inTransaction());
    }
    CHECK_FALSE(db->inTransaction());
    CHECK(countRows(*db, "SELECT count(*) FROM t") == 0);
    {
        auto tx = must(Transaction::begin(*db));
        must(db->exec("INSERT INTO t VALUES (2)"));
        must(tx.commit());
    }
    CHECK(countRows(*db, "SELECT count(*) FROM t") == 1);
}

TEST_CASE("A busy database is retried, and past the budget it is a retry-later error", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    auto holder = must(Database::open(path));
    must(holder->exec("CREATE TABLE t (x INTEGER)"));
    DatabaseOptions impatient;
    impatient.busyTimeout = std::chrono::milliseconds(5);
    impatient.busyBudget = std::chrono::milliseconds(60);
    auto other = must(Database::open(path, impatient));

    auto tx = must(Transaction::begin(*holder));
    auto blocked = Transaction::begin(*other);
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().remedy == Remedy::RetryLater);
    CHECK(blocked.error().message.contains(u"busy"_s));
    must(tx.commit());

    // Once the lock is free, the same connection goes on as if nothing happened.
    auto later = must(Transaction::begin(*other));
    must(other->exec("INSERT INTO t VALUES (7)"));
    must(later.commit());
    CHECK(countRows(*holder, "SELECT count(*) FROM t") == 1);
}

TEST_CASE("A process that dies mid-transaction leaves committed work and loses the rest", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    must(Store::open(path)); // create the schema before forking
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The child commits one account, starts another transaction and is killed.
        auto store = Store::open(path);
        if (!store || !store->createAccount({AccountId{}, u"Committed"_s, Protocol::Imap, {}, {}}))
            _exit(2);
        auto db = Database::open(path);
        if (!db || !(*db)->exec("BEGIN IMMEDIATE; INSERT INTO accounts (name, protocol) "
                                "VALUES ('Uncommitted', 'imap');"))
            _exit(3);
        raise(SIGKILL);
        _exit(4);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    auto store = must(Store::open(path));
    auto accounts = must(store.accounts());
    REQUIRE(accounts.size() == 1);
    CHECK(accounts[0].name == u"Committed"_s);
}

TEST_CASE("A durable checkpoint commits with a full sync and returns to NORMAL", "[store]")
{
    StoreFixture f;
    must(f.store.upsertHeaders(f.inbox, std::vector{record(1)}));
    must(f.store.durableCheckpoint());
    must(f.store.durableCheckpoint());
    auto db = must(Database::open(f.path));
    CHECK(countRows(*db, "SELECT value > 0 FROM store_meta WHERE key = 'durable_mark'") == 1);
    // Our own connection is back to cheap commits.
    must(f.store.upsertHeaders(f.inbox, std::vector{record(2)}));
    CHECK(must(f.store.counts(f.inbox)).total == 2);
}
