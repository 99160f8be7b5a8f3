// SPDX-License-Identifier: GPL-3.0-or-later
// Who writes: an account as the composer needs it (identity, signature, autosave interval).
#pragma once

#include "accounts/AccountRepository.h"
#include "common/StrongId.h"

#include <QString>

#include <vector>

namespace lb::ui {

struct ComposerAccount
{
    AccountId id;
    QString displayName;
    QString email;
    QString signature;
    int draftAutosaveSeconds = 60; // 0: only when the window closes

    [[nodiscard]] static ComposerAccount from(const accounts::StoredAccount &account)
    {
        const accounts::AccountSettings &s = account.settings;
        return {account.id, s.displayName, s.email, s.signature, s.draftAutosaveSeconds};
    }
};

} // namespace lb::ui
