// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"

#include "store/Migrations.h"
#include "store/RowReader.h"
#include "store/SortKeys.h"
#include "store/Transaction.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace lb::store {

Store::Store(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
Store::Store(Store &&) noexcept = default;
Store &Store::operator=(Store &&) noexcept = default;
Store::~Store() = default;

Result<Store> Store::open(const QString &path, DatabaseOptions options)
{
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    if (auto registered = registerSortFunctions(**db); !registered)
        return registered.error();
    if (auto migrated = migrate(**db); !migrated)
        return migrated.error();
    return Store(std::move(*db));
}

Result<void> Store::durableCheckpoint()
{
    // In WAL mode a synchronous=FULL commit syncs the WAL, and the WAL holds every earlier
    // commit: one fsync covers them all.
    if (auto full = m_db->exec("PRAGMA synchronous=FULL"); !full)
        return full;
    Result<void> result = [this]() -> Result<void> {
        auto tx = Transaction::begin(*m_db);
        if (!tx)
            return tx.error();
        auto marked =
            runStatement(*m_db, "UPDATE store_meta SET value = ?1 WHERE key = 'durable_mark'",
                         [](Statement &s) { s.bindInt(1, QDateTime::currentSecsSinceEpoch()); });
        if (!marked)
            return marked;
        return tx->commit();
    }();
    auto normal = m_db->exec("PRAGMA synchronous=NORMAL");
    if (!result)
        return result;
    return normal;
}

// --- Accounts -------------------------------------------------------------------------------

Result<AccountId> Store::createAccount(const AccountRecord &account)
{
    auto done = runStatement(*m_db,
                             "INSERT INTO accounts (name, protocol, email, display_name) "
                             "VALUES (?1, ?2, ?3, ?4)",
                             [&](Statement &s) {
                                 s.bindText(1, account.name)
                                     .bindText(2, protocolText(account.protocol))
                                     .bindText(3, account.email)
                                     .bindText(4, account.displayName);
                             });
    if (!done)
        return done.error();
    return AccountId{m_db->lastInsertId()};
}

Result<void> Store::updateAccount(const AccountRecord &account)
{
    return runStatement(*m_db,
                        "UPDATE accounts SET name = ?2, protocol = ?3, email = ?4, "
                        "display_name = ?5 WHERE id = ?1",
                        [&](Statement &s) {
                            s.bindInt(1, account.id.value)
                                .bindText(2, account.name)
                                .bindText(3, protocolText(account.protocol))
                                .bindText(4, account.email)
                                .bindText(5, account.displayName);
                        });
}

Result<void> Store::removeAccount(AccountId account)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    // pending_ops and pop_seen cascade with the account; messages cascade with its folders.
    auto done = runStatement(*m_db, "DELETE FROM accounts WHERE id = ?1",
                             [&](Statement &s) { s.bindInt(1, account.value); });
    if (!done)
        return done;
    return tx->commit();
}

namespace {
AccountRecord readAccount(const Statement &s)
{
    return AccountRecord{AccountId{s.intAt(0)}, s.textAt(1), protocolFromText(s.textAt(2)),
                         s.textAt(3), s.textAt(4)};
}
} // namespace

Result<std::vector<AccountRecord>> Store::accounts()
{
    auto stmt = m_db->prepare(
        "SELECT id, name, protocol, email, display_name FROM accounts ORDER BY name, id");
    if (!stmt)
        return stmt.error();
    return collectRows(*stmt, readAccount);
}

Result<std::optional<AccountRecord>> Store::account(AccountId account)
{
    auto stmt =
        m_db->prepare("SELECT id, name, protocol, email, display_name FROM accounts WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, account.value);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<AccountRecord>();
    return std::optional<AccountRecord>(readAccount(*stmt));
}

Result<void> Store::setAccountSetting(AccountId account, const QString &key, const QString &value)
{
    // Passwords live in the system keyring, never in the cache (ARCHITECTURE.md, security).
    static const QStringList secretWords{u"password"_s, u"passwd"_s, u"secret"_s, u"token"_s};
    for (const QString &word : secretWords) {
        if (key.contains(word, Qt::CaseInsensitive))
            return inputError(u"The setting \"%1\" looks like a secret; secrets belong in the "
                              u"system keyring, not in the mail cache."_s.arg(key));
    }
    return runStatement(
        *m_db,
        "INSERT INTO account_settings (account_id, key, value) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (account_id, key) DO UPDATE SET value = excluded.value",
        [&](Statement &s) { s.bindInt(1, account.value).bindText(2, key).bindText(3, value); });
}

Result<std::optional<QString>> Store::accountSetting(AccountId account, const QString &key)
{
    auto stmt =
        m_db->prepare("SELECT value FROM account_settings WHERE account_id = ?1 AND key = ?2");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, account.value).bindText(2, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>(stmt->textAt(0));
}

Result<QMap<QString, QString>> Store::accountSettings(AccountId account)
{
    auto stmt = m_db->prepare("SELECT key, value FROM account_settings WHERE account_id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, account.value);
    QMap<QString, QString> settings;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        settings.insert(stmt->textAt(0), stmt->textAt(1));
    }
    return settings;
}

Result<void> Store::replaceAccountSettings(AccountId account,
                                           const QMap<QString, QString> &settings)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    if (auto cleared = runStatement(*m_db, "DELETE FROM account_settings WHERE account_id = ?1",
                                    [&](Statement &s) { s.bindInt(1, account.value); });
        !cleared)
        return cleared;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        if (auto set = setAccountSetting(account, it.key(), it.value()); !set)
            return set;
    }
    return tx->commit();
}

} // namespace lb::store
