// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/discovery/ClientConfig.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::accounts::discovery {

QList<ConfigServer> ClientConfig::incomingOf(ServerType type) const
{
    QList<ConfigServer> servers;
    for (const ConfigServer &server : incoming) {
        if (server.type == type)
            servers.append(server);
    }
    return servers;
}

QString toString(ServerType type)
{
    switch (type) {
    case ServerType::Imap:
        return u"IMAP"_s;
    case ServerType::Pop3:
        return u"POP3"_s;
    case ServerType::Smtp:
        return u"SMTP"_s;
    }
    return {};
}

QString expandUsername(const QString &usernameTemplate, const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    const QString local = at < 0 ? email : email.left(at);
    const QString domain = at < 0 ? QString() : email.mid(at + 1);
    QString user = usernameTemplate.trimmed();
    if (user.isEmpty())
        return email; // most providers sign in with the address
    user.replace(u"%EMAILADDRESS%"_s, email);
    user.replace(u"%EMAILLOCALPART%"_s, local);
    user.replace(u"%EMAILDOMAIN%"_s, domain);
    return user;
}

} // namespace lb::accounts::discovery
