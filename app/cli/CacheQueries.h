// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include "accounts/AccountRepository.h"
#include "store/Records.h"
#include "store/Store.h"

#include <QJsonObject>

namespace lb::cli {

// What the read-only commands (folders, messages, show, search) share: the cache opened from
// the data directory, an account by name, a folder by path, and rows as JSON.
class CacheSession
{
public:
    // Prints the reason and returns nullopt when the cache cannot be opened.
    static std::optional<CacheSession> open(CliContext &ctx);

    [[nodiscard]] store::Store &store() { return m_store; }
    [[nodiscard]] Result<accounts::StoredAccount> account(const QString &name);
    [[nodiscard]] Result<store::FolderRecord> folder(AccountId account, const QString &path);

private:
    explicit CacheSession(store::Store store) : m_store(std::move(store)) {}
    store::Store m_store;
};

[[nodiscard]] QString roleName(store::FolderRole role);
[[nodiscard]] QStringList flagNames(store::MessageFlags flags);
[[nodiscard]] QJsonObject messageRowJson(const store::MessageRow &row);
// One line for people: date, sender, subject, flags.
[[nodiscard]] QString messageRowLine(const store::MessageRow &row);

} // namespace lb::cli
