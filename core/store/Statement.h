// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <utility>

#include <type_traits>

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

struct sqlite3_stmt;

namespace lb::store {

class Database;

// A prepared statement borrowed from a Database's cache (or owned, when the cached one is
// already in use). Destroying it resets the statement and clears its bindings so the cache can
// hand it out again. Bind indexes and column indexes are 1-based and 0-based, as in SQLite.
// Lives on the thread of its Database and must not outlive it.
class Statement
{
public:
    // inUse is the cache slot's flag, or nullptr when this Statement owns (finalizes) stmt.
    Statement(Database *db, sqlite3_stmt *stmt, bool *inUse);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    ~Statement();

    Statement &bindInt(int index, std::int64_t value);
    Statement &bindText(int index, const QString &value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    // NULL when the string is empty: optional server identities (uidl, Message-ID) stay NULL.
    Statement &bindTextOrNull(int index, const QString &value);

    // true: a row is ready to read; false: the statement is done. SQLITE_BUSY is retried
    // with backoff up to the Database's busy budget, then reported with Remedy::RetryLater.
    [[nodiscard]] Result<bool> step();
    // Runs a statement that returns no rows to completion.
    [[nodiscard]] Result<void> run();

    [[nodiscard]] std::int64_t intAt(int column) const;
    [[nodiscard]] QString textAt(int column) const;
    [[nodiscard]] QByteArray blobAt(int column) const;
    [[nodiscard]] bool isNullAt(int column) const;

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool *m_inUse = nullptr;
    int m_bindError = 0;
};

// Steps the statement to its end and reads each row with `read(const Statement &)`.
template <typename Read>
[[nodiscard]] auto collectRows(Statement &stmt, Read read)
    -> Result<std::vector<std::invoke_result_t<Read, const Statement &>>>
{
    std::vector<std::invoke_result_t<Read, const Statement &>> rows;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            return rows;
        rows.push_back(read(std::as_const(stmt)));
    }
}

} // namespace lb::store
