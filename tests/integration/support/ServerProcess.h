// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace lb::test {

// `count` distinct ports that were free on 127.0.0.1 a moment ago (bound to port 0 together,
// then released for the server to take).
[[nodiscard]] QList<quint16> freeLoopbackPorts(int count);

// A template for QTemporaryDir: <temp>/letterbox-<kind>-<our pid>-XXXXXX. Directories whose
// process no longer exists (a test killed before its destructors ran) are removed first.
[[nodiscard]] QString privateTempTemplate(const QString &kind);

// True once a TCP connect to 127.0.0.1:port succeeds.
[[nodiscard]] bool acceptsConnections(quint16 port);

// A server child process that receives SIGTERM when the test process dies, even by a crash,
// so no server outlives its test. Stopped (SIGTERM, then SIGKILL) on destruction.
class ServerProcess
{
public:
    explicit ServerProcess(QString name);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    [[nodiscard]] Result<void> start(const QString &program, const QStringList &arguments,
                                     const QString &outputFile);
    // Waits until every port accepts connections, or the process exits, or time runs out.
    [[nodiscard]] Result<void> waitForPorts(const QList<quint16> &ports,
                                            std::chrono::milliseconds timeout);
    // Waits for a line starting with `prefix` on stdout (when not redirected to a file).
    [[nodiscard]] Result<QByteArray> waitForLine(const QByteArray &prefix,
                                                 std::chrono::milliseconds timeout);
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString name() const { return m_name; }

private:
    QString m_name;
    std::unique_ptr<QProcess> m_process;
};

} // namespace lb::test
