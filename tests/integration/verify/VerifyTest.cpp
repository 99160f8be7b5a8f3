// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "FakeImapServer.h"
#include "VerifyFixture.h"

#include "sync/verify/AccountVerifier.h"

#include <QTcpServer>

using namespace Qt::Literals::StringLiterals;
using namespace lb::sync::verify;
using lb::accounts::Protocol;
using lb::net::TlsMode;

namespace {

void startOrFail(lb::test::TestServers &servers)
{
    const auto started = servers.start();
    if (!started)
        FAIL(started.error().message.toStdString());
}

VerifyRequest request(lb::accounts::AccountSettings settings, QString password)
{
    VerifyRequest r;
    r.settings = std::move(settings);
    r.password = std::move(password);
    r.timeout = std::chrono::seconds(5);
    return r;
}

} // namespace

TEST_CASE("IMAP and SMTP verify with the mailbox figures that were delivered", "[verify]")
{
    lb::test::TestServers servers;
    startOrFail(servers);
    const lb::test::TestUser alice = servers.user(0);
    quint64 bytes = 0;
    for (int i = 0; i < 3; ++i) {
        const QByteArray m = lb::test::verifyMessage(i, 3 + i);
        bytes += m.size();
        REQUIRE(servers.dovecot().deliver(alice.name, u"INBOX"_s, m).ok());
    }
    REQUIRE(servers.dovecot().createFolder(alice.name, u"Work/Projects"_s).ok());
    const QByteArray archived = lb::test::verifyMessage(10, 40);
    bytes += archived.size();
    REQUIRE(servers.dovecot().deliver(alice.name, u"Work/Projects"_s, archived).ok());

    const VerifyReport report = verifyAccount(request(
        lb::test::verifySettings(servers, Protocol::Imap, TlsMode::Implicit), alice.password));
    INFO(report.incoming.message.toStdString());
    REQUIRE(report.ok());
    CHECK(report.incoming.type == ServerType::Imap);
    CHECK_FALSE(report.incoming.tlsDescription.isEmpty());
    CHECK(report.incoming.capabilities.contains(u"IMAP4REV1"_s, Qt::CaseInsensitive));
    REQUIRE(report.smtp.has_value());
    CHECK(report.smtp->ok());
    REQUIRE(report.figures.has_value());
    CHECK(report.figures->messages == 4u);
    CHECK(report.figures->bytes == bytes);
    CHECK_FALSE(report.figures->inboxOnly);
    // INBOX, Sent, Drafts, Trash, Junk, Archive, Work (a real folder in Maildir++), Projects.
    CHECK(report.figures->folders >= 7);
    CHECK_FALSE(report.figures->quotaLimitBytes.has_value()); // the fixture has no quota
    // Nothing changed on the server.
    CHECK(servers.dovecot().messages(alice.name, u"INBOX"_s)->size() == 3);
}

TEST_CASE("IMAP over STARTTLS verifies too", "[verify]")
{
    lb::test::TestServers servers({.smtp = false});
    startOrFail(servers);
    lb::accounts::AccountSettings settings =
        lb::test::verifySettings(servers, Protocol::Imap, TlsMode::StartTls, false);
    const VerifyReport report = verifyAccount(request(settings, servers.user(0).password));
    CHECK(report.ok());
    CHECK_FALSE(report.smtp.has_value());
    REQUIRE(report.figures.has_value());
    CHECK(report.figures->messages == 0u);
}

TEST_CASE("POP3 verifies with STAT figures", "[verify]")
{
    lb::test::TestServers servers;
    startOrFail(servers);
    const lb::test::TestUser alice = servers.user(0);
    quint64 bytes = 0;
    for (int i = 0; i < 2; ++i) {
        const QByteArray m = lb::test::verifyMessage(i, 20);
        bytes += m.size();
        REQUIRE(servers.dovecot().deliver(alice.name, u"INBOX"_s, m).ok());
    }
    for (const TlsMode mode : {TlsMode::Implicit, TlsMode::StartTls}) {
        const VerifyReport report = verifyAccount(
            request(lb::test::verifySettings(servers, Protocol::Pop3, mode), alice.password));
        INFO(report.incoming.message.toStdString());
        REQUIRE(report.ok());
        CHECK(report.incoming.type == ServerType::Pop3);
        REQUIRE(report.figures.has_value());
        CHECK(report.figures->messages == 2u);
        CHECK(report.figures->bytes == bytes);
    }
    // STAT deleted nothing.
    CHECK(servers.dovecot().messages(alice.name, u"INBOX"_s)->size() == 2);
}

