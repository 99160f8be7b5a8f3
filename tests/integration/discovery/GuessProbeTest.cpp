// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "TestServers.h"

#include "accounts/discovery/Discovery.h"
#include "accounts/discovery/ServerProber.h"

using namespace Qt::Literals::StringLiterals;
using namespace lb::accounts::discovery;
using lb::net::TlsMode;

namespace {

void startOrFail(lb::test::TestServers &servers)
{
    const auto started = servers.start();
    if (!started)
        FAIL(started.error().message.toStdString());
}

lb::net::TrustSettings testCa(const lb::test::TestServers &servers)
{
    return servers.imapEndpoint(TlsMode::Implicit).trust;
}

} // namespace

TEST_CASE("Guessing confirms the fixture's servers with TLS probes", "[discovery]")
{
    lb::test::TestServers servers;
    startOrFail(servers);
    const quint16 closed = lb::test::freeLoopbackPorts(1).front();
    TlsServerProber prober(testCa(servers), std::chrono::seconds(5));
    DiscoverySources sources;
    sources.prober = &prober;
    // "localhost" is the domain; its own name is the one guess that resolves here. A closed
    // port comes first for each kind, then the real ones in the standard order.
    sources.guesses.imapPrefixes = {u"imap."_s, QString()};
    sources.guesses.pop3Prefixes = {QString()};
    sources.guesses.smtpPrefixes = {QString()};
    sources.guesses.imapPorts = {{closed, TlsMode::Implicit},
                                 {servers.dovecot().imapsPort(), TlsMode::Implicit},
                                 {servers.dovecot().imapPort(), TlsMode::StartTls}};
    sources.guesses.pop3Ports = {{servers.dovecot().pop3Port(), TlsMode::StartTls}};
    sources.guesses.smtpPorts = {{servers.smtp().smtpsPort(), TlsMode::Implicit}};
    QStringList probed;
    const DiscoveryResult result =
        Discovery(sources).run(u"alice@localhost"_s, [&](const DiscoveryProgress &p) {
            if (p.step == DiscoveryStep::Guess)
                probed.append(p.detail);
        });
    INFO(result.notes.join(u'\n').toStdString());
    REQUIRE(result.imap.has_value());
    CHECK(result.imap->host == u"localhost"_s);
    CHECK(result.imap->port == servers.dovecot().imapsPort());
    CHECK(result.imap->tls == TlsMode::Implicit);
    CHECK(result.imap->source == SettingSource::ProbedGuess);
    CHECK_FALSE(result.imap->trusted);
    REQUIRE(result.pop3.has_value());
    CHECK(result.pop3->tls == TlsMode::StartTls);
    REQUIRE(result.smtp.has_value());
    CHECK(result.smtp->port == servers.smtp().smtpsPort());
    CHECK(probed.contains(u"IMAP %1"_s.arg(lb::net::hostPort(u"localhost"_s, closed))));
}

TEST_CASE("A probe tells the protocol, STARTTLS and the certificate apart", "[discovery]")
{
    lb::test::TestServers servers;
    startOrFail(servers);
    TlsServerProber prober(testCa(servers), std::chrono::seconds(5));
    const QString host = u"localhost"_s;
    auto imaps =
        prober.probe(ServerType::Imap, host, servers.dovecot().imapsPort(), TlsMode::Implicit);
    REQUIRE(imaps.ok());
    CHECK(imaps->greeting.startsWith(u"* OK"_s));
    REQUIRE(imaps->certificate.has_value());
    CHECK(imaps->certificate->sha256Fingerprint == servers.certificates().serverSha256);
    CHECK(prober.probe(ServerType::Smtp, host, servers.smtp().submissionPort(), TlsMode::StartTls)
              .ok());
    CHECK(prober.probe(ServerType::Pop3, host, servers.dovecot().pop3sPort(), TlsMode::Implicit)
              .ok());

    // IMAP asked on the POP3 port: something answers, but not IMAP.
    auto wrong =
        prober.probe(ServerType::Imap, host, servers.dovecot().pop3sPort(), TlsMode::Implicit);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == lb::net::NetErrorKind::SocketError);

    // Without the test CA the certificate is reported, not accepted.
    TlsServerProber systemOnly({}, std::chrono::seconds(5));
    auto untrusted =
        systemOnly.probe(ServerType::Imap, host, servers.dovecot().imapPort(), TlsMode::StartTls);
    REQUIRE_FALSE(untrusted.ok());
    REQUIRE(untrusted.error().certificate.has_value());
    CHECK(untrusted.error().certificate->sha256Fingerprint == servers.certificates().serverSha256);
}

TEST_CASE("A probe reports STARTTLS missing", "[discovery]")
{
    lb::test::TestServers servers(lb::test::TestServersOptions::withoutStartTls());
    startOrFail(servers);
    TlsServerProber prober({}, std::chrono::seconds(5));
    for (const auto &[type, port] :
         {std::pair{ServerType::Imap, servers.dovecot().imapPort()},
          std::pair{ServerType::Pop3, servers.dovecot().pop3Port()},
          std::pair{ServerType::Smtp, servers.smtp().submissionPort()}}) {
        auto probe = prober.probe(type, u"localhost"_s, port, TlsMode::StartTls);
        REQUIRE_FALSE(probe.ok());
        CHECK(probe.error().kind == lb::net::NetErrorKind::StartTlsNotOffered);
    }
}
