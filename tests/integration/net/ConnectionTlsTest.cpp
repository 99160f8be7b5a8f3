// SPDX-License-Identifier: GPL-3.0-or-later
// Connection against real Dovecot: implicit TLS, STARTTLS, certificate errors and pinning.
#include "RawExchange.h"
#include "ScriptedServer.h"
#include "TestServers.h"

#include "net/Connection.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;
using lb::net::Connection;
using lb::net::NetErrorKind;
using lb::net::TlsMode;
using lb::test::exchange;
using lb::test::readUntil;
using lb::test::TestServers;

namespace {

void requireStarted(TestServers &servers)
{
    const auto started = servers.start();
    if (!started)
        FAIL(started.error().message.toStdString());
}

QByteArray ok(const lb::net::NetResult<QByteArray> &result)
{
    if (!result)
        FAIL(result.error().toString().toStdString());
    return result.value();
}

} // namespace

TEST_CASE("Implicit TLS to Dovecot IMAPS verifies with the account's CA file", "[integration][net]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    Connection connection;
    const auto connected = connection.connectToHost(servers.imapEndpoint(TlsMode::Implicit));
    INFO((connected.ok() ? std::string() : connected.error().toString().toStdString()));
    REQUIRE(connected.ok());
    CHECK(connection.isEncrypted());
    CHECK(connection.tlsDescription().startsWith(u"TLSv1."_s));
    REQUIRE(connection.peerCertificate().has_value());
    CHECK(connection.peerCertificate()->sha256Fingerprint == servers.certificates().serverSha256);
    CHECK(ok(readUntil(connection, "\r\n")).startsWith("* OK"));
}

TEST_CASE("Without the CA file the certificate error carries the certificate, and pinning "
          "exactly that fingerprint connects",
          "[integration][net]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    auto endpoint = servers.imapEndpoint(TlsMode::Implicit);
    endpoint.trust.caFile.clear();

    Connection connection;
    const auto refused = connection.connectToHost(endpoint);
    REQUIRE_FALSE(refused.ok());
    const auto &error = refused.error();
    CHECK(error.kind == NetErrorKind::CertificateUntrusted);
    CHECK(error.scope == lb::ErrorScope::Account);
    CHECK(error.remedy == lb::Remedy::AskUser);
    CHECK(error.message.contains(u"127.0.0.1"_s));
    REQUIRE(error.certificate.has_value());
    const auto &cert = *error.certificate;
    CHECK(cert.sha256Fingerprint == servers.certificates().serverSha256);
    CHECK(cert.subject.contains(u"CN=localhost"_s));
    CHECK(cert.issuer.contains(u"CN=Letterbox Test CA"_s));
    CHECK(cert.subjectNames.contains(u"localhost"_s));
    CHECK(cert.notBefore < QDateTime::currentDateTimeUtc());
    CHECK(cert.notAfter > QDateTime::currentDateTimeUtc());
    CHECK_FALSE(cert.errors.isEmpty());
    CHECK(cert.pem.startsWith("-----BEGIN CERTIFICATE-----"));
    CHECK_FALSE(connection.isOpen());

    // The user accepts what was shown: the display form (AB:CD:...) pins as well.
    endpoint.trust.pinnedSha256 = cert.displayFingerprint();
    const auto pinned = connection.connectToHost(endpoint);
    INFO((pinned.ok() ? std::string() : pinned.error().toString().toStdString()));
    REQUIRE(pinned.ok());
    CHECK(connection.isEncrypted());
    CHECK(ok(readUntil(connection, "\r\n")).startsWith("* OK"));
}

TEST_CASE("A pin for another certificate is refused as a changed certificate", "[integration][net]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    auto endpoint = servers.imapEndpoint(TlsMode::Implicit);
    endpoint.trust.caFile.clear();
    endpoint.trust.pinnedSha256 = servers.certificates().otherSha256;

    Connection connection;
    const auto result = connection.connectToHost(endpoint);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == NetErrorKind::CertificateChanged);
    REQUIRE(result.error().certificate.has_value());
    CHECK(result.error().certificate->sha256Fingerprint == servers.certificates().serverSha256);
}

