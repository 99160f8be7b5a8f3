// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include <cstdio>

namespace lb::cli {

CliContext::CliContext(QStringList args, QString dataDir)
    : m_args(std::move(args)), m_dataDir(std::move(dataDir)), m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

int CliContext::fail(const QString &reason, int exitCode)
{
    m_out.flush();
    m_err << reason << Qt::endl;
    return exitCode;
}

bool CliContext::hasFlag(const QString &name) const
{
    return m_args.contains(name);
}

QString CliContext::option(const QString &name) const
{
    const QStringList values = options(name);
    return values.isEmpty() ? QString() : values.last();
}

QStringList CliContext::options(const QString &name) const
{
    QStringList values;
    for (qsizetype i = 0; i + 1 < m_args.size(); ++i) {
        if (m_args[i] == name)
            values << m_args[++i];
    }
    return values;
}

QStringList CliContext::positional(const QStringList &optionsWithValues) const
{
    QStringList result;
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString &arg = m_args[i];
        if (optionsWithValues.contains(arg)) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1String("--")))
            continue;
        result << arg;
    }
    return result;
}

} // namespace lb::cli
