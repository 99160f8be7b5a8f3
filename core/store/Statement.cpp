// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Statement.h"

#include "store/Database.h"

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace lb::store {

Statement::Statement(Database *db, sqlite3_stmt *stmt, bool *inUse)
    : m_db(db), m_stmt(stmt), m_inUse(inUse)
{}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_inUse(other.m_inUse), m_bindError(other.m_bindError)
{
    other.m_stmt = nullptr;
    other.m_inUse = nullptr;
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (!m_inUse) {
        sqlite3_finalize(m_stmt);
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    *m_inUse = false;
}

Statement &Statement::bindInt(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindText(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc =
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    // An empty QByteArray may have a null data pointer, which SQLite would store as NULL.
    static const char empty = 0;
    const char *data = value.isEmpty() ? &empty : value.constData();
    const int rc =
        sqlite3_bind_blob64(m_stmt, index, data, sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindTextOrNull(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bindText(index, value);
}

Result<bool> Statement::step()
{
    if (m_bindError)
        return m_db->lastError(u"Could not bind a value to a query"_s, m_bindError);
    const int rc = retryWhileBusy(m_db->options(), [this] {
        const int code = sqlite3_step(m_stmt);
        if (isBusyCode(code))
            sqlite3_reset(m_stmt);
        return code;
    });
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString sql = QString::fromUtf8(sqlite3_sql(m_stmt)).simplified().left(80);
    Error error = m_db->lastError(u"Query failed (%1)"_s.arg(sql), rc);
    sqlite3_reset(m_stmt);
    return error;
}

Result<void> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return Ok{};
    }
}

std::int64_t Statement::intAt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::textAt(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blobAt(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNullAt(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace lb::store
