// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/discovery/ClientConfig.h"

#include <QList>
#include <QUrl>

namespace lb::accounts::discovery {

struct PortChoice
{
    quint16 port = 0;
    net::TlsMode tls = net::TlsMode::Implicit;
};

// What the guessing step tries: host name prefixes ("" is the bare domain) and ports, in
// order. Implicit TLS comes before STARTTLS (RFC 8314 section 3); plaintext is never guessed.
struct GuessPlan
{
    QStringList imapPrefixes{QStringLiteral("imap."), QStringLiteral("mail."), QString()};
    QStringList pop3Prefixes{QStringLiteral("pop."), QStringLiteral("pop3."),
                             QStringLiteral("mail."), QString()};
    QStringList smtpPrefixes{QStringLiteral("smtp."), QStringLiteral("mail."), QString()};
    QList<PortChoice> imapPorts{{993, net::TlsMode::Implicit}, {143, net::TlsMode::StartTls}};
    QList<PortChoice> pop3Ports{{995, net::TlsMode::Implicit}, {110, net::TlsMode::StartTls}};
    QList<PortChoice> smtpPorts{{465, net::TlsMode::Implicit}, {587, net::TlsMode::StartTls}};
};

struct Candidate
{
    QString host;
    PortChoice port;
};

// Every host and port to try for `type` on `domain`, in the plan's order (host first).
[[nodiscard]] QList<Candidate> guessCandidates(const GuessPlan &plan, ServerType type,
                                               const QString &domain);

// The autoconfig documents a domain may publish, in the order they are tried:
// https://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=<address> and
// https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml.
[[nodiscard]] QList<QUrl> autoconfigUrls(const QString &email);

// The SRV names for a server type, in order of preference with the TLS mode each implies:
// _imaps/_pop3s/_submissions are implicit TLS (RFC 8314), the others STARTTLS (RFC 6186).
struct SrvService
{
    QString label; // "_imaps._tcp"
    net::TlsMode tls = net::TlsMode::Implicit;
};
[[nodiscard]] QList<SrvService> srvServices(ServerType type);

// "example.org" from "User@Example.org"; empty when the address has no domain.
[[nodiscard]] QString emailDomain(const QString &email);

} // namespace lb::accounts::discovery
