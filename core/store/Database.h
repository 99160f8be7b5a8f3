// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "store/Statement.h"

#include <QString>

#include <chrono>
#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace lb::store {

struct DatabaseOptions
{
    // How long SQLite's own busy handler waits inside one call.
    std::chrono::milliseconds busyTimeout{1000};
    // How long we keep retrying a call that still reports SQLITE_BUSY before giving up with a
    // RetryLater error (never a crash: several accounts write at the same time).
    std::chrono::milliseconds busyBudget{30000};
};

// One SQLite connection (RAII over sqlite3*), opened in WAL mode with foreign keys on,
// synchronous=NORMAL and a busy timeout. Owns a cache of prepared statements keyed by SQL text.
// Thread contract: a Database is used by the thread that opened it and by no other; every
// thread (each account worker, the GUI reader) opens its own.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path,
                                                                DatabaseOptions options = {});

    // A statement from the cache; the SQL text is the key, so pass string literals.
    [[nodiscard]] Result<Statement> prepare(const char *sql);
    // Runs one or more statements that take no parameters (schema scripts, pragmas).
    [[nodiscard]] Result<void> exec(const char *sql);

    [[nodiscard]] std::int64_t lastInsertId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] const DatabaseOptions &options() const { return m_options; }
    [[nodiscard]] const QString &path() const { return m_path; }
    // For registering SQL functions; SQL itself goes through prepare() and exec().
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

    // An Error describing the connection's last failure, prefixed with what we were doing.
    [[nodiscard]] Error lastError(const QString &what, int code) const;

private:
    Database(sqlite3 *db, QString path, DatabaseOptions options);
    [[nodiscard]] Result<void> configure();

    sqlite3 *m_db = nullptr;
    QString m_path;
    DatabaseOptions m_options;
    struct CachedStatement
    {
        sqlite3_stmt *stmt = nullptr;
        bool inUse = false;
    };
    std::unordered_map<std::string, CachedStatement> m_cache;
};

// True for SQLITE_BUSY and SQLITE_LOCKED (and their extended codes).
[[nodiscard]] bool isBusyCode(int code);

// Runs attempt() until it stops reporting busy or the budget is spent, sleeping with
// exponential backoff between tries. attempt returns an SQLite result code.
template <typename Attempt> int retryWhileBusy(const DatabaseOptions &options, Attempt attempt);

// Prepares sql, lets bind() set its parameters and runs it to completion.
template <typename Bind>
[[nodiscard]] Result<void> runStatement(Database &db, const char *sql, Bind &&bind)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    return stmt->run();
}

} // namespace lb::store

#include "store/BusyRetry.h"