// Dovecot delays logins from an address that failed before (its auth penalty), so each
// refused login gets servers of its own and comes last.
TEST_CASE("A wrong IMAP password is named as such", "[verify]")
{
    lb::test::TestServers servers;
    startOrFail(servers);
    const VerifyReport report = verifyAccount(
        request(lb::test::verifySettings(servers, Protocol::Imap, TlsMode::Implicit), u"not-it"_s));
    CHECK(report.incoming.failure == Failure::AuthenticationFailed);
    CHECK_FALSE(report.incoming.serverText.isEmpty());
    CHECK_FALSE(report.figures.has_value());
    REQUIRE(report.smtp.has_value());
    CHECK(report.smtp->failure == Failure::AuthenticationFailed);
    CHECK_FALSE(report.ok());
}

TEST_CASE("A wrong POP3 or SMTP password is named as such", "[verify]")
{
    lb::test::TestServers servers;
    startOrFail(servers);
    VerifyRequest smtpOnly =
        request(lb::test::verifySettings(servers, Protocol::Pop3, TlsMode::Implicit),
                servers.user(0).password);
    smtpOnly.smtpPassword = u"wrong"_s;
    VerifyReport report = verifyAccount(smtpOnly);
    CHECK(report.incoming.ok());
    REQUIRE(report.smtp.has_value());
    CHECK(report.smtp->failure == Failure::AuthenticationFailed);
    CHECK(report.smtp->serverText.contains(u"535"_s));
    CHECK_FALSE(report.ok());

    report = verifyAccount(request(
        lb::test::verifySettings(servers, Protocol::Pop3, TlsMode::StartTls, false), u"not-it"_s));
    CHECK(report.incoming.failure == Failure::AuthenticationFailed);
    CHECK_FALSE(report.figures.has_value());
}

TEST_CASE("A closed port, an unknown host and a silent server are told apart", "[verify]")
{
    lb::test::TestServers servers({.smtp = false});
    startOrFail(servers);
    lb::accounts::AccountSettings settings =
        lb::test::verifySettings(servers, Protocol::Imap, TlsMode::Implicit, false);

    lb::accounts::AccountSettings closed = settings;
    closed.incoming.port = lb::test::freeLoopbackPorts(1).front();
    CHECK(verifyIncoming(request(closed, u"x"_s), nullptr).failure == Failure::PortClosed);

    lb::accounts::AccountSettings unknown = settings;
    unknown.incoming.host = u"no-such-host.invalid"_s;
    const ServerCheck notFound = verifyIncoming(request(unknown, u"x"_s), nullptr);
    CHECK(notFound.failure == Failure::HostNotFound);
    CHECK(notFound.host == u"no-such-host.invalid"_s);

    QTcpServer silent; // the kernel accepts; nobody ever says a word
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    lb::accounts::AccountSettings mute = settings;
    mute.incoming.tls = TlsMode::StartTls;
    mute.incoming.port = silent.serverPort();
    VerifyRequest quick = request(mute, u"x"_s);
    quick.timeout = std::chrono::milliseconds(300);
    CHECK(verifyIncoming(quick, nullptr).failure == Failure::Timeout);

    // Implicit TLS towards the plaintext port: not a TLS server.
    lb::accounts::AccountSettings plainPort = settings;
    plainPort.incoming.port = servers.dovecot().imapPort();
    const Failure tls = verifyIncoming(request(plainPort, u"x"_s), nullptr).failure;
    CHECK((tls == Failure::TlsHandshake || tls == Failure::Timeout));
}

