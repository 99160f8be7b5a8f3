// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Maildir.h"
#include "ServerProcess.h"
#include "TestCertificates.h"
#include "TestUser.h"

#include "common/Result.h"

#include <QList>
#include <QString>

#include <chrono>

namespace lb::test {

// A folder Dovecot creates and subscribes for every user, with its RFC 6154 attribute.
struct SpecialFolder
{
    QString name;       // "Sent"
    QString specialUse; // "\\Sent"
};

struct DovecotOptions
{
    // false: ssl = no, so the plaintext ports do not offer STARTTLS/STLS and the implicit-TLS
    // ports are not opened (imapsPort()/pop3sPort() are 0).
    bool tls = true;
    // Dovecot's auth_mechanisms. APOP works because the passdb keeps plain passwords; with
    // APOP the POP3 greeting carries a timestamp (RFC 1939 section 7).
    QString authMechanisms = QStringLiteral("plain login apop");
    QList<TestUser> users = defaultUsers();
    QList<SpecialFolder> specialFolders = {
        {QStringLiteral("Sent"), QStringLiteral("\\Sent")},
        {QStringLiteral("Drafts"), QStringLiteral("\\Drafts")},
        {QStringLiteral("Trash"), QStringLiteral("\\Trash")},
        {QStringLiteral("Junk"), QStringLiteral("\\Junk")},
        {QStringLiteral("Archive"), QStringLiteral("\\Archive")}};
};

// A private Dovecot 2.3 (IMAP and POP3) in `directory`: its own config, base_dir, state_dir
// and log, passwd-file users with plain passwords, static userdb with Maildir homes under
// `directory`, listening on free loopback ports. When run as root, mail processes use the
// unprivileged "dovecot" (or "nobody") account, since Dovecot refuses root for them.
class DovecotServer
{
public:
    DovecotServer(QString directory, DovecotOptions options, TestCertificates certificates);
    ~DovecotServer();

    // Writes the configuration and launches `dovecot -F`; call waitUntilReady() next (the two
    // halves let several servers start in parallel).
    [[nodiscard]] Result<void> launch();
    [[nodiscard]] Result<void> waitUntilReady(std::chrono::milliseconds timeout);
    void stop();

    [[nodiscard]] quint16 imapPort() const { return m_ports.value(0); }  // STARTTLS offered if tls
    [[nodiscard]] quint16 imapsPort() const { return m_ports.value(1); } // implicit TLS
    [[nodiscard]] quint16 pop3Port() const { return m_ports.value(2); }  // STLS offered if tls
    [[nodiscard]] quint16 pop3sPort() const { return m_ports.value(3); } // implicit TLS
    [[nodiscard]] const DovecotOptions &options() const { return m_options; }
    [[nodiscard]] QString configFile() const;
    [[nodiscard]] QString log() const;

    // Runs `doveadm -c <config> <arguments>`; returns its standard output.
    [[nodiscard]] Result<QByteArray> doveadm(const QStringList &arguments) const;
    // Creates (and subscribes) a folder; "Work/Projects" creates the hierarchy.
    [[nodiscard]] Result<void> createFolder(const QString &user, const QString &folder) const;
    // Puts a message straight into a Maildir folder (INBOX or one that exists or is created
    // here). `flags` are Maildir letters: S seen, R answered, F flagged, D draft, T deleted.
    [[nodiscard]] Result<QString> deliver(const QString &user, const QString &folder,
                                          const QByteArray &message,
                                          const QString &flags = {}) const;
    // The messages on disk in a folder, oldest first.
    [[nodiscard]] Result<QList<MaildirMessage>> messages(const QString &user,
                                                         const QString &folder) const;

private:
    [[nodiscard]] Result<void> prepareDirectories();
    [[nodiscard]] QString configText() const;
    [[nodiscard]] Maildir maildir(const QString &user) const;
    [[nodiscard]] Error failure(const QString &what) const;

    QString m_directory;
    DovecotOptions m_options;
    TestCertificates m_certificates;
    QList<quint16> m_ports;
    MailAccount m_mailAccount;
    ServerProcess m_process{QStringLiteral("Dovecot")};
};

} // namespace lb::test
