// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace lb::accounts {

// Passwords live in the system keyring (Secret Service or KWallet through QtKeychain) and
// nowhere else: not in the cache, not in settings files, not in logs. QtKeychain's insecure
// plaintext fallback stays off.
//
// Contract: the calls block until the keyring answers (they spin a local event loop), so call
// them from a worker thread or the CLI, never from a GUI slot. Where no keyring is available
// the error says so (ErrorScope::Account, Remedy::AskUser) and callers ask for the password
// at each start instead.
class CredentialStore
{
public:
    explicit CredentialStore(QString service = QStringLiteral("letterbox"));

    [[nodiscard]] Result<void> store(const QString &account, const QString &secret);
    [[nodiscard]] Result<QString> load(const QString &account);
    // Removing an entry that does not exist is not an error.
    [[nodiscard]] Result<void> remove(const QString &account);

private:
    QString m_service;
};

} // namespace lb::accounts
