// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileServer.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

HostileImapServer::HostileImapServer(const QString &scenario, const Tls &tls, double trickleSeconds)
    : m_process(std::make_unique<QProcess>())
{
    QStringList args{
        QStringLiteral(LETTERBOX_SOURCE_DIR "/tests/integration/support/hostile_imap_server.py"),
        u"--scenario"_s, scenario, u"--trickle-seconds"_s, QString::number(trickleSeconds)};
    if (!tls.certFile.isEmpty())
        args << u"--tls-cert"_s << tls.certFile << u"--tls-key"_s << tls.keyFile;
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(u"/usr/bin/python3"_s, args);
    if (!m_process->waitForStarted()) {
        m_error = u"python3 did not start: "_s + m_process->errorString();
        return;
    }
    while (!m_process->canReadLine()) {
        if (!m_process->waitForReadyRead(10000)) {
            m_error = u"the hostile server did not report its port"_s;
            return;
        }
    }
    const QByteArray line = m_process->readLine().trimmed();
    if (line.startsWith("PORT "))
        m_port = quint16(line.mid(5).toUInt());
    else
        m_error = u"unexpected output from the hostile server: "_s + QString::fromUtf8(line);
}

HostileImapServer::~HostileImapServer()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished();
    }
}

Result<quint16> HostileImapServer::port() const
{
    if (m_port == 0)
        return Error{ErrorScope::Connection, Remedy::None, m_error};
    return m_port;
}

namespace {

Result<void> openssl(const QString &directory, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, args);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return Error{
            ErrorScope::Storage, Remedy::None,
            u"openssl %1 failed: %2"_s.arg(args.join(u' '), QString::fromUtf8(process.readAll()))};
    }
    return Ok{};
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return Error{ErrorScope::Storage, Remedy::None, u"cannot write "_s + path};
    return Ok{};
}

// A key and a signing request for `subject` with the given subjectAltName.
Result<void> request(const QString &dir, const QString &name, const QString &subject,
                     const QString &altNames)
{
    return openssl(dir, {u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                         u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, name + u".key"_s,
                         u"-out"_s, name + u".csr"_s, u"-subj"_s, subject, u"-addext"_s,
                         u"subjectAltName="_s + altNames});
}

} // namespace

Result<HostileCertificates> makeHostileCertificates(const QString &directory)
{
    QDir().mkpath(directory);
    const auto path = [&](const QString &name) { return QDir(directory).filePath(name); };
    if (auto made = openssl(directory, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                        u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s,
                                        u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-subj"_s,
                                        u"/CN=Hostile Test CA"_s, u"-days"_s, u"30"_s});
        !made)
        return made.error();
    // The wrong host: valid and trusted, for another name.
    if (auto made = request(directory, u"wrong"_s, u"/CN=wrong.example"_s, u"DNS:wrong.example"_s);
        !made)
        return made.error();
    if (auto made = openssl(directory,
                            {u"x509"_s, u"-req"_s, u"-in"_s, u"wrong.csr"_s, u"-CA"_s, u"ca.pem"_s,
                             u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-days"_s, u"30"_s,
                             u"-copy_extensions"_s, u"copy"_s, u"-out"_s, u"wrong.pem"_s});
        !made)
        return made.error();
    // Expired: the right names, trusted, but valid only for one day in 2020 (openssl ca is
    // the tool that can set dates in the past).
    if (auto made =
            request(directory, u"expired"_s, u"/CN=localhost"_s, u"DNS:localhost,IP:127.0.0.1"_s);
        !made)
        return made.error();
    if (auto written =
            writeFile(path(u"ca.cnf"_s), "[ca]\ndefault_ca = test\n[test]\ndatabase = index.txt\n"
                                         "new_certs_dir = .\nserial = serial\ndefault_md = sha256\n"
                                         "policy = any\ncopy_extensions = copy\n"
                                         "[any]\ncommonName = supplied\n");
        !written)
        return written.error();
    if (auto written = writeFile(path(u"index.txt"_s), {}); !written)
        return written.error();
    if (auto written = writeFile(path(u"serial"_s), "1000\n"); !written)
        return written.error();
    if (auto made =
            openssl(directory, {u"ca"_s, u"-batch"_s, u"-config"_s, u"ca.cnf"_s, u"-cert"_s,
                                u"ca.pem"_s, u"-keyfile"_s, u"ca.key"_s, u"-in"_s, u"expired.csr"_s,
                                u"-out"_s, u"expired.pem"_s, u"-startdate"_s, u"20200101000000Z"_s,
                                u"-enddate"_s, u"20200102000000Z"_s, u"-notext"_s});
        !made)
        return made.error();
    return HostileCertificates{path(u"ca.pem"_s),
                               {path(u"wrong.pem"_s), path(u"wrong.key"_s)},
                               {path(u"expired.pem"_s), path(u"expired.key"_s)}};
}

} // namespace lb::test
