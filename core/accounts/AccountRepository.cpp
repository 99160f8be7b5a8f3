// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountRepository.h"

#include "accounts/AccountSettingsCodec.h"
#include "store/Store.h"

namespace lb::accounts {

using namespace Qt::Literals::StringLiterals;

namespace {

store::AccountRecord toRecord(const AccountSettings &settings)
{
    store::AccountRecord record;
    record.name = settings.name;
    record.protocol =
        settings.protocol == Protocol::Imap ? store::Protocol::Imap : store::Protocol::Pop3;
    record.email = settings.email;
    record.displayName = settings.displayName;
    return record;
}

} // namespace

AccountRepository::AccountRepository(store::Store &store) : m_store(store) {}

Result<AccountId> AccountRepository::add(const AccountSettings &settings)
{
    if (auto valid = validate(settings); !valid)
        return valid.error();
    auto existing = byName(settings.name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error{ErrorScope::Input,
                     Remedy::AskUser,
                     u"An account named \"%1\" already exists."_s.arg(settings.name),
                     {}};
    auto id = m_store.createAccount(toRecord(settings));
    if (!id)
        return id.error();
    if (auto written = writeSettings(*id, settings); !written) {
        (void)m_store.removeAccount(*id); // leave no half-made account behind
        return written.error();
    }
    return *id;
}

Result<void> AccountRepository::update(AccountId id, const AccountSettings &settings)
{
    if (auto valid = validate(settings); !valid)
        return valid;
    store::AccountRecord record = toRecord(settings);
    record.id = id;
    if (auto updated = m_store.updateAccount(record); !updated)
        return updated;
    return writeSettings(id, settings);
}

Result<void> AccountRepository::remove(AccountId id)
{
    return m_store.removeAccount(id);
}

Result<std::vector<StoredAccount>> AccountRepository::all()
{
    auto records = m_store.accounts();
    if (!records)
        return records.error();
    std::vector<StoredAccount> result;
    for (const store::AccountRecord &record : *records) {
        auto settings = readSettings(record.id);
        if (!settings)
            return settings.error();
        result.push_back({record.id, std::move(*settings)});
    }
    return result;
}

Result<std::optional<StoredAccount>> AccountRepository::byName(const QString &name)
{
    auto accounts = all();
    if (!accounts)
        return accounts.error();
    for (StoredAccount &account : *accounts) {
        if (account.settings.name == name)
            return std::optional<StoredAccount>(std::move(account));
    }
    return std::optional<StoredAccount>();
}

Result<void> AccountRepository::writeSettings(AccountId id, const AccountSettings &settings)
{
    return m_store.replaceAccountSettings(id, encodeSettings(settings));
}

Result<AccountSettings> AccountRepository::readSettings(AccountId id)
{
    auto record = m_store.account(id);
    if (!record)
        return record.error();
    if (!record->has_value())
        return inputError(u"The account no longer exists."_s);
    auto stored = m_store.accountSettings(id);
    if (!stored)
        return stored.error();
    SettingsMap map = *stored;
    // The account row is the truth for what it holds.
    const store::AccountRecord &row = **record;
    map[u"name"_s] = row.name;
    map[u"protocol"_s] = row.protocol == store::Protocol::Imap ? u"imap"_s : u"pop3"_s;
    map[u"email"_s] = row.email;
    map[u"display_name"_s] = row.displayName;
    return decodeSettings(map);
}

} // namespace lb::accounts
