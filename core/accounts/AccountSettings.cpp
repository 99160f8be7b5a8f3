// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountSettings.h"

namespace lb::accounts {

using namespace Qt::Literals::StringLiterals;

net::ServerEndpoint ServerSettings::endpoint() const
{
    net::ServerEndpoint e;
    e.host = host;
    e.port = port;
    e.tlsMode = tls;
    e.trust = trust;
    return e;
}

quint16 defaultIncomingPort(Protocol protocol, net::TlsMode tls)
{
    const bool implicit = tls == net::TlsMode::Implicit;
    if (protocol == Protocol::Imap)
        return implicit ? 993 : 143;
    return implicit ? 995 : 110;
}

quint16 defaultSmtpPort(net::TlsMode tls)
{
    return tls == net::TlsMode::Implicit ? 465 : 587;
}

namespace {

Result<void> invalid(QString message)
{
    return Error{ErrorScope::Input, Remedy::AskUser, std::move(message), {}};
}

Result<void> validateServer(const ServerSettings &server, const QString &what)
{
    if (server.host.trimmed().isEmpty())
        return invalid(u"The %1 server needs a host name."_s.arg(what));
    if (server.host.contains(QLatin1Char(' ')) || server.host.contains(QLatin1Char('/')))
        return invalid(u"The %1 server name \"%2\" is not a host name."_s.arg(what, server.host));
    if (server.port == 0)
        return invalid(u"The %1 server needs a port."_s.arg(what));
    if (server.user.isEmpty())
        return invalid(u"The %1 server needs a user name."_s.arg(what));
    return Ok{};
}

} // namespace

Result<void> validate(const AccountSettings &settings)
{
    if (settings.name.trimmed().isEmpty())
        return invalid(u"The account needs a name."_s);
    const auto at = settings.email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == settings.email.size() - 1)
        return invalid(u"\"%1\" is not an email address."_s.arg(settings.email));
    if (auto r = validateServer(settings.incoming, u"incoming"_s); !r)
        return r;
    if (settings.smtp) {
        if (auto r = validateServer(*settings.smtp, u"outgoing (SMTP)"_s); !r)
            return r;
    }
    const Pop3Options &pop = settings.pop3;
    if (pop.deleteAfterDays && *pop.deleteAfterDays < 0)
        return invalid(u"\"Delete from the server after N days\" needs a number of days "
                       u"of 0 or more."_s);
    if (pop.maxMessageSizeKb && *pop.maxMessageSizeKb <= 0)
        return invalid(u"The size limit for downloads must be more than 0 KB."_s);
    if (pop.keepAtMostMessages && *pop.keepAtMostMessages < 1)
        return invalid(u"\"Keep at most N messages on the server\" needs at least one message."_s);
    if (pop.keepAtMostMb && *pop.keepAtMostMb < 1)
        return invalid(u"\"Keep at most N MB on the server\" needs at least 1 MB."_s);
    if (settings.draftAutosaveSeconds < 0)
        return invalid(u"The draft autosave interval cannot be negative."_s);
    if (pop.checkEveryMinutes < 1)
        return invalid(u"Mail can be checked at most once a minute."_s);
    if (settings.imap.offline.kind == OfflinePolicy::Kind::RecentBodies &&
        settings.imap.offline.recentDays < 1)
        return invalid(u"\"Download the last N days\" needs at least one day."_s);
    return Ok{};
}

QString toString(Protocol protocol)
{
    return protocol == Protocol::Imap ? u"imap"_s : u"pop3"_s;
}

std::optional<Protocol> protocolFromString(QStringView text)
{
    if (text.compare(u"imap", Qt::CaseInsensitive) == 0)
        return Protocol::Imap;
    if (text.compare(u"pop3", Qt::CaseInsensitive) == 0 ||
        text.compare(u"pop", Qt::CaseInsensitive) == 0)
        return Protocol::Pop3;
    return std::nullopt;
}

QString tlsModeKey(net::TlsMode mode)
{
    switch (mode) {
    case net::TlsMode::Implicit:
        return u"implicit"_s;
    case net::TlsMode::StartTls:
        return u"starttls"_s;
    case net::TlsMode::None:
        break;
    }
    return u"none"_s;
}

std::optional<net::TlsMode> tlsModeFromString(QStringView text)
{
    if (text == u"implicit" || text == u"ssl" || text == u"tls")
        return net::TlsMode::Implicit;
    if (text == u"starttls")
        return net::TlsMode::StartTls;
    if (text == u"none" || text == u"plain")
        return net::TlsMode::None;
    return std::nullopt;
}

} // namespace lb::accounts
