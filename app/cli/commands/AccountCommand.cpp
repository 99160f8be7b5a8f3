// SPDX-License-Identifier: GPL-3.0-or-later
// letterbox-cli account add|list|remove (CLI.md).
#include "Commands.h"
#include "PasswordInput.h"

#include "accounts/AccountRepository.h"
#include "accounts/CredentialStore.h"
#include "common/DataDir.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lb::cli {
namespace {

using namespace Qt::Literals::StringLiterals;
using accounts::AccountSettings;

const QStringList kValueOptions{
    u"--protocol"_s,
    u"--email"_s,
    u"--host"_s,
    u"--port"_s,
    u"--tls"_s,
    u"--user"_s,
    u"--ca-file"_s,
    u"--pin-sha256"_s,
    u"--smtp-host"_s,
    u"--smtp-port"_s,
    u"--smtp-tls"_s,
    u"--smtp-user"_s,
    u"--offline"_s,
    u"--server-sent"_s,
    u"--server-drafts"_s,
    u"--server-trash"_s,
    u"--name"_s,
    u"--leave-on-server"_s,
    u"--delete-after-days"_s,
    u"--delete-when-deleted"_s,
    u"--max-size"_s,
    u"--password-file"_s,
    u"--display-name"_s,
    u"--mark-deleted"_s,
    u"--disable-extensions"_s,
    u"--oversize"_s,
    u"--keep-at-most"_s,
    u"--keep-at-most-mb"_s,
    u"--signature-file"_s,
    u"--autosave-seconds"_s,
};

// Fills `settings` from the command line; returns an error sentence or an empty string.
class SettingsFromArgs
{
public:
    explicit SettingsFromArgs(const CliContext &ctx) : m_ctx(ctx) {}

    QString apply(AccountSettings &s)
    {
        const QString protocol = m_ctx.option(u"--protocol"_s);
        if (auto p = accounts::protocolFromString(protocol))
            s.protocol = *p;
        else
            return u"--protocol must be imap or pop3"_s;
        s.email = m_ctx.option(u"--email"_s);
        s.displayName = m_ctx.option(u"--display-name"_s);
        if (!server(s.incoming, u"--host"_s, u"--port"_s, u"--tls"_s, u"--user"_s))
            return m_error;
        s.incoming.trust.caFile = m_ctx.option(u"--ca-file"_s);
        s.incoming.trust.pinnedSha256 = m_ctx.option(u"--pin-sha256"_s);
        if (s.incoming.port == 0)
            s.incoming.port = accounts::defaultIncomingPort(s.protocol, s.incoming.tls);
        if (!m_ctx.option(u"--smtp-host"_s).isEmpty()) {
            accounts::ServerSettings smtp;
            if (!server(smtp, u"--smtp-host"_s, u"--smtp-port"_s, u"--smtp-tls"_s,
                        u"--smtp-user"_s))
                return m_error;
            if (smtp.user.isEmpty())
                smtp.user = s.incoming.user;
            if (smtp.port == 0)
                smtp.port = accounts::defaultSmtpPort(smtp.tls);
            // The same trust applies: a self-signed test server usually serves both.
            smtp.trust = s.incoming.trust;
            s.smtp = smtp;
        }
        if (!imapOptions(s.imap) || !popOptions(s.pop3) || !composeOptions(s))
            return m_error;
        return {};
    }

private:
    bool server(accounts::ServerSettings &server, const QString &host, const QString &port,
                const QString &tls, const QString &user)
    {
        server.host = m_ctx.option(host);
        server.user = m_ctx.option(user);
        const QString tlsText = m_ctx.option(tls);
        if (!tlsText.isEmpty()) {
            auto mode = accounts::tlsModeFromString(tlsText);
            if (!mode)
                return fail(u"%1 must be implicit, starttls or none"_s.arg(tls));
            server.tls = *mode;
        }
        const QString portText = m_ctx.option(port);
        if (!portText.isEmpty()) {
            bool ok = false;
            const uint n = portText.toUInt(&ok);
            if (!ok || n == 0 || n > 65535)
                return fail(u"%1 must be a port number"_s.arg(port));
            server.port = static_cast<quint16>(n);
        }
        return true;
    }

