// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Transaction.h"

#include "store/Database.h"

namespace lb::store {

Result<Transaction> Transaction::begin(Database &db)
{
    if (auto started = db.exec("BEGIN IMMEDIATE"); !started)
        return started.error();
    return Transaction(&db);
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(other.m_db)
{
    other.m_db = nullptr;
}

Transaction::~Transaction()
{
    if (m_db && m_db->inTransaction())
        (void)m_db->exec("ROLLBACK");
}

Result<void> Transaction::commit()
{
    Database *db = m_db;
    m_db = nullptr;
    if (auto done = db->exec("COMMIT"); !done) {
        if (db->inTransaction())
            (void)db->exec("ROLLBACK");
        return done.error();
    }
    return Ok{};
}

} // namespace lb::store
