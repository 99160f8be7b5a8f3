// SPDX-License-Identifier: GPL-3.0-or-later
// letterbox-cli sync [NAME...] [--password-stdin | --password-file FILE] [--watch]
#include "Commands.h"
#include "PasswordInput.h"

#include "accounts/AccountRepository.h"
#include "accounts/CredentialStore.h"
#include "common/DataDir.h"
#include "store/Store.h"
#include "sync/service/SyncEngines.h"

#include <csignal>

namespace lb::cli {

namespace {

using namespace Qt::Literals::StringLiterals;

sync::CancelFlag g_cancel{false};

extern "C" void onTerminate(int)
{
    g_cancel.store(true);
}

void printReport(CliContext &ctx, const QString &name, const sync::SyncReport &r)
{
    ctx.out() << name << ": " << r.newMessages << " new, " << r.removedMessages << " removed, "
              << r.flagChanges << " flag changes";
    if (r.deletedOnServer > 0)
        ctx.out() << ", " << r.deletedOnServer << " deleted on the server";
    if (r.serverMessages > 0 || r.serverOctets > 0)
        ctx.out() << "; server holds " << r.serverMessages << " messages (" << r.serverOctets
                  << " bytes)";
    ctx.out() << '\n';
    for (const QString &warning : r.warnings)
        ctx.err() << name << ": warning: " << warning << '\n';
    ctx.out().flush();
    ctx.err().flush();
}

Result<QString> passwordFor(const accounts::AccountSettings &settings,
                            const std::optional<QString> &given)
{
    if (given)
        return *given;
    auto stored = accounts::CredentialStore().load(settings.name);
    if (stored)
        return *stored;
    return Error{ErrorScope::Account,
                 Remedy::AskUser,
                 u"no password for %1: %2 Pass --password-stdin or --password-file."_s.arg(
                     settings.name, stored.error().message),
                 {}};
}

int syncAll(CliContext &ctx)
{
    const QStringList wanted = ctx.positional({u"--password-file"_s});
    auto store = store::Store::open(cacheFilePath(ctx.dataDir()));
    if (!store)
        return ctx.fail(store.error().toString());
    auto accounts = accounts::AccountRepository(*store).all();
    if (!accounts)
        return ctx.fail(accounts.error().toString());

    std::vector<accounts::StoredAccount> chosen;
    for (const QString &name : wanted) {
        auto it = std::find_if(accounts->begin(), accounts->end(),
                               [&](const auto &a) { return a.settings.name == name; });
        if (it == accounts->end())
            return ctx.fail(u"no account named \"%1\""_s.arg(name));
        chosen.push_back(*it);
    }
    if (wanted.isEmpty())
        chosen = *accounts;
    if (chosen.empty())
        return ctx.fail(u"no accounts to sync: add one with letterbox-cli account add"_s);

    auto given = readPassword(ctx);
    if (!given)
        return ctx.fail(given.error().message);

    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);
    const bool watch = ctx.hasFlag(u"--watch"_s);
    int failures = 0;
    QString lastError;
    for (const accounts::StoredAccount &account : chosen) {
        const sync::SyncEngine &engine = sync::engineFor(account.settings.protocol);
        auto password = passwordFor(account.settings, *given);
        if (!password) {
            lastError = password.error().message;
            ++failures;
            continue;
        }
        sync::SyncRequest request;
        request.account = account.id;
        request.settings = account.settings;
        request.password = *password;
        request.store = &*store;
        request.cancel = &g_cancel;
        const QString name = account.settings.name;
        request.progress = [&ctx, name](const sync::SyncProgress &p) {
            ctx.err() << name << ": " << sync::describe(p) << '\n';
            ctx.err().flush();
        };
        if (watch && engine.watch) {
            auto watched = engine.watch(
                request, [&](const sync::SyncReport &r) { printReport(ctx, name, r); });
            if (!watched) {
                lastError = name + u": "_s + watched.error().toString();
                ++failures;
            }
            continue;
        }
        auto report = engine.runOnce(request);
        if (!report) {
            lastError = name + u": "_s + report.error().toString();
            ++failures;
            continue;
        }
        printReport(ctx, name, *report);
    }
    if (failures > 0)
        return ctx.fail(lastError);
    return 0;
}

const CommandRegistration registration(
    u"sync"_s,
    u"sync [NAME...] [--password-stdin|--password-file FILE] [--watch]   sync accounts"_s, syncAll);

} // namespace
} // namespace lb::cli
