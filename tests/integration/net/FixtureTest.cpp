// SPDX-License-Identifier: GPL-3.0-or-later
// Proves the real-server fixture: log in to IMAP, POP3 and SMTP by hand, deliver and read
// back mail, and check the variant without STARTTLS does not advertise it.
#include "RawExchange.h"
#include "TestServers.h"

#include "QtCatch.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;
using lb::net::Connection;
using lb::net::TlsMode;
using lb::test::exchange;
using lb::test::readUntil;
using lb::test::TestServers;

namespace {

QByteArray ok(const lb::net::NetResult<QByteArray> &result)
{
    if (!result)
        FAIL(result.error().toString().toStdString());
    return result.value();
}

void requireStarted(TestServers &servers)
{
    const auto started = servers.start();
    if (!started)
        FAIL(started.error().message.toStdString());
}

QByteArray saslPlain(const lb::test::TestUser &user)
{
    return (QByteArray(1, '\0') + user.name.toUtf8() + QByteArray(1, '\0') + user.password.toUtf8())
        .toBase64();
}

const QByteArray kMessage = "From: Alice <alice@example.org>\r\n"
                            "To: Bob <bob@example.org>\r\n"
                            "Subject: Fixture test\r\n"
                            "Message-ID: <fixture-1@example.org>\r\n"
                            "\r\n"
                            "Hello from the fixture.\r\n";

} // namespace

TEST_CASE("Fixture: IMAP login over implicit TLS sees delivered mail and special-use folders",
          "[integration][fixture]")
{
    TestServers servers;
    requireStarted(servers);
    INFO("start-up took " << servers.startSeconds() << " s");
    CHECK(servers.startSeconds() < 2.0);
    const auto alice = servers.user();
    REQUIRE(servers.dovecot().deliver(alice.name, u"INBOX"_s, kMessage).ok());
    REQUIRE(servers.dovecot().deliver(alice.name, u"Archive"_s, kMessage, u"S"_s).ok());

    Connection connection;
    REQUIRE(connection.connectToHost(servers.imapEndpoint(TlsMode::Implicit)).ok());
    CHECK(ok(readUntil(connection, "\r\n")).startsWith("* OK"));
    const QByteArray login = "a LOGIN " + alice.name.toUtf8() + ' ' + alice.password.toUtf8();
    CHECK(ok(exchange(connection, login, "a ")).contains("a OK"));
    const QByteArray list = ok(exchange(connection, "b LIST \"\" \"*\"", "b OK"));
    CHECK(list.contains("(\\HasNoChildren \\Sent) \"/\" Sent"));
    CHECK(list.contains("\\Archive) \"/\" Archive"));
    CHECK(list.contains("\\Trash) \"/\" Trash"));
    const QByteArray select = ok(exchange(connection, "c SELECT INBOX", "c OK"));
    CHECK(select.contains("* 1 EXISTS"));
    const QByteArray fetch = ok(exchange(connection, "d FETCH 1 BODY[]", "d OK"));
    CHECK(fetch.contains("Hello from the fixture."));
    const QByteArray status =
        ok(exchange(connection, "e STATUS Archive (MESSAGES UNSEEN)", "e OK"));
    CHECK(status.contains("MESSAGES 1 UNSEEN 0"));
    const QByteArray append =
        ok(exchange(connection, "f APPEND Sent (\\Seen) {5+}\r\nhello", "f OK"));
    CHECK(append.contains("f OK"));
    ok(exchange(connection, "z LOGOUT", "z OK"));

    const auto sent = servers.dovecot().messages(alice.name, u"Sent"_s);
    REQUIRE(sent.ok());
    REQUIRE(sent->size() == 1);
    CHECK(sent->first().content == "hello");
    CHECK(sent->first().flags.contains(u'S'));
}

