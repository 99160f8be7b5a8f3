// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"

#include <QDir>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

CliProcess::CliProcess(QString dataDir, QString homeDir)
    : m_dataDir(std::move(dataDir)), m_env(QProcessEnvironment::systemEnvironment())
{
    QDir().mkpath(homeDir);
    m_env.insert(u"HOME"_s, homeDir);
    m_env.insert(u"XDG_CONFIG_HOME"_s, homeDir + u"/config"_s);
    m_env.insert(u"XDG_DATA_HOME"_s, homeDir + u"/data"_s);
    m_env.insert(u"XDG_CACHE_HOME"_s, homeDir + u"/cache"_s);
    m_env.insert(u"XDG_STATE_HOME"_s, homeDir + u"/state"_s);
    m_env.remove(u"LETTERBOX_DATA_DIR"_s);
    m_env.remove(u"QT_LOGGING_RULES"_s);
}

CliOutcome CliProcess::run(const QStringList &args, const QByteArray &stdinData,
                           int timeoutMs) const
{
    return runAndKill(args, stdinData, timeoutMs);
}

CliOutcome CliProcess::runAndKill(const QStringList &args, const QByteArray &stdinData,
                                  int killAfterMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(QStringLiteral(LETTERBOX_BINARY_DIR "/app/cli/letterbox-cli"),
                  QStringList{u"--data-dir"_s, m_dataDir} + args);
    CliOutcome outcome;
    if (!process.waitForStarted()) {
        outcome.err = "letterbox-cli did not start";
        return outcome;
    }
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(killAfterMs)) {
        process.kill(); // SIGKILL: no handler, no cleanup, as in a crash or power cut
        process.waitForFinished();
        outcome.killed = true;
    }
    outcome.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = outcome.crashed ? -1 : process.exitCode();
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

} // namespace lb::test
