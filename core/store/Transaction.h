// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace lb::store {

class Database;

// A write transaction started with BEGIN IMMEDIATE, so the write lock is taken up front and a
// later statement cannot fail with a busy upgrade. Commit is explicit; a Transaction that goes
// out of scope without commit() rolls back. Short: a few hundred to a few thousand rows.
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] Result<void> commit();

private:
    explicit Transaction(Database *db) : m_db(db) {}
    Database *m_db = nullptr;
};

} // namespace lb::store