    bool yesNo(const QString &option, bool &target)
    {
        const QString v = m_ctx.option(option);
        if (v.isEmpty())
            return true;
        if (v != u"yes" && v != u"no")
            return fail(u"%1 must be yes or no"_s.arg(option));
        target = v == u"yes";
        return true;
    }

    bool imapOptions(accounts::ImapOptions &imap)
    {
        const QString offline = m_ctx.option(u"--offline"_s);
        if (offline == u"headers") {
            imap.offline.kind = accounts::OfflinePolicy::Kind::HeadersOnly;
        } else if (offline.startsWith(u"recent:"_s)) {
            bool ok = false;
            imap.offline.recentDays = offline.mid(7).toInt(&ok);
            if (!ok)
                return fail(u"--offline recent:DAYS needs a number of days"_s);
            imap.offline.kind = accounts::OfflinePolicy::Kind::RecentBodies;
        } else if (!offline.isEmpty() && offline != u"all") {
            return fail(u"--offline must be all, recent:DAYS or headers"_s);
        }
        const QString disabled = m_ctx.option(u"--disable-extensions"_s);
        if (!disabled.isEmpty())
            imap.disabledExtensions = disabled.toUpper().split(u',', Qt::SkipEmptyParts);
        return yesNo(u"--server-sent"_s, imap.serverSent) &&
               yesNo(u"--server-drafts"_s, imap.serverDrafts) &&
               yesNo(u"--server-trash"_s, imap.serverTrash) &&
               yesNo(u"--mark-deleted"_s, imap.markDeletedInstead);
    }

    bool composeOptions(AccountSettings &s)
    {
        const QString signatureFile = m_ctx.option(u"--signature-file"_s);
        if (!signatureFile.isEmpty()) {
            QFile file(signatureFile);
            if (!file.open(QIODevice::ReadOnly))
                return fail(u"cannot read the signature file %1"_s.arg(signatureFile));
            s.signature = QString::fromUtf8(file.readAll()).trimmed();
        }
        std::optional<int> autosave;
        if (!number(u"--autosave-seconds"_s, autosave))
            return false;
        if (autosave)
            s.draftAutosaveSeconds = *autosave;
        return true;
    }

    bool popOptions(accounts::Pop3Options &pop)
    {
        if (!yesNo(u"--leave-on-server"_s, pop.leaveOnServer) ||
            !yesNo(u"--delete-when-deleted"_s, pop.deleteWhenDeletedHere))
            return false;
        if (!number(u"--delete-after-days"_s, pop.deleteAfterDays) ||
            !number(u"--max-size"_s, pop.maxMessageSizeKb) ||
            !number(u"--keep-at-most"_s, pop.keepAtMostMessages) ||
            !number(u"--keep-at-most-mb"_s, pop.keepAtMostMb))
            return false;
        const QString oversize = m_ctx.option(u"--oversize"_s);
        if (oversize == u"skip")
            pop.oversize = accounts::Pop3Options::Oversize::Skip;
        else if (!oversize.isEmpty() && oversize != u"preview")
            return fail(u"--oversize must be preview or skip"_s);
        return true;
    }

    bool number(const QString &option, std::optional<int> &target)
    {
        const QString v = m_ctx.option(option);
        if (v.isEmpty())
            return true;
        bool ok = false;
        target = v.toInt(&ok);
        return ok ? true : fail(u"%1 needs a number"_s.arg(option));
    }

    bool fail(QString message)
    {
        m_error = std::move(message);
        return false;
    }

