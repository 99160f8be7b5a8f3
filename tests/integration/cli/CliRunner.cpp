// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QProcess>

using namespace Qt::Literals::StringLiterals;

QString CliResult::lastErrorLine() const
{
    const QList<QByteArray> lines = err.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.last());
}

CliRunner::CliRunner(QString dataDir) : m_dataDir(std::move(dataDir)) {}

CliResult CliRunner::run(const QStringList &args, const QByteArray &stdinData) const
{
    QProcess process;
    QStringList fullArgs{u"--data-dir"_s, m_dataDir};
    fullArgs += args;
    process.start(QStringLiteral(LETTERBOX_BINARY_DIR "/app/cli/letterbox-cli"), fullArgs);
    process.waitForStarted();
    process.write(stdinData);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = "letterbox-cli did not finish within two minutes";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
