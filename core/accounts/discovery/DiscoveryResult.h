// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/discovery/ClientConfig.h"

#include <optional>

namespace lb::accounts::discovery {

// Where a discovered setting came from; the wizard shows it next to the setting.
enum class SettingSource
{
    ProviderDatabase, // the database shipped with Letterbox
    AutoconfigHttps,  // the domain's own autoconfig document, fetched over HTTPS
    DnsSrv,           // DNS SRV records (RFC 6186, RFC 8314)
    ProbedGuess,      // a common host name that answered a TLS probe
    Manual,           // typed in by the user
};

// One server discovery proposes, with the user name already filled in for the address.
struct DiscoveredServer
{
    ServerType type = ServerType::Imap;
    QString host;
    quint16 port = 0;
    net::TlsMode tls = net::TlsMode::Implicit;
    QString user;
    SettingSource source = SettingSource::Manual;
    // True for the provider database and HTTPS autoconfig. DNS answers and guesses can be
    // forged or wrong: they are hints until a login over TLS succeeds (account verification).
    bool trusted = false;

    bool operator==(const DiscoveredServer &) const = default;
};

struct DiscoveryResult
{
    QString email;
    QString domain;
    QString providerName; // from a provider database entry or autoconfig document
    std::optional<DiscoveredServer> imap;
    std::optional<DiscoveredServer> pop3;
    std::optional<DiscoveredServer> smtp;
    QStringList notes; // what each step tried and found, in English, for a details view
    bool cancelled = false;

    [[nodiscard]] bool foundIncoming() const { return imap.has_value() || pop3.has_value(); }
    [[nodiscard]] bool complete() const { return foundIncoming() && smtp.has_value(); }
};

enum class DiscoveryStep
{
    ProviderDatabase,
    Autoconfig,
    DnsSrv,
    Guess,
    Finished,
};

struct DiscoveryProgress
{
    DiscoveryStep step = DiscoveryStep::ProviderDatabase;
    QString detail; // "https://autoconfig.example.org/...", "imap.example.org:993"
};

// Takes the first IMAP, POP3 and SMTP server of a document that uses TLS (plaintext servers
// are left for the user to enter by hand), with user names expanded for `email`.
void adoptClientConfig(DiscoveryResult &result, const ClientConfig &config, SettingSource source);

[[nodiscard]] QString toString(SettingSource source);
[[nodiscard]] QString toString(DiscoveryStep step);

} // namespace lb::accounts::discovery
