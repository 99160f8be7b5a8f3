// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerProcess.h"
#include "TestCertificates.h"
#include "TestUser.h"

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace lb::test {

struct SmtpOptions
{
    bool starttls = true;        // false: the submission port does not offer STARTTLS
    bool authWithoutTls = false; // allow AUTH before STARTTLS on the submission port
    qint64 sizeLimit = 0;        // RFC 1870 SIZE; 0: none advertised or enforced
    TestUser user = defaultUsers().first();
};

// One message as the server received it.
struct ReceivedMail
{
    QString mailFrom;
    QStringList recipients;
    QStringList mailOptions; // "SIZE=123", "BODY=8BITMIME", ...
    QString authenticatedAs;
    bool tls = false;
    QByteArray data; // after dot-unstuffing, as the DATA payload
};

// aiosmtpd (Debian's python3-aiosmtpd, run with /usr/bin/python3) on two free loopback ports:
// submission with STARTTLS (RFC 6409/3207) and implicit TLS (RFC 8314), both requiring AUTH
// PLAIN/LOGIN. Received messages land in a spool directory that received() reads.
class SmtpServer
{
public:
    SmtpServer(QString directory, SmtpOptions options, TestCertificates certificates);
    ~SmtpServer();

    [[nodiscard]] Result<void> launch();
    [[nodiscard]] Result<void> waitUntilReady(std::chrono::milliseconds timeout);
    void stop();

    [[nodiscard]] quint16 submissionPort() const { return m_submissionPort; }
    [[nodiscard]] quint16 smtpsPort() const { return m_smtpsPort; }
    [[nodiscard]] const SmtpOptions &options() const { return m_options; }

    // Messages received so far, in arrival order.
    [[nodiscard]] Result<QList<ReceivedMail>> received() const;
    // Polls until at least `count` messages arrived.
    [[nodiscard]] Result<QList<ReceivedMail>>
    waitForMessages(qsizetype count, std::chrono::milliseconds timeout) const;

private:
    QString m_directory;
    SmtpOptions m_options;
    TestCertificates m_certificates;
    quint16 m_submissionPort = 0;
    quint16 m_smtpsPort = 0;
    ServerProcess m_process{QStringLiteral("aiosmtpd")};
};

} // namespace lb::test
