// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpSession against a real aiosmtpd: STARTTLS and implicit TLS, AUTH PLAIN and LOGIN,
// pipelining, SIZE, partial rejection, and what never goes over the wire.
#include "TestServers.h"

#include "mime/Attachments.h"
#include "mime/MessageParser.h"
#include "mime/compose/MessageComposer.h"
#include "smtp/SmtpSession.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;
using lb::net::Connection;
using lb::net::NetErrorKind;
using lb::net::ProtocolLog;
using lb::net::TlsMode;
using lb::smtp::AuthMethod;
using lb::smtp::DeliveryOutcome;
using lb::smtp::SmtpSession;
using lb::smtp::Submission;
using lb::test::TestServers;
using lb::test::TestServersOptions;

namespace {

void requireStarted(TestServers &servers)
{
    const auto started = servers.start();
    if (!started)
        FAIL(started.error().message.toStdString());
}

const QByteArray kAttachment = [] {
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i)
        bytes.append(char(i * 7 % 256));
    return bytes;
}();

lb::mime::ComposedMessage compose(QStringList to, QStringList cc = {}, QStringList bcc = {},
                                  QString text = u"Hello Bob,\n.a line with a leading dot\n"_s)
{
    lb::mime::OutgoingMessage message;
    message.from = {u"Alice Example"_s, u"alice@example.org"_s};
    for (const QString &a : to)
        message.to.push_back({{}, a});
    for (const QString &a : cc)
        message.cc.push_back({{}, a});
    for (const QString &a : bcc)
        message.bcc.push_back({{}, a});
    message.subject = u"Grüße from the SMTP test"_s;
    message.text = std::move(text);
    message.attachments.push_back({u"data.bin"_s, "application/octet-stream", kAttachment, {}});
    auto composed = lb::mime::composeMessage(message);
    REQUIRE(composed.ok());
    return *composed;
}

Submission submissionOf(const lb::mime::ComposedMessage &composed)
{
    return {{composed.envelopeFrom, composed.envelopeRecipients}, composed.bytes};
}

struct Client
{
    std::shared_ptr<ProtocolLog> log = std::make_shared<ProtocolLog>(2000);
    Connection connection;
    SmtpSession session{connection};

    Client() { connection.setProtocolLog(log, u"smtp"_s); }

    QStringList sentLines() const
    {
        QStringList lines;
        for (const auto &entry : log->entries()) {
            if (entry.direction == ProtocolLog::Direction::Sent)
                lines << QString::fromUtf8(entry.text);
        }
        return lines;
    }
};

void openAndLogIn(Client &client, TestServers &servers, TlsMode mode,
                  AuthMethod method = AuthMethod::Automatic)
{
    const auto opened = client.session.open(servers.smtpEndpoint(mode));
    if (!opened)
        FAIL(opened.error().toString().toStdString());
    const auto user = servers.smtp().options().user;
    const auto authed = client.session.authenticate(user.name, user.password, method);
    if (!authed)
        FAIL(authed.error().toString().toStdString());
}

} // namespace

TEST_CASE("SMTP: STARTTLS and AUTH PLAIN deliver a message that parses back intact",
          "[integration][smtp]")
{
    TestServers servers({.dovecot = false});
    requireStarted(servers);
    Client client;
    openAndLogIn(client, servers, TlsMode::StartTls, AuthMethod::Plain);
    CHECK(client.connection.isEncrypted());
    CHECK(client.session.capabilities().pipelining);

    const auto composed =
        compose({u"bob@example.org"_s}, {u"carol@example.org"_s}, {u"dave@example.org"_s});
    bool beforeDataCalled = false;
    const auto result = client.session.send(submissionOf(composed), [&]() -> lb::Result<void> {
        beforeDataCalled = true;
        return lb::Ok{};
    });
    REQUIRE_FALSE(result.error.has_value());
    CHECK(result.outcome() == DeliveryOutcome::Delivered);
    CHECK(result.contentSent);
    CHECK(beforeDataCalled);
    CHECK(result.report.recipients.size() == 3);
    client.session.quit();

    const auto mails = servers.smtp().waitForMessages(1, std::chrono::seconds(5));
    REQUIRE(mails.ok());
    REQUIRE(mails->size() == 1);
    const auto &mail = mails->first();
    CHECK(mail.tls);
    CHECK(mail.authenticatedAs == u"alice"_s);
    CHECK(mail.mailFrom == u"alice@example.org"_s);
    CHECK(mail.recipients ==
          QStringList{u"bob@example.org"_s, u"carol@example.org"_s, u"dave@example.org"_s});
    CHECK(mail.data == composed.bytes); // dot-stuffing undone by the server, byte for byte

    const auto parsed = lb::mime::parseMessage(mail.data);
    CHECK(parsed.subject == u"Grüße from the SMTP test"_s);
    REQUIRE(parsed.to.size() == 1);
    CHECK(parsed.to.front().address == u"bob@example.org"_s);
    REQUIRE(parsed.cc.size() == 1);
    CHECK(parsed.bcc.empty());
    CHECK_FALSE(mail.data.contains("dave@example.org")); // Bcc only in the envelope
    const auto files = lb::mime::attachments(parsed);
    REQUIRE(files.size() == 1);
    CHECK(files.front().filename == u"data.bin"_s);
    CHECK(files.front().size == kAttachment.size());
    REQUIRE(parsed.root.children.size() == 2);
    CHECK(parsed.root.children[1].body == kAttachment);
}

