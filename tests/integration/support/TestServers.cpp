// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cassert>

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

TestServersOptions TestServersOptions::withoutStartTls()
{
    TestServersOptions options;
    options.dovecotOptions.tls = false;
    options.smtpOptions.starttls = false;
    options.smtpOptions.authWithoutTls = true;
    return options;
}

TestServers::TestServers(TestServersOptions options)
    : m_options(std::move(options)), m_directory(privateTempTemplate(u"servers"_s))
{}

TestServers::~TestServers()
{
    stop();
}

Result<void> TestServers::start()
{
    QElapsedTimer clock;
    clock.start();
    if (!m_directory.isValid())
        return storageError(u"cannot create a temporary directory for the test servers"_s);
    // Dovecot's mail processes run as another user and must reach the homes inside.
    QFile::setPermissions(m_directory.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ExeOwner | QFile::ReadGroup |
                                                  QFile::ExeGroup | QFile::ReadOther |
                                                  QFile::ExeOther);
    Result<TestCertificates> certificates = testCertificates();
    if (!certificates)
        return certificates.error();
    m_certificates = *certificates;

    // Python takes longest to come up: launch it first, then Dovecot, then wait for both.
    if (m_options.smtp) {
        m_smtp = std::make_unique<SmtpServer>(m_directory.filePath(u"smtp"_s),
                                              m_options.smtpOptions, m_certificates);
        if (Result<void> launched = m_smtp->launch(); !launched)
            return launched;
    }
    if (m_options.dovecot) {
        m_dovecot = std::make_unique<DovecotServer>(m_directory.filePath(u"dovecot"_s),
                                                    m_options.dovecotOptions, m_certificates);
        QDir().mkpath(m_directory.filePath(u"dovecot"_s));
        if (Result<void> launched = m_dovecot->launch(); !launched)
            return launched;
    }
    if (m_dovecot) {
        if (Result<void> ready = m_dovecot->waitUntilReady(m_options.startTimeout); !ready)
            return ready;
    }
    if (m_smtp) {
        if (Result<void> ready = m_smtp->waitUntilReady(m_options.startTimeout); !ready)
            return ready;
    }
    m_startSeconds = double(clock.nsecsElapsed()) / 1e9;
    return Ok{};
}

void TestServers::stop()
{
    if (m_dovecot)
        m_dovecot->stop();
    if (m_smtp)
        m_smtp->stop();
}

DovecotServer &TestServers::dovecot()
{
    assert(m_dovecot);
    return *m_dovecot;
}

SmtpServer &TestServers::smtp()
{
    assert(m_smtp);
    return *m_smtp;
}

TestUser TestServers::user(qsizetype index) const
{
    return m_options.dovecotOptions.users.value(index);
}

net::ServerEndpoint TestServers::endpoint(quint16 port, net::TlsMode mode) const
{
    net::ServerEndpoint endpoint;
    endpoint.host = u"127.0.0.1"_s;
    endpoint.port = port;
    endpoint.tlsMode = mode;
    endpoint.trust.caFile = m_certificates.caCertFile;
    endpoint.timeouts.connect = std::chrono::seconds(5);
    endpoint.timeouts.handshake = std::chrono::seconds(5);
    endpoint.timeouts.read = std::chrono::seconds(5);
    endpoint.timeouts.write = std::chrono::seconds(5);
    return endpoint;
}

net::ServerEndpoint TestServers::imapEndpoint(net::TlsMode mode) const
{
    assert(m_dovecot);
    return endpoint(mode == net::TlsMode::Implicit ? m_dovecot->imapsPort() : m_dovecot->imapPort(),
                    mode);
}

net::ServerEndpoint TestServers::pop3Endpoint(net::TlsMode mode) const
{
    assert(m_dovecot);
    return endpoint(mode == net::TlsMode::Implicit ? m_dovecot->pop3sPort() : m_dovecot->pop3Port(),
                    mode);
}

net::ServerEndpoint TestServers::smtpEndpoint(net::TlsMode mode) const
{
    assert(m_smtp);
    return endpoint(mode == net::TlsMode::Implicit ? m_smtp->smtpsPort() : m_smtp->submissionPort(),
                    mode);
}

} // namespace lb::test
