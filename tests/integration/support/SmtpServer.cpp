// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

namespace {

// Debian's interpreter, where python3-aiosmtpd is installed; never whatever is first on PATH.
const QString kPython = u"/usr/bin/python3"_s;

QString spoolOf(const QString &directory)
{
    return directory + u"/spool"_s;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return storageError(u"cannot read %1"_s.arg(path));
    return file.readAll();
}

} // namespace

SmtpServer::SmtpServer(QString directory, SmtpOptions options, TestCertificates certificates)
    : m_directory(std::move(directory)), m_options(std::move(options)),
      m_certificates(std::move(certificates))
{}

SmtpServer::~SmtpServer()
{
    stop();
}

Result<void> SmtpServer::launch()
{
    if (!QDir().mkpath(spoolOf(m_directory)))
        return storageError(u"cannot create %1"_s.arg(spoolOf(m_directory)));
    QStringList arguments = {
        QStringLiteral(LETTERBOX_TEST_SUPPORT_DIR "/smtp_test_server.py"),
        u"--cert"_s,
        m_certificates.serverCertFile,
        u"--key"_s,
        m_certificates.serverKeyFile,
        u"--spool"_s,
        spoolOf(m_directory),
        u"--user"_s,
        m_options.user.name,
        u"--password"_s,
        m_options.user.password,
        u"--size-limit"_s,
        QString::number(m_options.sizeLimit),
    };
    if (!m_options.starttls)
        arguments << u"--no-starttls"_s;
    if (m_options.authWithoutTls)
        arguments << u"--auth-without-tls"_s;
    return m_process.start(kPython, arguments, {});
}

Result<void> SmtpServer::waitUntilReady(std::chrono::milliseconds timeout)
{
    Result<QByteArray> line = m_process.waitForLine("READY", timeout);
    if (!line)
        return line.error();
    static const QRegularExpression ports(u"submission=(\\d+) smtps=(\\d+)"_s);
    const QRegularExpressionMatch match = ports.match(QString::fromLatin1(*line));
    if (!match.hasMatch())
        return storageError(u"aiosmtpd reported no ports: %1"_s.arg(QString::fromLatin1(*line)));
    m_submissionPort = match.captured(1).toUShort();
    m_smtpsPort = match.captured(2).toUShort();
    return Ok{};
}

void SmtpServer::stop()
{
    m_process.stop();
}

Result<QList<ReceivedMail>> SmtpServer::received() const
{
    const QDir spool(spoolOf(m_directory));
    // The JSON file is written last, so each one listed has its message beside it.
    const QStringList envelopes = spool.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QList<ReceivedMail> mails;
    for (const QString &name : envelopes) {
        Result<QByteArray> json = readAll(spool.filePath(name));
        if (!json)
            return json.error();
        const QJsonObject envelope = QJsonDocument::fromJson(*json).object();
        Result<QByteArray> data =
            readAll(spool.filePath(name.chopped(5) + u".eml"_s)); // "NNNNNN.json" -> ".eml"
        if (!data)
            return data.error();
        mails.append({envelope.value(u"mail_from"_s).toString(),
                      strings(envelope.value(u"rcpt_tos"_s)),
                      strings(envelope.value(u"mail_options"_s)),
                      envelope.value(u"authenticated_as"_s).toString(),
                      envelope.value(u"tls"_s).toBool(), *data});
    }
    return mails;
}

Result<QList<ReceivedMail>> SmtpServer::waitForMessages(qsizetype count,
                                                        std::chrono::milliseconds timeout) const
{
    const QDeadlineTimer deadline(timeout);
    for (;;) {
        Result<QList<ReceivedMail>> mails = received();
        if (!mails || mails->size() >= count || deadline.hasExpired())
            return mails;
        QThread::msleep(10);
    }
}

} // namespace lb::test
