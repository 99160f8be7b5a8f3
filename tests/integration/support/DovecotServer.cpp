// SPDX-License-Identifier: GPL-3.0-or-later
#include "DovecotServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

namespace {

const QString kDovecot = u"/usr/sbin/dovecot"_s;
const QString kDoveadm = u"/usr/bin/doveadm"_s;

Result<void> writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        return storageError(u"cannot write %1"_s.arg(path));
    }
    return Ok{};
}

QString listener(const QString &name, quint16 port, bool implicitTls)
{
    return u"  inet_listener %1 {\n    address = 127.0.0.1\n    port = %2\n%3  }\n"_s.arg(name)
        .arg(port)
        .arg(implicitTls ? u"    ssl = yes\n"_s : QString());
}

} // namespace

DovecotServer::DovecotServer(QString directory, DovecotOptions options,
                             TestCertificates certificates)
    : m_directory(std::move(directory)), m_options(std::move(options)),
      m_certificates(std::move(certificates)), m_mailAccount(mailAccount())
{}

DovecotServer::~DovecotServer()
{
    stop();
}

QString DovecotServer::configFile() const
{
    return m_directory + u"/dovecot.conf"_s;
}

QString DovecotServer::log() const
{
    QFile file(m_directory + u"/dovecot.log"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Error DovecotServer::failure(const QString &what) const
{
    return Error{ErrorScope::Connection,
                 Remedy::None,
                 u"Dovecot: %1\n--- dovecot.log ---\n%2"_s.arg(what, log()),
                 {}};
}

Result<void> DovecotServer::launch()
{
    if (m_mailAccount.user.isEmpty())
        return failure(u"no account to run mail processes as"_s);
    m_ports = freeLoopbackPorts(4);
    if (m_ports.size() != 4)
        return failure(u"no free loopback ports"_s);
    if (!m_options.tls) {
        m_ports[1] = 0;
        m_ports[3] = 0;
    }
    if (Result<void> prepared = prepareDirectories(); !prepared)
        return prepared;
    if (Result<void> written = writeFile(configFile(), configText()); !written)
        return written;
    if (Result<void> started = m_process.start(kDovecot, {u"-F"_s, u"-c"_s, configFile()},
                                               m_directory + u"/dovecot.out"_s);
        !started) {
        return failure(started.error().message);
    }
    return Ok{};
}

Result<void> DovecotServer::waitUntilReady(std::chrono::milliseconds timeout)
{
    QList<quint16> ports;
    for (quint16 port : m_ports) {
        if (port != 0)
            ports << port;
    }
    if (Result<void> ready = m_process.waitForPorts(ports, timeout); !ready) {
        QFile out(m_directory + u"/dovecot.out"_s);
        const QString output =
            out.open(QIODevice::ReadOnly) ? QString::fromUtf8(out.readAll()) : QString();
        return failure(ready.error().message + u"\n"_s + output);
    }
    return Ok{};
}

void DovecotServer::stop()
{
    m_process.stop();
}

Result<void> DovecotServer::prepareDirectories()
{
    const QDir root(m_directory);
    for (const QString &sub : {u"run"_s, u"state"_s, u"home"_s}) {
        if (!root.mkpath(sub))
            return failure(u"cannot create %1"_s.arg(root.filePath(sub)));
    }
    QString passwd;
    for (const TestUser &user : m_options.users) {
        passwd += user.name + u":{PLAIN}"_s + user.password + u'\n';
        if (Result<void> inbox = maildir(user.name).createInbox(); !inbox)
            return inbox;
    }
    return writeFile(m_directory + u"/passwd"_s, passwd);
}

QString DovecotServer::configText() const
{
    const QString &d = m_directory;
    QString c = u"# Private Dovecot for one test run.\n"
                "protocols = imap pop3\nlisten = 127.0.0.1\n"
                "base_dir = %1/run\nstate_dir = %1/state\n"
                "log_path = %1/dovecot.log\ninfo_log_path = %1/dovecot.log\n"
                "auth_mechanisms = %4\ndisable_plaintext_auth = no\n"
                "auth_failure_delay = 0\nauth_verbose = yes\n"
                "mail_location = maildir:~/Maildir\nmail_fsync = never\n"
                "first_valid_uid = %2\nlast_valid_uid = 0\nfirst_valid_gid = %3\n"_s.arg(d)
                    .arg(m_mailAccount.uid)
                    .arg(m_mailAccount.gid)
                    .arg(m_options.authMechanisms);
    if (!m_mailAccount.runningAsRoot) {
        c += u"default_internal_user = %1\ndefault_login_user = %1\n"
             "default_internal_group = %2\n"_s.arg(m_mailAccount.user, m_mailAccount.group);
    }
    if (m_options.tls) {
        c += u"ssl = yes\nssl_cert = <%1\nssl_key = <%2\nssl_min_protocol = TLSv1.2\n"_s.arg(
            m_certificates.serverCertFile, m_certificates.serverKeyFile);
    } else {
        c += u"ssl = no\n"_s;
    }
    c +=
        u"passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u %1/passwd\n}\n"
        "userdb {\n  driver = static\n  args = uid=%2 gid=%3 home=%1/home/%u\n}\n"_s.arg(d)
            .arg(m_mailAccount.uid)
            .arg(m_mailAccount.gid);
    c += u"namespace inbox {\n  inbox = yes\n  separator = /\n"_s;
    for (const SpecialFolder &folder : m_options.specialFolders) {
        c += u"  mailbox \"%1\" {\n    special_use = %2\n    auto = subscribe\n  }\n"_s.arg(
            folder.name, folder.specialUse);
    }
    c += u"}\n"_s;
    // imap_zlib offers COMPRESS=DEFLATE (RFC 4978).
    c += u"protocol imap {\n  mail_max_userip_connections = 100\n"
         "  mail_plugins = $mail_plugins imap_zlib\n}\n"_s;
    c += u"service imap-login {\n  chroot =\n"_s + listener(u"imap"_s, imapPort(), false);
    if (m_options.tls)
        c += listener(u"imaps"_s, imapsPort(), true);
    c += u"}\nservice pop3-login {\n  chroot =\n"_s + listener(u"pop3"_s, pop3Port(), false);
    if (m_options.tls)
        c += listener(u"pop3s"_s, pop3sPort(), true);
    c += u"}\n"_s;
    return c;
}

Maildir DovecotServer::maildir(const QString &user) const
{
    return Maildir(m_directory + u"/home/"_s + user + u"/Maildir"_s, m_mailAccount.uid,
                   m_mailAccount.gid);
}

Result<QByteArray> DovecotServer::doveadm(const QStringList &arguments) const
{
    QProcess process;
    process.start(kDoveadm, QStringList{u"-c"_s, configFile()} + arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return failure(u"doveadm %1 failed: %2"_s.arg(
            arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError())));
    }
    return process.readAllStandardOutput();
}

Result<void> DovecotServer::createFolder(const QString &user, const QString &folder) const
{
    Result<QByteArray> created =
        doveadm({u"mailbox"_s, u"create"_s, u"-u"_s, user, u"-s"_s, folder});
    if (!created)
        return created.error();
    return Ok{};
}

Result<QString> DovecotServer::deliver(const QString &user, const QString &folder,
                                       const QByteArray &message, const QString &flags) const
{
    const Maildir box = maildir(user);
    if (!box.folderExists(folder)) {
        if (Result<void> created = createFolder(user, folder); !created)
            return created.error();
    }
    return box.deliver(folder, message, flags);
}

Result<QList<MaildirMessage>> DovecotServer::messages(const QString &user,
                                                      const QString &folder) const
{
    return maildir(user).messages(folder);
}

} // namespace lb::test
