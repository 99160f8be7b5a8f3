// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DovecotServer.h"
#include "SmtpServer.h"
#include "TestCertificates.h"

#include "common/Result.h"
#include "net/ServerEndpoint.h"

#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace lb::test {

struct TestServersOptions
{
    bool dovecot = true;
    bool smtp = true;
    DovecotOptions dovecotOptions;
    SmtpOptions smtpOptions;
    std::chrono::milliseconds startTimeout{10000};

    // Servers that offer no STARTTLS/STLS at all (Dovecot with ssl = no, aiosmtpd without
    // STARTTLS and with AUTH in plaintext), for "STARTTLS chosen but not offered" tests.
    [[nodiscard]] static TestServersOptions withoutStartTls();
};

// The one fixture of the integration tests: real Dovecot (IMAP, POP3) and aiosmtpd (SMTP) on
// free loopback ports in a private temporary directory. The destructor stops the servers and
// removes the directory, also when a test fails; the servers get SIGTERM if the test process
// dies. Use it on the thread that created it.
//
//   lb::test::TestServers servers;
//   const auto started = servers.start();
//   REQUIRE(started.ok()); // started.error().message carries Dovecot's log on failure
//   lb::net::ServerEndpoint imap = servers.imapEndpoint(lb::net::TlsMode::Implicit);
//   servers.dovecot().deliver("alice", "INBOX", rawMessage);
class TestServers
{
public:
    explicit TestServers(TestServersOptions options = {});
    ~TestServers();
    TestServers(const TestServers &) = delete;
    TestServers &operator=(const TestServers &) = delete;

    // Starts the chosen servers in parallel and waits until they accept connections.
    [[nodiscard]] Result<void> start();
    void stop();

    [[nodiscard]] DovecotServer &dovecot();
    [[nodiscard]] SmtpServer &smtp();
    [[nodiscard]] const TestCertificates &certificates() const { return m_certificates; }
    [[nodiscard]] QString directory() const { return m_directory.path(); }
    [[nodiscard]] TestUser user(qsizetype index = 0) const;

    // Endpoints for 127.0.0.1 that trust the test CA (TrustSettings::caFile set).
    // Implicit uses the IMAPS/POP3S/SMTPS port, StartTls and None the plaintext one.
    [[nodiscard]] net::ServerEndpoint imapEndpoint(net::TlsMode mode) const;
    [[nodiscard]] net::ServerEndpoint pop3Endpoint(net::TlsMode mode) const;
    [[nodiscard]] net::ServerEndpoint smtpEndpoint(net::TlsMode mode) const;

    // Seconds it took start() to have every server listening.
    [[nodiscard]] double startSeconds() const { return m_startSeconds; }

private:
    [[nodiscard]] net::ServerEndpoint endpoint(quint16 port, net::TlsMode mode) const;

    TestServersOptions m_options;
    QTemporaryDir m_directory;
    TestCertificates m_certificates;
    std::unique_ptr<DovecotServer> m_dovecot;
    std::unique_ptr<SmtpServer> m_smtp;
    double m_startSeconds = 0;
};

} // namespace lb::test