TEST_CASE("SMTP: MAIL, RCPT and DATA go in one write when PIPELINING is offered",
          "[integration][smtp]")
{
    TestServers servers({.dovecot = false});
    requireStarted(servers);
    Client client;
    openAndLogIn(client, servers, TlsMode::StartTls);
    const auto result =
        client.session.send(submissionOf(compose({u"bob@example.org"_s, u"carol@example.org"_s})));
    REQUIRE_FALSE(result.error.has_value());
    CHECK(result.outcome() == DeliveryOutcome::Delivered);

    // In the log, the DATA command comes before the server's answer to MAIL FROM.
    const auto entries = client.log->entries();
    qsizetype mailAt = -1, dataAt = -1, firstReplyAfterMail = -1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto &e = entries[i];
        if (e.direction == ProtocolLog::Direction::Sent && e.text.startsWith("MAIL FROM"))
            mailAt = i;
        if (e.direction == ProtocolLog::Direction::Sent && e.text == "DATA")
            dataAt = i;
        if (mailAt >= 0 && firstReplyAfterMail < 0 &&
            e.direction == ProtocolLog::Direction::Received)
            firstReplyAfterMail = i;
    }
    REQUIRE(mailAt >= 0);
    REQUIRE(dataAt > mailAt);
    CHECK(dataAt < firstReplyAfterMail);
}

TEST_CASE("SMTP: implicit TLS and AUTH LOGIN deliver, the password never reaches the log",
          "[integration][smtp]")
{
    TestServers servers({.dovecot = false});
    requireStarted(servers);
    Client client;
    openAndLogIn(client, servers, TlsMode::Implicit, AuthMethod::Login);
    CHECK(client.connection.isEncrypted());
    CHECK(client.session.isAuthenticated());
    const auto result = client.session.send(submissionOf(compose({u"bob@example.org"_s})));
    REQUIRE_FALSE(result.error.has_value());
    CHECK(result.outcome() == DeliveryOutcome::Delivered);
    client.session.quit();

    const auto mails = servers.smtp().waitForMessages(1, std::chrono::seconds(5));
    REQUIRE(mails.ok());
    REQUIRE(mails->size() == 1);
    CHECK(mails->first().authenticatedAs == u"alice"_s);
    CHECK(lb::mime::parseMessage(mails->first().data).subject == u"Grüße from the SMTP test"_s);

    const QString text = client.log->toText();
    CHECK(text.contains(u"AUTH LOGIN"_s));
    CHECK_FALSE(text.contains(u"alice-secret"_s));
    CHECK_FALSE(text.contains(QString::fromLatin1(QByteArray("alice-secret").toBase64())));
    CHECK(client.sentLines().contains(u"QUIT"_s));
}

TEST_CASE("SMTP: STARTTLS chosen but not offered fails before anything sensitive is sent",
          "[integration][smtp]")
{
    TestServers servers([] {
        auto options = TestServersOptions::withoutStartTls();
        options.dovecot = false;
        return options;
    }());
    requireStarted(servers);
    Client client;
    const auto opened = client.session.open(servers.smtpEndpoint(TlsMode::StartTls));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(u"STARTTLS"_s));
    CHECK(opened.error().remedy == lb::Remedy::AskUser);
    const QStringList sent = client.sentLines();
    REQUIRE(sent.size() == 1); // EHLO, and nothing after it
    CHECK(sent.first().startsWith(u"EHLO"_s));
    CHECK_FALSE(client.connection.isEncrypted());
}

