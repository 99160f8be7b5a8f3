// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace lb::cli {

// What every command gets: its own arguments, the data directory and the output streams.
// Results go to stdout, progress and errors to stderr (CLI.md).
class CliContext
{
public:
    CliContext(QStringList args, QString dataDir);

    [[nodiscard]] const QStringList &args() const { return m_args; }
    [[nodiscard]] const QString &dataDir() const { return m_dataDir; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints the one-line reason as the last line on stderr and returns the exit code.
    int fail(const QString &reason, int exitCode = 1);

    // Option helpers over args(): "--name value" and "--flag".
    [[nodiscard]] bool hasFlag(const QString &name) const;
    [[nodiscard]] QString option(const QString &name) const;
    [[nodiscard]] QStringList options(const QString &name) const;
    // Arguments that are neither options nor option values.
    [[nodiscard]] QStringList positional(const QStringList &optionsWithValues) const;

private:
    QStringList m_args;
    QString m_dataDir;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace lb::cli
