// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile IMAP server (tests/integration/support/hostile_imap_server.py) as a test object,
// and the certificates its TLS scenarios present, made with openssl in a test directory.
#pragma once

#include "common/Result.h"

#include <QProcess>
#include <QString>

#include <memory>

namespace lb::test {

class HostileImapServer
{
public:
    struct Tls
    {
        QString certFile;
        QString keyFile;
    };

    // Starts the script with one scenario (see the script's help); stopped by the destructor.
    explicit HostileImapServer(const QString &scenario, const Tls &tls = {},
                               double trickleSeconds = 3.0);
    ~HostileImapServer();
    HostileImapServer(const HostileImapServer &) = delete;
    HostileImapServer &operator=(const HostileImapServer &) = delete;

    // The port once listening, or why it is not.
    [[nodiscard]] Result<quint16> port() const;

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

// A CA and, signed by it, a certificate for another host name and one for 127.0.0.1 that
// expired years ago.
struct HostileCertificates
{
    QString caFile;
    HostileImapServer::Tls wrongHost;
    HostileImapServer::Tls expired;
};

[[nodiscard]] Result<HostileCertificates> makeHostileCertificates(const QString &directory);

} // namespace lb::test
