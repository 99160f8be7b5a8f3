// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountRepository.h"
#include "accounts/discovery/DiscoveryResult.h"
#include "sync/verify/AccountVerifier.h"

#include <atomic>
#include <functional>
#include <vector>

namespace lb::store {
class Store;
}

namespace lb::ui {

// What the account wizard needs from the rest of Letterbox, as functions so tests can inject
// discovery results, a keyring that is missing, or a fresh cache.
struct WizardServices
{
    using ProgressFn = std::function<void(const accounts::discovery::DiscoveryProgress &)>;

    // Worker thread: finds the servers for an address.
    std::function<accounts::discovery::DiscoveryResult(
        const QString &email, const ProgressFn &progress, const std::atomic<bool> *cancel)>
        discover;
    // Worker thread: logs in for real.
    std::function<sync::verify::VerifyReport(const sync::verify::VerifyRequest &)> verify;
    // Worker thread: puts the password into the system keyring.
    std::function<Result<void>(const QString &account, const QString &password)> storePassword;
    // Worker thread: takes it out again when the wizard is cancelled after storing it.
    std::function<Result<void>(const QString &account)> removePassword;
    // GUI thread: the accounts already set up (for names and the mixed-protocol warning).
    std::function<std::vector<accounts::StoredAccount>()> existingAccounts;
    // GUI thread: saves the new account (a small write).
    std::function<Result<AccountId>(const accounts::AccountSettings &)> saveAccount;

    // The real thing: the provider database, autoconfig, DNS and probes; real logins; the
    // system keyring; accounts in `store` (which must outlive the wizard).
    [[nodiscard]] static WizardServices standard(store::Store &store);
};

} // namespace lb::ui
