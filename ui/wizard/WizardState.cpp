// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WizardState.h"

namespace lb::ui {

using accounts::discovery::DiscoveredServer;

std::optional<DiscoveredServer> WizardState::discovered(accounts::Protocol protocol) const
{
    if (!discovery)
        return std::nullopt;
    return protocol == accounts::Protocol::Imap ? discovery->imap : discovery->pop3;
}

namespace {

accounts::ServerSettings toServer(const DiscoveredServer &found)
{
    accounts::ServerSettings server;
    server.host = found.host;
    server.port = found.port;
    server.tls = found.tls;
    server.user = found.user;
    return server;
}

} // namespace

void WizardState::applyDiscovery(accounts::Protocol protocol)
{
    settings.protocol = protocol;
    if (const auto found = discovered(protocol)) {
        settings.incoming = toServer(*found);
    } else {
        settings.incoming = {};
        settings.incoming.user = email;
        settings.incoming.port = accounts::defaultIncomingPort(protocol, net::TlsMode::Implicit);
    }
    if (discovery && discovery->smtp) {
        settings.smtp = toServer(*discovery->smtp);
    } else {
        accounts::ServerSettings smtp;
        smtp.user = email;
        smtp.port = accounts::defaultSmtpPort(net::TlsMode::Implicit);
        settings.smtp = smtp;
    }
}

QString WizardState::uniqueName() const
{
    const auto taken = [this](const QString &name) {
        for (const accounts::StoredAccount &account : existing) {
            if (account.settings.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString name = email;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(email).arg(n);
    return name;
}

} // namespace lb::ui
