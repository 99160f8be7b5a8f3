// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real letterbox-cli for hardening tests: a private data directory, a private home
// (so nothing it writes can land outside the test's directory), extra environment (logging
// rules, fault injection) and an optional kill.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace lb::test {

struct CliOutcome
{
    bool killed = false;  // still running at the deadline, so we sent SIGKILL
    bool crashed = false; // ended by a signal (our SIGKILL or its own crash)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CliProcess
{
public:
    // dataDir holds the cache; homeDir becomes HOME and the XDG directories.
    CliProcess(QString dataDir, QString homeDir);

    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unsetEnv(const QString &name) { m_env.remove(name); }

    [[nodiscard]] CliOutcome run(const QStringList &args, const QByteArray &stdinData = {},
                                 int timeoutMs = 60000) const;
    // The same, but SIGKILL after killAfterMs if it is still running (a crash at that moment).
    [[nodiscard]] CliOutcome runAndKill(const QStringList &args, const QByteArray &stdinData,
                                        int killAfterMs) const;

private:
    QString m_dataDir;
    QProcessEnvironment m_env;
};

} // namespace lb::test
