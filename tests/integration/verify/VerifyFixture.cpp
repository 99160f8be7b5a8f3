// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerifyFixture.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

accounts::AccountSettings verifySettings(const TestServers &servers, accounts::Protocol protocol,
                                         net::TlsMode mode, bool withSmtp)
{
    const net::ServerEndpoint incoming = protocol == accounts::Protocol::Imap
                                             ? servers.imapEndpoint(mode)
                                             : servers.pop3Endpoint(mode);
    accounts::AccountSettings s;
    s.name = u"Home"_s;
    s.protocol = protocol;
    s.email = u"alice@example.org"_s;
    s.incoming.host = incoming.host;
    s.incoming.port = incoming.port;
    s.incoming.tls = mode;
    s.incoming.user = servers.user(0).name;
    s.incoming.trust = incoming.trust;
    if (!withSmtp)
        return s;
    const net::ServerEndpoint smtp = servers.smtpEndpoint(net::TlsMode::StartTls);
    accounts::ServerSettings out;
    out.host = smtp.host;
    out.port = smtp.port;
    out.tls = net::TlsMode::StartTls;
    out.user = servers.user(0).name;
    out.trust = smtp.trust;
    s.smtp = out;
    return s;
}

QByteArray verifyMessage(int index, qsizetype bodyLines)
{
    QByteArray m = "From: Bob <bob@example.org>\r\nTo: Alice <alice@example.org>\r\n"
                   "Subject: Figures " +
                   QByteArray::number(index) + "\r\nMessage-ID: <figures-" +
                   QByteArray::number(index) +
                   "@example.org>\r\nDate: Sat, 21 Nov 2026 10:00:00 +0000\r\n\r\n";
    for (qsizetype i = 0; i < bodyLines; ++i)
        m += "Line " + QByteArray::number(i) + " of the body.\r\n";
    return m;
}

} // namespace lb::test