TEST_CASE("A different certificate with the same name is refused despite the pin",
          "[integration][net]")
{
    const auto certs = lb::test::testCertificates();
    REQUIRE(certs.ok());
    ScriptedServer impostor({.greeting = "* OK impostor\r\n",
                             .tlsCertFile = certs->otherCertFile,
                             .tlsKeyFile = certs->otherKeyFile});
    lb::net::ServerEndpoint endpoint{u"localhost"_s, impostor.port(), TlsMode::Implicit};
    endpoint.trust.caFile = certs->caCertFile;
    endpoint.trust.pinnedSha256 = certs->serverSha256;

    Connection connection;
    const auto result = connection.connectToHost(endpoint);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == NetErrorKind::CertificateChanged);
    REQUIRE(result.error().certificate.has_value());
    CHECK(result.error().certificate->sha256Fingerprint == certs->otherSha256);
    CHECK(result.error().certificate->subject == u"CN=localhost"_s);
}

TEST_CASE("A certificate for another name fails host name verification", "[integration][net]")
{
    const auto certs = lb::test::testCertificates();
    REQUIRE(certs.ok());
    // 127.0.0.2 is loopback too, but not among the certificate's names.
    ScriptedServer server({.greeting = "* OK\r\n",
                           .tlsCertFile = certs->serverCertFile,
                           .tlsKeyFile = certs->serverKeyFile,
                           .address = u"127.0.0.2"_s});
    lb::net::ServerEndpoint endpoint{u"127.0.0.2"_s, server.port(), TlsMode::Implicit};
    endpoint.trust.caFile = certs->caCertFile;

    Connection connection;
    const auto result = connection.connectToHost(endpoint);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == NetErrorKind::CertificateHostMismatch);
    CHECK(result.error().certificate.has_value());
}

TEST_CASE("STARTTLS upgrades the plain IMAP connection in place", "[integration][net]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    Connection connection;
    REQUIRE(connection.connectToHost(servers.imapEndpoint(TlsMode::StartTls)).ok());
    CHECK_FALSE(connection.isEncrypted());
    const QByteArray greeting = ok(readUntil(connection, "\r\n"));
    CHECK(greeting.contains("STARTTLS"));
    CHECK(ok(exchange(connection, "a STARTTLS", "a ")).contains("a OK"));
    const auto upgraded = connection.startTls();
    INFO((upgraded.ok() ? std::string() : upgraded.error().toString().toStdString()));
    REQUIRE(upgraded.ok());
    CHECK(connection.isEncrypted());
    const QByteArray capability = ok(exchange(connection, "b CAPABILITY", "b OK"));
    CHECK(capability.contains("AUTH=PLAIN"));
    CHECK_FALSE(capability.contains("STARTTLS"));
}

TEST_CASE("Implicit TLS on a plaintext port fails the handshake with advice", "[integration][net]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    auto endpoint = servers.imapEndpoint(TlsMode::StartTls);
    endpoint.tlsMode = TlsMode::Implicit;
    Connection connection;
    const auto result = connection.connectToHost(endpoint);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == NetErrorKind::TlsHandshakeFailed);
    CHECK(result.error().message.contains(u"STARTTLS"_s));
    CHECK_FALSE(connection.isOpen());
}

TEST_CASE("The protocol log shows the exchange without the password", "[integration][net]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    const auto log = std::make_shared<lb::net::ProtocolLog>(50);
    Connection connection;
    connection.setProtocolLog(log, u"imap alice"_s);
    REQUIRE(connection.connectToHost(servers.imapEndpoint(TlsMode::Implicit)).ok());
    ok(readUntil(connection, "\r\n"));
    const auto alice = servers.user();
    ok(exchange(connection, "a LOGIN alice " + alice.password.toUtf8(), "a OK"));
    const QByteArray plain =
        (QByteArray(1, '\0') + "alice" + QByteArray(1, '\0') + alice.password.toUtf8()).toBase64();
    connection.close();

    // SASL PLAIN (RFC 4616) on a second connection: the response goes through writeSecret().
    REQUIRE(connection.connectToHost(servers.imapEndpoint(TlsMode::Implicit)).ok());
    ok(readUntil(connection, "\r\n"));
    CHECK(ok(exchange(connection, "b AUTHENTICATE PLAIN", "\r\n")).startsWith("+"));
    REQUIRE(connection.writeSecret(plain + "\r\n", "<PLAIN response>").ok());
    CHECK(ok(readUntil(connection, "b ")).contains("b OK"));
    connection.close();

    const QString text = log->toText();
    CHECK(text.contains(u"imap alice C: a LOGIN <redacted>"_s));
    CHECK(text.contains(u"imap alice S: * OK"_s));
    CHECK(text.contains(u"TLS established"_s));
    CHECK(text.contains(u"imap alice C: b AUTHENTICATE PLAIN\n"_s));
    CHECK(text.contains(u"imap alice C: <PLAIN response>"_s));
    CHECK_FALSE(text.contains(alice.password));
    CHECK_FALSE(text.contains(QString::fromLatin1(plain)));
}