    const CliContext &m_ctx;
    QString m_error;
};

int addAccount(CliContext &ctx, store::Store &store)
{
    const QStringList names = ctx.positional(kValueOptions).mid(1);
    if (names.size() != 1)
        return ctx.fail(u"usage: letterbox-cli account add NAME --protocol imap|pop3 --email ADDR "
                        u"--host HOST --user USER [options]"_s,
                        2);
    AccountSettings settings;
    settings.name = names.first();
    if (const QString error = SettingsFromArgs(ctx).apply(settings); !error.isEmpty())
        return ctx.fail(error, 2);

    accounts::AccountRepository repository(store);
    auto id = repository.add(settings);
    if (!id)
        return ctx.fail(id.error().toString());
    ctx.out() << "Added account " << settings.name << " (" << accounts::toString(settings.protocol)
              << ", " << settings.incoming.host << ':' << settings.incoming.port << ")\n";

    auto password = readPassword(ctx);
    if (!password)
        return ctx.fail(password.error().message);
    if (password->has_value()) {
        auto stored = accounts::CredentialStore().store(settings.name, **password);
        if (!stored)
            ctx.err() << stored.error().message
                      << " Pass --password-stdin or --password-file to sync and send.\n";
    }
    return 0;
}

QJsonObject accountJson(const accounts::StoredAccount &account)
{
    const AccountSettings &s = account.settings;
    QJsonObject json{
        {u"name"_s, s.name},          {u"protocol"_s, accounts::toString(s.protocol)},
        {u"email"_s, s.email},        {u"host"_s, s.incoming.host},
        {u"port"_s, s.incoming.port}, {u"tls"_s, accounts::tlsModeKey(s.incoming.tls)},
        {u"user"_s, s.incoming.user},
    };
    if (s.smtp) {
        json[u"smtp_host"_s] = s.smtp->host;
        json[u"smtp_port"_s] = s.smtp->port;
        json[u"smtp_tls"_s] = accounts::tlsModeKey(s.smtp->tls);
    }
    return json;
}

int listAccounts(CliContext &ctx, store::Store &store)
{
    auto accounts = accounts::AccountRepository(store).all();
    if (!accounts)
        return ctx.fail(accounts.error().toString());
    for (const accounts::StoredAccount &account : *accounts) {
        if (ctx.hasFlag(u"--json"_s)) {
            ctx.out() << QJsonDocument(accountJson(account)).toJson(QJsonDocument::Compact) << '\n';
            continue;
        }
        const AccountSettings &s = account.settings;
        ctx.out() << s.name << '\t' << accounts::toString(s.protocol) << '\t' << s.email << '\t'
                  << s.incoming.host << ':' << s.incoming.port << " ("
                  << accounts::tlsModeKey(s.incoming.tls) << ")\n";
    }
    return 0;
}

int removeAccount(CliContext &ctx, store::Store &store)
{
    const QStringList names = ctx.positional({}).mid(1);
    if (names.size() != 1)
        return ctx.fail(u"usage: letterbox-cli account remove NAME"_s, 2);
    accounts::AccountRepository repository(store);
    auto found = repository.byName(names.first());
    if (!found)
        return ctx.fail(found.error().toString());
    if (!found->has_value())
        return ctx.fail(u"no account named \"%1\""_s.arg(names.first()));
    if (auto removed = repository.remove((*found)->id); !removed)
        return ctx.fail(removed.error().toString());
    (void)accounts::CredentialStore().remove(names.first());
    ctx.out() << "Removed account " << names.first() << " and its cached mail\n";
    return 0;
}

int account(CliContext &ctx)
{
    const QString sub = ctx.positional(kValueOptions).value(0);
    auto store = store::Store::open(cacheFilePath(ctx.dataDir()));
    if (!store)
        return ctx.fail(store.error().toString());
    if (sub == u"add")
        return addAccount(ctx, *store);
    if (sub == u"list")
        return listAccounts(ctx, *store);
    if (sub == u"remove")
        return removeAccount(ctx, *store);
    return ctx.fail(u"usage: letterbox-cli account add|list|remove ..."_s, 2);
}

const CommandRegistration
    registration(u"account"_s, u"account add|list|remove ...   manage accounts (see CLI.md)"_s,
                 account);

} // namespace
} // namespace lb::cli