TEST_CASE("SMTP: a wrong password is a clear account error with the server's words",
          "[integration][smtp]")
{
    TestServers servers({.dovecot = false});
    requireStarted(servers);
    Client client;
    REQUIRE(client.session.open(servers.smtpEndpoint(TlsMode::StartTls)).ok());
    const auto authed = client.session.authenticate(u"alice"_s, u"wrong"_s);
    REQUIRE_FALSE(authed.ok());
    CHECK(authed.error().message == u"The server refused the user name or password."_s);
    CHECK(authed.error().scope == lb::ErrorScope::Account);
    CHECK(authed.error().serverText.startsWith(u"535"_s));
    CHECK_FALSE(client.session.isAuthenticated());
}

TEST_CASE("SMTP: a message over the SIZE limit is refused before MAIL FROM", "[integration][smtp]")
{
    TestServers servers({.dovecot = false, .smtpOptions = {.sizeLimit = 200000}});
    requireStarted(servers);
    Client client;
    openAndLogIn(client, servers, TlsMode::StartTls);
    CHECK(client.session.capabilities().sizeLimit == 200000);
    const auto composed =
        compose({u"bob@example.org"_s}, {}, {}, QString(300000, u'x').replace(70, 1, u'\n'));
    const auto result = client.session.send(submissionOf(composed));
    REQUIRE(result.error.has_value());
    CHECK(result.error->message.contains(u"limit 0.2 MB"_s));
    CHECK(result.error->scope == lb::ErrorScope::Message);
    CHECK_FALSE(result.contentSent);
    for (const QString &line : client.sentLines())
        CHECK_FALSE(line.startsWith(u"MAIL"_s));

    // The session is still good for a message that fits.
    const auto small = client.session.send(submissionOf(compose({u"bob@example.org"_s})));
    CHECK(small.outcome() == DeliveryOutcome::Delivered);
}

TEST_CASE("SMTP: partial rejection is reported per recipient, never as success",
          "[integration][smtp]")
{
    TestServers servers({.dovecot = false});
    requireStarted(servers);
    Client client;
    openAndLogIn(client, servers, TlsMode::StartTls);
    const auto result = client.session.send(submissionOf(compose(
        {u"bob@example.org"_s, u"nobody@rejected.invalid"_s}, {u"later@tempfail.invalid"_s})));
    REQUIRE_FALSE(result.error.has_value());
    CHECK(result.outcome() == DeliveryOutcome::PartlyDelivered);
    REQUIRE(result.report.accepted().size() == 1);
    CHECK(result.report.accepted().first().address == u"bob@example.org"_s);
    const auto rejected = result.report.rejected();
    REQUIRE(rejected.size() == 2);
    CHECK(rejected[0].reply.code == 550);
    CHECK(rejected[1].reply.code == 450);
    const auto error = result.report.error();
    REQUIRE(error.has_value());
    CHECK(error->message.contains(u"2 of 3"_s));
    CHECK(error->serverText.contains(u"nobody@rejected.invalid"_s));

    const auto mails = servers.smtp().waitForMessages(1, std::chrono::seconds(5));
    REQUIRE(mails.ok());
    REQUIRE(mails->size() == 1);
    CHECK(mails->first().recipients == QStringList{u"bob@example.org"_s});
}

TEST_CASE("SMTP: when every recipient is refused nothing is sent and the session goes on",
          "[integration][smtp]")
{
    TestServers servers({.dovecot = false});
    requireStarted(servers);
    Client client;
    openAndLogIn(client, servers, TlsMode::StartTls);
    const auto refused = client.session.send(submissionOf(compose({u"nobody@rejected.invalid"_s})));
    REQUIRE_FALSE(refused.error.has_value());
    CHECK(refused.outcome() == DeliveryOutcome::NotDelivered);
    CHECK_FALSE(refused.contentSent);
    const auto error = refused.report.error();
    REQUIRE(error.has_value());
    CHECK(error->message.contains(u"nobody@rejected.invalid"_s));
    CHECK(error->remedy == lb::Remedy::AskUser);
    CHECK(client.sentLines().contains(u"RSET"_s));

    const auto next = client.session.send(submissionOf(compose({u"bob@example.org"_s})));
    CHECK(next.outcome() == DeliveryOutcome::Delivered);
    const auto mails = servers.smtp().waitForMessages(1, std::chrono::seconds(5));
    REQUIRE(mails.ok());
    CHECK(mails->size() == 1);
}

TEST_CASE("SMTP: a server that is not listening is a connection error", "[integration][smtp]")
{
    TestServers servers({.dovecot = false});
    requireStarted(servers);
    auto endpoint = servers.smtpEndpoint(TlsMode::Implicit);
    servers.stop();
    Client client;
    const auto opened = client.session.open(endpoint);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().scope == lb::ErrorScope::Connection);
    CHECK(opened.error().message.contains(u"refused"_s));
}
