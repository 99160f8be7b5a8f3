// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WizardServices.h"

#include "accounts/CredentialStore.h"
#include "accounts/discovery/Discovery.h"
#include "accounts/discovery/HttpFetcher.h"
#include "accounts/discovery/ProviderDatabase.h"
#include "accounts/discovery/ServerProber.h"
#include "accounts/discovery/SrvResolver.h"

namespace lb::ui {

namespace discovery = accounts::discovery;

WizardServices WizardServices::standard(store::Store &store)
{
    WizardServices services;
    services.discover = [](const QString &email, const ProgressFn &progress,
                           const std::atomic<bool> *cancel) {
        // Made on the worker thread: the fetcher and resolver run their event loops there.
        discovery::NetworkFetcher fetcher;
        discovery::DnsSrvResolver resolver;
        discovery::TlsServerProber prober;
        discovery::DiscoverySources sources;
        sources.providers = &discovery::ProviderDatabase::builtIn();
        sources.fetcher = &fetcher;
        sources.resolver = &resolver;
        sources.prober = &prober;
        return discovery::Discovery(sources).run(email, progress, cancel);
    };
    services.verify = [](const sync::verify::VerifyRequest &request) {
        return sync::verify::verifyAccount(request);
    };
    services.storePassword = [](const QString &account, const QString &password) {
        return accounts::CredentialStore().store(account, password);
    };
    services.removePassword = [](const QString &account) {
        return accounts::CredentialStore().remove(account);
    };
    services.existingAccounts = [&store] {
        Result<std::vector<accounts::StoredAccount>> all = accounts::AccountRepository(store).all();
        return all ? *all : std::vector<accounts::StoredAccount>();
    };
    services.saveAccount = [&store](const accounts::AccountSettings &settings) {
        return accounts::AccountRepository(store).add(settings);
    };
    return services;
}

} // namespace lb::ui
