// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "common/Log.h"

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace lb::store {

bool isBusyCode(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

Database::Database(sqlite3 *db, QString path, DatabaseOptions options)
    : m_db(db), m_path(std::move(path)), m_options(options)
{}

Database::~Database()
{
    for (auto &[sql, cached] : m_cache)
        sqlite3_finalize(cached.stmt);
    // Rolls back any transaction still open: uncommitted work never reaches the file.
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, DatabaseOptions options)
{
    sqlite3 *raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        QString why =
            raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(raw);
        return storageError(u"Could not open the mail cache %1: %2"_s.arg(path, why));
    }
    std::unique_ptr<Database> db(new Database(raw, path, options));
    if (auto configured = db->configure(); !configured)
        return configured.error();
    return db;
}

Result<void> Database::configure()
{
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, int(m_options.busyTimeout.count()));
    // WAL lets readers (the GUI) run while a worker writes; NORMAL keeps commits cheap and still
    // survives a killed process. Foreign keys make deletions cascade.
    auto mode = prepare("PRAGMA journal_mode=WAL");
    if (!mode)
        return mode.error();
    auto row = mode->step();
    if (!row)
        return row.error();
    if (!*row || mode->textAt(0).compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return storageError(u"The mail cache %1 cannot use write-ahead logging"_s.arg(m_path));
    // A 32 MiB page cache keeps the indexes of a large folder in memory (default: 2 MiB);
    // checkpoints every 32 MiB of WAL instead of 4 coalesce pages rewritten by a sync.
    return exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768; "
                "PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=8192;");
}

Result<Statement> Database::prepare(const char *sql)
{
    auto [it, inserted] = m_cache.try_emplace(std::string(sql));
    CachedStatement &slot = it->second;
    if (!inserted && !slot.inUse) {
        slot.inUse = true;
        return Statement(this, slot.stmt, &slot.inUse);
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = retryWhileBusy(m_options, [&] {
        return sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    });
    if (rc != SQLITE_OK) {
        if (inserted)
            m_cache.erase(it);
        return lastError(u"Could not prepare a query"_s, rc);
    }
    if (!inserted) // the cached one is busy (a nested use): this copy is owned and finalized
        return Statement(this, stmt, nullptr);
    slot.stmt = stmt;
    slot.inUse = true;
    return Statement(this, stmt, &slot.inUse);
}

Result<void> Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = retryWhileBusy(m_options, [&] {
        sqlite3_free(message);
        message = nullptr;
        return sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    });
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return lastError(u"Could not run a database script"_s, rc);
    return Ok{};
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return !sqlite3_get_autocommit(m_db);
}

Error Database::lastError(const QString &what, int code) const
{
    Error error = storageError(u"%1: %2 (SQLite code %3)"_s.arg(
        what, QString::fromUtf8(sqlite3_errmsg(m_db)), QString::number(code)));
    if (isBusyCode(code)) {
        error.remedy = Remedy::RetryLater;
        error.message =
            u"%1: the mail cache is busy in another thread; try again (SQLite code %2)"_s.arg(
                what, QString::number(code));
    }
    qCWarning(lcStore).noquote() << error.message;
    return error;
}

} // namespace lb::store
