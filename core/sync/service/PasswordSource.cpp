// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/service/PasswordSource.h"

#include "accounts/CredentialStore.h"

namespace lb::sync {

PasswordSource keyringPasswords()
{
    return [](const accounts::AccountSettings &settings) -> Result<QString> {
        auto stored = accounts::CredentialStore().load(settings.name);
        if (stored)
            return *stored;
        Error error = stored.error();
        error.scope = ErrorScope::Account;
        error.remedy = Remedy::AskUser;
        return error;
    };
}

} // namespace lb::sync