TEST_CASE("An untrusted certificate is shown, then accepted once pinned", "[verify]")
{
    lb::test::TestServers servers;
    startOrFail(servers);
    for (const Protocol protocol : {Protocol::Imap, Protocol::Pop3}) {
        for (const TlsMode mode : {TlsMode::Implicit, TlsMode::StartTls}) {
            lb::accounts::AccountSettings settings =
                lb::test::verifySettings(servers, protocol, mode);
            settings.incoming.trust = {}; // the system store does not know the test CA
            settings.smtp->trust = {};
            VerifyReport report = verifyAccount(request(settings, servers.user(0).password));
            REQUIRE(report.incoming.failure == Failure::Certificate);
            REQUIRE(report.incoming.certificate.has_value());
            const lb::net::CertificateInfo &cert = *report.incoming.certificate;
            CHECK(cert.sha256Fingerprint == servers.certificates().serverSha256);
            CHECK(cert.subject.contains(u"localhost"_s));
            CHECK(cert.issuer.contains(u"Letterbox Test CA"_s));
            CHECK(cert.notAfter > cert.notBefore);
            REQUIRE(report.smtp.has_value());
            CHECK(report.smtp->failure == Failure::Certificate);

            // The user trusts exactly that certificate.
            settings.incoming.trust.pinnedSha256 = cert.sha256Fingerprint;
            settings.smtp->trust.pinnedSha256 = report.smtp->certificate->sha256Fingerprint;
            report = verifyAccount(request(settings, servers.user(0).password));
            INFO(report.incoming.message.toStdString());
            CHECK(report.ok());

            // A pin for some other certificate does not let this one through.
            settings.incoming.trust.pinnedSha256 = servers.certificates().otherSha256;
            CHECK(verifyIncoming(request(settings, servers.user(0).password), nullptr).failure ==
                  Failure::Certificate);
        }
    }
}

TEST_CASE("STARTTLS chosen but not offered is said plainly", "[verify]")
{
    lb::test::TestServers servers(lb::test::TestServersOptions::withoutStartTls());
    startOrFail(servers);
    for (const Protocol protocol : {Protocol::Imap, Protocol::Pop3}) {
        const VerifyReport report =
            verifyAccount(request(lb::test::verifySettings(servers, protocol, TlsMode::StartTls),
                                  servers.user(0).password));
        CHECK(report.incoming.failure == Failure::StartTlsMissing);
        REQUIRE(report.smtp.has_value());
        CHECK(report.smtp->failure == Failure::StartTlsMissing);
    }
}

TEST_CASE("Figures come from STATUS SIZE and the quota where the server offers them", "[verify]")
{
    lb::test::FakeImapServer server(
        {{"INBOX", 1200, 40'000'000}, {"Archive", 34, 16'000'000}, {"Sent Items", 0, 0}}, 56'000,
        1'048'576);
    lb::accounts::AccountSettings settings;
    settings.name = u"Fake"_s;
    settings.email = u"ann@example.org"_s;
    settings.protocol = Protocol::Imap;
    settings.incoming.host = u"127.0.0.1"_s;
    settings.incoming.port = server.port();
    settings.incoming.tls = TlsMode::None; // the user's explicit choice, for this fake only
    settings.incoming.user = u"ann"_s;
    const VerifyReport report = verifyAccount(request(settings, u"secret"_s));
    INFO(report.incoming.message.toStdString());
    REQUIRE(report.ok());
    REQUIRE(report.figures.has_value());
    const MailboxFigures &f = *report.figures;
    CHECK(f.messages == 1234u);
    CHECK(f.bytes == 56'000'000u);
    CHECK(f.folders == 3);
    CHECK_FALSE(f.sizeFromQuota);
    CHECK(f.quotaUsedBytes == 56'000u * 1024u);
    CHECK(f.quotaLimitBytes == 1'048'576u * 1024u);
    const QList<QByteArray> commands = server.commands();
    // One STATUS per selectable folder with SIZE, no message sizes fetched, no SELECT.
    int status = 0;
    for (const QByteArray &c : commands) {
        if (c.startsWith("STATUS")) {
            ++status;
            CHECK(c.contains("SIZE"));
        }
        CHECK_FALSE(c.startsWith("SELECT"));
        CHECK_FALSE(c.startsWith("EXAMINE"));
    }
    CHECK(status == 3);
}
