// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SortKeys.h"

#include "StoreFixture.h"

using namespace lb;
using namespace lb::store;
using namespace lb::store::test;
using namespace Qt::Literals::StringLiterals;

namespace {

std::unique_ptr<Database> createAtVersion(const QString &path, int version)
{
    auto db = must(Database::open(path));
    must(registerSortFunctions(*db));
    must(migrate(*db, version));
    REQUIRE(must(schemaVersion(*db)) == version);
    return db;
}

// Rows as the Letterbox of that schema version would have written them.
void fillRepresentativeRows(Database &db, int version)
{
    if (version < 1)
        return;
    must(db.exec(R"sql(
        INSERT INTO accounts (id, name, protocol, email) VALUES (1, 'Old', 'imap', 'o@example.org');
        INSERT INTO account_settings VALUES (1, 'imap.host', 'mail.example.org');
        INSERT INTO folders (id, account_id, path, delimiter, role) VALUES (1, 1, 'INBOX', '/', 'inbox');
        INSERT INTO threads (id, account_id) VALUES (1, 1);
        INSERT INTO thread_refs VALUES (1, 'root@example.org', 1), (1, 'reply@example.org', 1);
        INSERT INTO messages (id, folder_id, uid, message_id, thread_id, date, from_name,
                              from_address, subject, size, flags, in_reply_to, refs)
            VALUES (1, 1, 5, 'reply@example.org', 1, 1700000000, 'Zoë Sender', 'zoe@example.org',
                    'Re: Budget meeting', 1234, 0, 'root@example.org', 'root@example.org');
        INSERT INTO message_bodies VALUES (1, X'48656C6C6F');
    )sql"));
    if (version >= 2) {
        must(db.exec("INSERT INTO pending_ops (account_id, kind, message_id, flags_add, created) "
                     "VALUES (1, 'set_flags', 1, 1, 1700000001);"
                     "INSERT INTO pop_seen VALUES (1, 'UIDL-1', 1700000002, 'stored', 1);"));
    }
    if (version >= 3 && version < 5) {
        must(db.exec("INSERT INTO message_fts (rowid, subject, sender, recipients, body) VALUES "
                     "(1, 'Re: Budget meeting', 'Zoë Sender zoe@example.org', '', '');"));
    }
    if (version >= 4) {
        must(db.exec("UPDATE messages SET sort_sender = 'zoë sender', "
                     "sort_subject = 'budget meeting' WHERE id = 1;"));
    }
    if (version >= 5) {
        must(db.exec("UPDATE messages SET fts_key = (1700000000 << 21) + 1 WHERE id = 1;"
                     "INSERT INTO message_search (rowid, subject, sender, recipients, body) "
                     "VALUES ((1700000000 << 21) + 1, 'Re: Budget meeting', "
                     "'Zoë Sender zoe@example.org', '', '');"));
    }
}

QStringList schemaOf(const QString &path)
{
    auto db = must(Database::open(path));
    auto stmt = must(db->prepare("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                 "ORDER BY type, name"));
    QStringList out;
    while (must(stmt.step()))
        out << stmt.textAt(0) + u'|' + stmt.textAt(1) + u'|' + stmt.textAt(2) + u'|' +
                   stmt.textAt(3);
    return out;
}

} // namespace

TEST_CASE("Every earlier schema version migrates to the current one, keeping its rows",
          "[store][migration]")
{
    const int from = GENERATE(range(0, latestSchemaVersion()));
    CAPTURE(from);
    QTemporaryDir dir;
    const QString oldPath = dir.filePath(u"old.sqlite"_s);
    {
        auto db = createAtVersion(oldPath, from);
        fillRepresentativeRows(*db, from);
    }
    {
        Store migrated = must(Store::open(oldPath));
        if (from >= 1) {
            const auto accounts = must(migrated.accounts());
            REQUIRE(accounts.size() == 1);
            CHECK(accounts[0].name == u"Old"_s);
            CHECK(must(migrated.accountSetting(AccountId{1}, u"imap.host"_s)) ==
                  u"mail.example.org"_s);
            const FolderCounts counts = must(migrated.counts(FolderId{1}));
            CHECK(counts.total == 1);
            CHECK(counts.unread == 1);
            const auto row = must(migrated.message(MessageId{1}));
            REQUIRE(row.has_value());
            CHECK(row->record.subject == u"Re: Budget meeting"_s);
            CHECK(row->record.references == QStringList{u"root@example.org"_s});
            CHECK(must(migrated.body(MessageId{1})) == QByteArray("Hello"));
            // The FTS index was filled from existing rows (version 3).
            const auto hits = must(migrated.search(u"budget"_s, std::nullopt, 10));
            REQUIRE(hits.size() == 1);
            CHECK(hits[0].id == MessageId{1});
            CHECK(must(migrated.search(u"zoe"_s, std::nullopt, 10)).size() == 1);
            // The sort keys were computed for existing rows (version 4).
            const auto page = must(migrated.messagesPage(FolderId{1}, SortKey::Subject,
                                                         SortDirection::Ascending, {}, 1));
            REQUIRE(page.next.has_value());
            CHECK(std::get<QString>(page.next->value) == u"budget meeting"_s);
            // A newly arriving child joins the old thread through the old placeholder table.
            MessageRecord child = record(6);
            child.inReplyTo = u"reply@example.org"_s;
            const auto ids = must(migrated.upsertHeaders(FolderId{1}, std::vector{child}));
            CHECK(must(migrated.message(ids[0]))->thread == ThreadId{1});
        }
        if (from >= 2) {
            const auto op = must(migrated.nextOp(AccountId{1}));
            REQUIRE(op.has_value());
            CHECK(op->kind == PendingOpKind::SetFlags);
            CHECK(op->flagsAdd == MessageFlags(MessageFlag::Seen));
            CHECK(must(migrated.knownUidls(AccountId{1})).contains(u"UIDL-1"_s));
        }
    }
    const QString freshPath = dir.filePath(u"fresh.sqlite"_s);
    must(Store::open(freshPath));
    CHECK(schemaOf(oldPath) == schemaOf(freshPath));
    auto db = must(Database::open(oldPath));
    CHECK(must(schemaVersion(*db)) == latestSchemaVersion());
}

TEST_CASE("A cache from a newer Letterbox is refused with a clear message", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.sqlite"_s);
    {
        auto db = must(Database::open(path));
        const QByteArray sql =
            "PRAGMA user_version = " + QByteArray::number(latestSchemaVersion() + 1);
        must(db->exec(sql.constData()));
    }
    auto opened = Store::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(u"newer than this Letterbox understands"_s));
    CHECK(opened.error().message.contains(QString::number(latestSchemaVersion() + 1)));
}

TEST_CASE("A failing migration step leaves the file whole at the previous version",
          "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.sqlite"_s);
    {
        auto db = createAtVersion(path, 2);
        must(db->exec("CREATE TABLE message_fts (x)")); // collides with step 3
    }
    auto opened = Store::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(u"version 3"_s));
    auto db = must(Database::open(path));
    CHECK(must(schemaVersion(*db)) == 2);
}

TEST_CASE("Opening a current cache again changes nothing", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    must(Store::open(path));
    const QStringList before = schemaOf(path);
    must(Store::open(path));
    CHECK(schemaOf(path) == before);
}
