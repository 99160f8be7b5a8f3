// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/discovery/DiscoveryResult.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::accounts::discovery {

namespace {

std::optional<DiscoveredServer> firstSecure(const QList<ConfigServer> &servers, ServerType type,
                                            const QString &email, SettingSource source)
{
    for (const ConfigServer &server : servers) {
        if (server.type != type || server.tls == net::TlsMode::None)
            continue;
        DiscoveredServer found;
        found.type = type;
        found.host = server.hostname;
        found.port = server.port;
        found.tls = server.tls;
        found.user = expandUsername(server.usernameTemplate, email);
        found.source = source;
        found.trusted =
            source == SettingSource::ProviderDatabase || source == SettingSource::AutoconfigHttps;
        return found;
    }
    return std::nullopt;
}

} // namespace

void adoptClientConfig(DiscoveryResult &result, const ClientConfig &config, SettingSource source)
{
    result.providerName = config.displayName;
    result.imap = firstSecure(config.incoming, ServerType::Imap, result.email, source);
    result.pop3 = firstSecure(config.incoming, ServerType::Pop3, result.email, source);
    result.smtp = firstSecure(config.outgoing, ServerType::Smtp, result.email, source);
}

QString toString(SettingSource source)
{
    switch (source) {
    case SettingSource::ProviderDatabase:
        return u"provider database"_s;
    case SettingSource::AutoconfigHttps:
        return u"autoconfig over HTTPS"_s;
    case SettingSource::DnsSrv:
        return u"DNS SRV record"_s;
    case SettingSource::ProbedGuess:
        return u"guess confirmed by a probe"_s;
    case SettingSource::Manual:
        return u"entered by hand"_s;
    }
    return {};
}

QString toString(DiscoveryStep step)
{
    switch (step) {
    case DiscoveryStep::ProviderDatabase:
        return u"provider database"_s;
    case DiscoveryStep::Autoconfig:
        return u"autoconfig"_s;
    case DiscoveryStep::DnsSrv:
        return u"DNS SRV"_s;
    case DiscoveryStep::Guess:
        return u"guessing"_s;
    case DiscoveryStep::Finished:
        return u"finished"_s;
    }
    return {};
}

} // namespace lb::accounts::discovery
