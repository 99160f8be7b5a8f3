// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImapTestSupport.h"

#include "QtCatch.h"

namespace lb::test {

void requireStarted(TestServers &servers)
{
    const auto started = servers.start();
    if (!started)
        FAIL(started.error().message.toStdString());
}

QByteArray sampleMessage(int n, const QByteArray &extraHeaders, const QByteArray &date)
{
    const QByteArray number = QByteArray::number(n);
    return "From: Alice Example <alice@example.org>\r\n"
           "To: Bob <bob@example.org>\r\n"
           "Subject: Message " +
           number +
           "\r\n"
           "Date: " +
           date +
           "\r\n"
           "Message-ID: <msg-" +
           number + "@example.org>\r\n" + extraHeaders +
           "\r\n"
           "Body of message " +
           number + ".\r\n";
}

std::unique_ptr<imap::Session> loggedInSession(const TestServers &servers,
                                               imap::SessionOptions options)
{
    auto session = std::make_unique<imap::Session>(std::move(options));
    const auto connected = session->connect(servers.imapEndpoint(net::TlsMode::Implicit));
    if (!connected)
        FAIL(connected.error().toString().toStdString());
    const TestUser user = servers.user();
    const auto loggedIn = session->login(user.name, user.password);
    if (!loggedIn)
        FAIL(loggedIn.error().toString().toStdString());
    return session;
}

} // namespace lb::test
