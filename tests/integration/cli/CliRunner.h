// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>

// Runs the real letterbox-cli binary with its own temporary data directory.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    [[nodiscard]] QString lastErrorLine() const;
};

class CliRunner
{
public:
    explicit CliRunner(QString dataDir);
    [[nodiscard]] CliResult run(const QStringList &args, const QByteArray &stdinData = {}) const;

private:
    QString m_dataDir;
};
