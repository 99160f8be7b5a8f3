// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ServerEndpoint.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lb::accounts::discovery {

// The kinds of server an autoconfig document can describe that Letterbox speaks.
enum class ServerType
{
    Imap,
    Pop3,
    Smtp,
};

// One <incomingServer> or <outgoingServer> of a clientConfig v1.1 document, as written: the
// user name may still hold placeholders (%EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%).
struct ConfigServer
{
    ServerType type = ServerType::Imap;
    QString hostname;
    quint16 port = 0;
    net::TlsMode tls = net::TlsMode::Implicit;
    QString usernameTemplate;
    QStringList authentication; // "password-cleartext", "OAuth2", ... as listed

    bool operator==(const ConfigServer &) const = default;
};

// The parts of a clientConfig document (the Thunderbird autoconfig format, version 1.1) that
// account setup uses. Servers keep the document's order, which is its order of preference.
struct ClientConfig
{
    QString providerId; // <emailProvider id="...">
    QStringList domains;
    QString displayName;
    QString shortName;
    QList<ConfigServer> incoming; // IMAP and POP3 only; other types are skipped
    QList<ConfigServer> outgoing; // SMTP

    [[nodiscard]] QList<ConfigServer> incomingOf(ServerType type) const;
};

[[nodiscard]] QString toString(ServerType type);

// Replaces the placeholders of a username template for this address (clientConfig v1.1).
[[nodiscard]] QString expandUsername(const QString &usernameTemplate, const QString &email);

} // namespace lb::accounts::discovery