TEST_CASE("Fixture: folders created by helper appear, with hierarchy", "[integration][fixture]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    const auto bob = servers.user(1);
    REQUIRE(servers.dovecot().createFolder(bob.name, u"Work/Projects"_s).ok());
    REQUIRE(servers.dovecot().deliver(bob.name, u"Work/Projects"_s, kMessage, u"FS"_s).ok());
    const auto messages = servers.dovecot().messages(bob.name, u"Work/Projects"_s);
    REQUIRE(messages.ok());
    REQUIRE(messages->size() == 1);
    CHECK(messages->first().flags == u"FS"_s);

    Connection connection;
    REQUIRE(connection.connectToHost(servers.imapEndpoint(TlsMode::Implicit)).ok());
    ok(readUntil(connection, "\r\n"));
    ok(exchange(connection, "a LOGIN bob " + bob.password.toUtf8(), "a OK"));
    const QByteArray list = ok(exchange(connection, "b LSUB \"\" \"*\"", "b OK"));
    CHECK(list.contains("\"/\" Work/Projects"));
    const QByteArray fetch = ok(exchange(connection, "c EXAMINE Work/Projects", "c OK"));
    CHECK(fetch.contains("* 1 EXISTS"));
    CHECK(fetch.contains("\\Flagged"));
}

TEST_CASE("Fixture: POP3 over STLS lists and retrieves delivered mail", "[integration][fixture]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    const auto alice = servers.user();
    REQUIRE(servers.dovecot().deliver(alice.name, u"INBOX"_s, kMessage).ok());

    Connection connection;
    REQUIRE(connection.connectToHost(servers.pop3Endpoint(TlsMode::StartTls)).ok());
    CHECK(ok(readUntil(connection, "\r\n")).startsWith("+OK"));
    CHECK(ok(exchange(connection, "CAPA", "\r\n.\r\n")).contains("STLS"));
    CHECK(ok(exchange(connection, "STLS", "\r\n")).startsWith("+OK"));
    REQUIRE(connection.startTls().ok());
    CHECK(ok(exchange(connection, "USER " + alice.name.toUtf8(), "\r\n")).startsWith("+OK"));
    CHECK(ok(exchange(connection, "PASS " + alice.password.toUtf8(), "\r\n")).startsWith("+OK"));
    CHECK(ok(exchange(connection, "STAT", "\r\n")).startsWith("+OK 1 "));
    CHECK(ok(exchange(connection, "RETR 1", "\r\n.\r\n")).contains("Subject: Fixture test"));
    ok(exchange(connection, "QUIT", "\r\n"));
}

TEST_CASE("Fixture: SMTP submission with STARTTLS and AUTH stores the message",
          "[integration][fixture]")
{
    TestServers servers({.dovecot = false, .smtpOptions = {.sizeLimit = 4096}});
    requireStarted(servers);
    const auto user = servers.smtp().options().user;

    Connection connection;
    REQUIRE(connection.connectToHost(servers.smtpEndpoint(TlsMode::StartTls)).ok());
    CHECK(ok(readUntil(connection, "\r\n")).startsWith("220"));
    const QByteArray ehlo = ok(exchange(connection, "EHLO client.example", "250 "));
    CHECK(ehlo.contains("STARTTLS"));
    CHECK(ehlo.contains("SIZE 4096"));
    CHECK_FALSE(ehlo.contains("AUTH")); // only after STARTTLS
    CHECK(ok(exchange(connection, "STARTTLS", "\r\n")).startsWith("220"));
    REQUIRE(connection.startTls().ok());
    CHECK(ok(exchange(connection, "EHLO client.example", "250 ")).contains("AUTH LOGIN PLAIN"));
    CHECK(ok(exchange(connection, "AUTH PLAIN " + saslPlain(user), "\r\n")).startsWith("235"));
    CHECK(ok(exchange(connection, "MAIL FROM:<alice@example.org>", "\r\n")).startsWith("250"));
    CHECK(ok(exchange(connection, "RCPT TO:<bob@example.org>", "\r\n")).startsWith("250"));
    CHECK(ok(exchange(connection, "DATA", "\r\n")).startsWith("354"));
    CHECK(ok(exchange(connection, kMessage + "..dot line\r\n.", "\r\n")).startsWith("250"));
    const QByteArray big = "MAIL FROM:<alice@example.org> SIZE=100000";
    CHECK(ok(exchange(connection, big, "\r\n")).startsWith("552"));
    ok(exchange(connection, "QUIT", "\r\n"));

    const auto mails = servers.smtp().waitForMessages(1, std::chrono::seconds(2));
    REQUIRE(mails.ok());
    REQUIRE(mails->size() == 1);
    const auto &mail = mails->first();
    CHECK(mail.mailFrom == u"alice@example.org"_s);
    CHECK(mail.recipients == QStringList{u"bob@example.org"_s});
    CHECK(mail.authenticatedAs == user.name);
    CHECK(mail.tls);
    CHECK(mail.data.contains("Subject: Fixture test"));
    CHECK(mail.data.contains("\r\n.dot line\r\n"));
}

