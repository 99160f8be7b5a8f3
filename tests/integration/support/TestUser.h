// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace lb::test {

struct TestUser
{
    QString name;
    QString password;
};

[[nodiscard]] inline QList<TestUser> defaultUsers()
{
    return {{QStringLiteral("alice"), QStringLiteral("alice-secret")},
            {QStringLiteral("bob"), QStringLiteral("bob-secret")}};
}

// The system account that owns mail files: Dovecot will not run mail processes as root.
struct MailAccount
{
    QString user;  // user name for default_internal_user etc.
    QString group; // group name for default_internal_group
    uint uid = 0;
    uint gid = 0;
    bool runningAsRoot = false;
};

// "dovecot" (else "nobody") when we are root, otherwise the current user.
[[nodiscard]] MailAccount mailAccount();

} // namespace lb::test
