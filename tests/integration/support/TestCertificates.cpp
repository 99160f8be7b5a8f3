// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCertificates.h"

#include "ServerProcess.h"

#include "net/CertificateInfo.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

namespace {

const QString kOpenSsl = u"openssl"_s;
const QString kServerExtensions = u"subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                                  "basicConstraints=critical,CA:FALSE\n"
                                  "keyUsage=critical,digitalSignature\n"
                                  "extendedKeyUsage=serverAuth\n"_s;

Result<void> runOpenSsl(const QStringList &arguments, const QString &directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(kOpenSsl, arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return Error{ErrorScope::Storage,
                     Remedy::None,
                     u"openssl %1 failed: %2"_s.arg(arguments.join(u' '),
                                                    QString::fromLocal8Bit(process.readAll())),
                     {}};
    }
    return Ok{};
}

QStringList newEcKey(const QString &keyFile)
{
    return {u"-newkey"_s, u"ec"_s,      u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
            u"-nodes"_s,  u"-keyout"_s, keyFile};
}

QString fingerprintOf(const QString &certFile)
{
    const QList<QSslCertificate> certs =
        QSslCertificate::fromPath(certFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    return certs.isEmpty() ? QString() : net::sha256Fingerprint(certs.first());
}

Result<TestCertificates> generate(const QString &dir)
{
    const QString days = u"3650"_s;
    TestCertificates certs{dir + u"/ca.crt"_s,
                           dir + u"/server.crt"_s,
                           dir + u"/server.key"_s,
                           {},
                           dir + u"/other.crt"_s,
                           dir + u"/other.key"_s,
                           {}};
    QFile extensions(dir + u"/server.ext"_s);
    if (!extensions.open(QIODevice::WriteOnly) || extensions.write(kServerExtensions.toUtf8()) < 0)
        return storageError(u"cannot write %1"_s.arg(extensions.fileName()));
    extensions.close();

    const QList<QStringList> steps = {
        QStringList{u"req"_s, u"-x509"_s} + newEcKey(u"ca.key"_s) +
            QStringList{u"-out"_s, u"ca.crt"_s, u"-days"_s, days, u"-subj"_s,
                        u"/CN=Letterbox Test CA"_s, u"-addext"_s,
                        u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                        u"keyUsage=critical,keyCertSign,cRLSign"_s},
        QStringList{u"req"_s} + newEcKey(u"server.key"_s) +
            QStringList{u"-out"_s, u"server.csr"_s, u"-subj"_s, u"/CN=localhost"_s},
        QStringList{u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.crt"_s,
                    u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.crt"_s,
                    u"-days"_s, days, u"-extfile"_s, u"server.ext"_s},
        QStringList{u"req"_s, u"-x509"_s} + newEcKey(u"other.key"_s) +
            QStringList{u"-out"_s, u"other.crt"_s, u"-days"_s, days, u"-subj"_s, u"/CN=localhost"_s,
                        u"-addext"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s},
    };
    for (const QStringList &step : steps) {
        if (Result<void> ran = runOpenSsl(step, dir); !ran)
            return ran.error();
    }
    // Servers run as an unprivileged user may read these (test keys only).
    for (const QString &file : {certs.serverKeyFile, certs.otherKeyFile})
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                        QFile::ReadOther);
    certs.serverSha256 = fingerprintOf(certs.serverCertFile);
    certs.otherSha256 = fingerprintOf(certs.otherCertFile);
    if (certs.serverSha256.isEmpty() || certs.otherSha256.isEmpty())
        return storageError(u"the generated certificates cannot be read back"_s);
    return certs;
}

} // namespace

Result<TestCertificates> testCertificates()
{
    static QMutex mutex;
    static std::unique_ptr<QTemporaryDir> directory;
    static std::optional<Result<TestCertificates>> cached;
    QMutexLocker lock(&mutex);
    if (!cached) {
        directory = std::make_unique<QTemporaryDir>(privateTempTemplate(u"certs"_s));
        if (!directory->isValid())
            return storageError(u"cannot create a temporary directory for certificates"_s);
        QFile::setPermissions(directory->path(), QFile::ReadOwner | QFile::WriteOwner |
                                                     QFile::ExeOwner | QFile::ReadGroup |
                                                     QFile::ExeGroup | QFile::ReadOther |
                                                     QFile::ExeOther);
        cached = generate(directory->path());
    }
    return *cached;
}

} // namespace lb::test
