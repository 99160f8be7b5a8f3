// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/discovery/HostGuesses.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::accounts::discovery {

QList<Candidate> guessCandidates(const GuessPlan &plan, ServerType type, const QString &domain)
{
    const QStringList &prefixes = type == ServerType::Imap   ? plan.imapPrefixes
                                  : type == ServerType::Pop3 ? plan.pop3Prefixes
                                                             : plan.smtpPrefixes;
    const QList<PortChoice> &ports = type == ServerType::Imap   ? plan.imapPorts
                                     : type == ServerType::Pop3 ? plan.pop3Ports
                                                                : plan.smtpPorts;
    QList<Candidate> candidates;
    for (const QString &prefix : prefixes) {
        for (const PortChoice &port : ports)
            candidates.append({prefix + domain, port});
    }
    return candidates;
}

QString emailDomain(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    return email.mid(at + 1).trimmed().toLower();
}

QList<QUrl> autoconfigUrls(const QString &email)
{
    const QString domain = emailDomain(email);
    if (domain.isEmpty())
        return {};
    QUrl provider;
    provider.setScheme(u"https"_s);
    provider.setHost(u"autoconfig."_s + domain);
    provider.setPath(u"/mail/config-v1.1.xml"_s);
    provider.setQuery(u"emailaddress="_s + QString::fromLatin1(QUrl::toPercentEncoding(email)));
    QUrl wellKnown;
    wellKnown.setScheme(u"https"_s);
    wellKnown.setHost(domain);
    wellKnown.setPath(u"/.well-known/autoconfig/mail/config-v1.1.xml"_s);
    return {provider, wellKnown};
}

QList<SrvService> srvServices(ServerType type)
{
    switch (type) {
    case ServerType::Imap:
        return {{u"_imaps._tcp"_s, net::TlsMode::Implicit},
                {u"_imap._tcp"_s, net::TlsMode::StartTls}};
    case ServerType::Pop3:
        return {{u"_pop3s._tcp"_s, net::TlsMode::Implicit},
                {u"_pop3._tcp"_s, net::TlsMode::StartTls}};
    case ServerType::Smtp:
        return {{u"_submissions._tcp"_s, net::TlsMode::Implicit},
                {u"_submission._tcp"_s, net::TlsMode::StartTls}};
    }
    return {};
}

} // namespace lb::accounts::discovery
