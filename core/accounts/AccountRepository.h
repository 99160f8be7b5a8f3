// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"
#include "common/StrongId.h"

#include <optional>
#include <vector>

namespace lb::store {
class Store;
}

namespace lb::accounts {

struct StoredAccount
{
    AccountId id;
    AccountSettings settings;
};

// Accounts as the rest of the application sees them: validated settings persisted in the
// cache (the account row plus one key/value row per setting). Passwords are not settings.
// Uses the caller's Store, so it lives on that Store's thread.
class AccountRepository
{
public:
    explicit AccountRepository(store::Store &store);

    // Validates and adds; a second account with the same name is refused.
    [[nodiscard]] Result<AccountId> add(const AccountSettings &settings);
    [[nodiscard]] Result<void> update(AccountId id, const AccountSettings &settings);
    [[nodiscard]] Result<void> remove(AccountId id);
    [[nodiscard]] Result<std::vector<StoredAccount>> all();
    [[nodiscard]] Result<std::optional<StoredAccount>> byName(const QString &name);

private:
    [[nodiscard]] Result<void> writeSettings(AccountId id, const AccountSettings &settings);
    [[nodiscard]] Result<AccountSettings> readSettings(AccountId id);

    store::Store &m_store;
};

} // namespace lb::accounts
