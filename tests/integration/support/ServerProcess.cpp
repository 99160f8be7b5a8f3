// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

QList<quint16> freeLoopbackPorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> holders;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        ports << server->serverPort();
        holders.push_back(std::move(server));
    }
    return ports;
}

bool acceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool connected = socket.waitForConnected(200);
    socket.abort();
    return connected;
}

namespace {

// Direct children of `parent`, from /proc/<pid>/stat ("pid (comm) state ppid ...").
QList<pid_t> childrenOf(qint64 parent)
{
    QList<pid_t> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            children << pid;
    }
    return children;
}

} // namespace

QString privateTempTemplate(const QString &kind)
{
    const QString prefix = u"letterbox-%1-"_s.arg(kind);
    QDir temp(QDir::tempPath());
    const QStringList entries = temp.entryList({prefix + u"*"_s}, QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.mid(prefix.size()).section(u'-', 0, 0).toLongLong(&numeric);
        if (numeric && pid > 0 && !QFile::exists(u"/proc/%1"_s.arg(pid)))
            QDir(temp.filePath(entry)).removeRecursively();
    }
    return temp.filePath(prefix + QString::number(QCoreApplication::applicationPid()) +
                         u"-XXXXXX"_s);
}

ServerProcess::ServerProcess(QString name) : m_name(std::move(name)) {}

ServerProcess::~ServerProcess()
{
    stop();
}

Result<void> ServerProcess::start(const QString &program, const QStringList &arguments,
                                  const QString &outputFile)
{
    m_process = std::make_unique<QProcess>();
    if (outputFile.isEmpty()) {
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
    } else {
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(outputFile, QIODevice::Append);
    }
    // Runs in the child between fork and exec: ask the kernel to end it with our process.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(5000)) {
        return Error{
            ErrorScope::Connection,
            Remedy::None,
            u"%1 could not be started (%2): %3"_s.arg(m_name, program, m_process->errorString()),
            {}};
    }
    return Ok{};
}

Result<void> ServerProcess::waitForPorts(const QList<quint16> &ports,
                                         std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    qsizetype ready = 0;
    while (ready < ports.size()) {
        if (!isRunning()) {
            return Error{ErrorScope::Connection,
                         Remedy::None,
                         u"%1 exited before listening"_s.arg(m_name),
                         {}};
        }
        if (acceptsConnections(ports.at(ready))) {
            ++ready;
            continue;
        }
        if (deadline.hasExpired()) {
            return Error{ErrorScope::Connection,
                         Remedy::None,
                         u"%1 did not listen on port %2 in time"_s.arg(m_name).arg(ports.at(ready)),
                         {}};
        }
        QThread::msleep(5);
    }
    return Ok{};
}

Result<QByteArray> ServerProcess::waitForLine(const QByteArray &prefix,
                                              std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        while (m_process->canReadLine()) {
            const QByteArray line = m_process->readLine().trimmed();
            if (line.startsWith(prefix))
                return line;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(static_cast<int>(deadline.remainingTime()));
    }
    return Error{ErrorScope::Connection,
                 Remedy::None,
                 u"%1 did not report readiness: %2"_s.arg(
                     m_name, QString::fromLocal8Bit(m_process->readAllStandardError())),
                 {}};
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        // A server master (Dovecot) lingers for a second on SIGTERM waiting for its helper
        // processes; ending them at once keeps teardown fast. The master stays alive to
        // reap them, so no zombies are left behind.
        const QList<pid_t> children = childrenOf(m_process->processId());
        m_process->terminate();
        for (const pid_t child : children)
            ::kill(child, SIGKILL);
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    m_process.reset();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

} // namespace lb::test
