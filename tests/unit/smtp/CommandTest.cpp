// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"
#include "smtp/CommandBuilder.h"

using namespace lb::smtp;

TEST_CASE("SMTP command lines")
{
    const QList<std::pair<Command, QByteArray>> rows = {
        {*CommandBuilder::ehlo(QStringLiteral("client.example.org")),
         "EHLO client.example.org\r\n"},
        {*CommandBuilder::ehlo(QStringLiteral("[192.0.2.7]")), "EHLO [192.0.2.7]\r\n"},
        {*CommandBuilder::helo(QStringLiteral("client")), "HELO client\r\n"},
        {CommandBuilder::startTls(), "STARTTLS\r\n"},
        {*CommandBuilder::mailFrom(QStringLiteral("a@example.org")),
         "MAIL FROM:<a@example.org>\r\n"},
        {*CommandBuilder::mailFrom(QString()), "MAIL FROM:<>\r\n"},
        {*CommandBuilder::mailFrom(QStringLiteral("a@example.org"), {1234, true, false}),
         "MAIL FROM:<a@example.org> SIZE=1234 BODY=8BITMIME\r\n"},
        {*CommandBuilder::mailFrom(QStringLiteral("j\u00f6rg@b\u00fccher.example"),
                                   {std::nullopt, true, true}),
         "MAIL FROM:<j\xc3\xb6rg@b\xc3\xbc"
         "cher.example> BODY=8BITMIME SMTPUTF8\r\n"},
        {*CommandBuilder::rcptTo(QStringLiteral("\"john doe\"@example.org")),
         "RCPT TO:<\"john doe\"@example.org>\r\n"},
        {CommandBuilder::data(), "DATA\r\n"},
        {CommandBuilder::rset(), "RSET\r\n"},
        {CommandBuilder::noop(), "NOOP\r\n"},
        {CommandBuilder::quit(), "QUIT\r\n"},
    };
    for (const auto &[command, line] : rows) {
        INFO(line.toStdString());
        CHECK(command.line == line);
        CHECK(!command.sensitive);
        CHECK(command.forLog() == line.chopped(2));
    }
}

TEST_CASE("SMTP arguments that could break the line are refused")
{
    const QStringList badAddresses = {
        QStringLiteral("a@b\r\nRCPT TO:<evil@x>"),
        QStringLiteral("a@b\n"),
        QStringLiteral("a\r@b"),
        QStringLiteral("<a@b>"),
        QStringLiteral("a>@b"),
        QStringLiteral("a\t@b"),
        QString::fromLatin1("a\0b", 3),
        QString(300, QLatin1Char('a')) + QStringLiteral("@example.org"),
    };
    for (const QString &address : badAddresses) {
        INFO(address.toStdString());
        CHECK(!CommandBuilder::mailFrom(address).ok());
        CHECK(!CommandBuilder::rcptTo(address).ok());
    }
    CHECK(!CommandBuilder::rcptTo(QString()).ok());
    CHECK(!CommandBuilder::ehlo(QStringLiteral("host\r\nQUIT")).ok());
    CHECK(!CommandBuilder::ehlo(QStringLiteral("two words")).ok());
    CHECK(!CommandBuilder::helo(QString()).ok());
    const auto refused = CommandBuilder::rcptTo(QStringLiteral("a@b\r\n"));
    CHECK(refused.error().scope == lb::ErrorScope::Message);
    CHECK(refused.error().remedy == lb::Remedy::AskUser);
}

TEST_CASE("SMTP AUTH PLAIN and AUTH LOGIN")
{
    const auto plain = CommandBuilder::authPlain(QStringLiteral("user"), QStringLiteral("pass"));
    REQUIRE(plain.ok());
    CHECK(plain->line == "AUTH PLAIN AHVzZXIAcGFzcw==\r\n");
    CHECK(plain->sensitive);
    CHECK(plain->forLog() == "AUTH PLAIN <redacted>");
    CHECK(QByteArray::fromBase64("AHVzZXIAcGFzcw==") == QByteArray("\0user\0pass", 10));
    const auto authz = CommandBuilder::authPlain(
        QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"), QStringLiteral("admin"));
    CHECK(authz->line == "AUTH PLAIN YWRtaW4AdGltAHRhbnN0YWFmdGFuc3RhYWY=\r\n");
    CHECK(!CommandBuilder::authPlain(QString(), QStringLiteral("p")).ok());

    CHECK(CommandBuilder::authLogin().line == "AUTH LOGIN\r\n");
    const Command user = CommandBuilder::authLoginUser(QStringLiteral("alice"));
    CHECK(user.line == "YWxpY2U=\r\n");
    CHECK(user.forLog() == "YWxpY2U=");
    const Command password = CommandBuilder::authLoginPassword(QStringLiteral("s3cret"));
    CHECK(password.line == "czNjcmV0\r\n");
    CHECK(password.sensitive);
    CHECK(password.forLog() == "<redacted>");
    CHECK(CommandBuilder::saslResponse("").line == "=\r\n");
    CHECK(CommandBuilder::saslResponse("x").forLog() == "<redacted>");
    CHECK(CommandBuilder::saslCancel().line == "*\r\n");
}

TEST_CASE("SMTP redaction of raw lines")
{
    CHECK(redactCommandLine("AUTH PLAIN AHVzZXIAcGFzcw==\r\n") == "AUTH PLAIN <redacted>");
    CHECK(redactCommandLine("auth xoauth2 dXNlcj1...\r\n") == "auth xoauth2 <redacted>");
    CHECK(redactCommandLine("AUTH LOGIN\r\n") == "AUTH LOGIN");
    CHECK(redactCommandLine("MAIL FROM:<a@b>\r\n") == "MAIL FROM:<a@b>");
}