TEST_CASE("Fixture: SMTPS (implicit TLS) accepts AUTH LOGIN", "[integration][fixture]")
{
    TestServers servers({.dovecot = false});
    requireStarted(servers);
    const auto user = servers.smtp().options().user;
    Connection connection;
    REQUIRE(connection.connectToHost(servers.smtpEndpoint(TlsMode::Implicit)).ok());
    ok(readUntil(connection, "\r\n"));
    CHECK_FALSE(ok(exchange(connection, "EHLO client.example", "250 ")).contains("STARTTLS"));
    CHECK(ok(exchange(connection, "AUTH LOGIN", "\r\n")).startsWith("334"));
    CHECK(ok(exchange(connection, user.name.toUtf8().toBase64(), "\r\n")).startsWith("334"));
    CHECK(ok(exchange(connection, user.password.toUtf8().toBase64(), "\r\n")).startsWith("235"));
    ok(exchange(connection, "QUIT", "\r\n"));
}

TEST_CASE("Fixture: the variant without STARTTLS advertises none on IMAP, POP3 and SMTP",
          "[integration][fixture]")
{
    TestServers servers(lb::test::TestServersOptions::withoutStartTls());
    requireStarted(servers);
    CHECK(servers.dovecot().imapsPort() == 0);

    Connection imap;
    REQUIRE(imap.connectToHost(servers.imapEndpoint(TlsMode::None)).ok());
    const QByteArray greeting = ok(readUntil(imap, "\r\n"));
    CHECK(greeting.contains("CAPABILITY"));
    CHECK_FALSE(greeting.contains("STARTTLS"));
    CHECK(ok(exchange(imap, "a STARTTLS", "a ")).contains("a BAD"));
    ok(exchange(imap, "b LOGIN alice alice-secret", "b OK"));

    Connection pop3;
    REQUIRE(pop3.connectToHost(servers.pop3Endpoint(TlsMode::None)).ok());
    ok(readUntil(pop3, "\r\n"));
    CHECK_FALSE(ok(exchange(pop3, "CAPA", "\r\n.\r\n")).contains("STLS"));

    Connection smtp;
    REQUIRE(smtp.connectToHost(servers.smtpEndpoint(TlsMode::None)).ok());
    ok(readUntil(smtp, "\r\n"));
    const QByteArray ehlo = ok(exchange(smtp, "EHLO client.example", "250 "));
    CHECK_FALSE(ehlo.contains("STARTTLS"));
    CHECK(ehlo.contains("AUTH"));
}

TEST_CASE("Fixture: starts and stops in well under two seconds", "[integration][fixture]")
{
    QElapsedTimer stopClock;
    double startSeconds = 0;
    {
        TestServers servers;
        requireStarted(servers);
        startSeconds = servers.startSeconds();
        stopClock.start();
    }
    const double stopSeconds = double(stopClock.nsecsElapsed()) / 1e9;
    WARN("fixture start " << startSeconds << " s, stop " << stopSeconds << " s");
    CHECK(startSeconds < 2.0);
    CHECK(stopSeconds < 1.0);
}
