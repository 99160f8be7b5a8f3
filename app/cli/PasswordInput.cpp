// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordInput.h"

#include "accounts/CredentialStore.h"

#include <QFile>

#include <cstdio>

namespace lb::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QString firstLine(const QByteArray &bytes)
{
    QByteArray line = bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'));
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

Result<std::optional<QString>> readPassword(CliContext &ctx)
{
    if (ctx.hasFlag(u"--password-stdin"_s)) {
        QByteArray line;
        int c;
        while ((c = std::getchar()) != EOF && c != '\n')
            line.append(char(c));
        return std::optional<QString>(firstLine(line));
    }
    const QString path = ctx.option(u"--password-file"_s);
    if (path.isEmpty())
        return std::optional<QString>();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inputError(u"cannot read the password file %1: %2"_s.arg(path, file.errorString()));
    return std::optional<QString>(firstLine(file.readAll()));
}

Result<QString> smtpPassword(const accounts::AccountSettings &settings,
                             const std::optional<QString> &given)
{
    if (given)
        return *given;
    if (!settings.smtp || settings.smtp->user.isEmpty())
        return QString();
    auto stored = accounts::CredentialStore().load(settings.name);
    if (stored)
        return *stored;
    return Error{ErrorScope::Account,
                 Remedy::AskUser,
                 u"no password for %1: %2 Pass --password-stdin or --password-file."_s.arg(
                     settings.name, stored.error().message),
                 {}};
}

} // namespace lb::cli
