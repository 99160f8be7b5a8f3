// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUser.h"

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace lb::test {

MailAccount mailAccount()
{
    if (::getuid() != 0) {
        const passwd *me = ::getpwuid(::getuid());
        const group *myGroup = ::getgrgid(::getgid());
        return {me ? QString::fromLocal8Bit(me->pw_name) : QString(),
                myGroup ? QString::fromLocal8Bit(myGroup->gr_name) : QString(), ::getuid(),
                ::getgid(), false};
    }
    for (const char *candidate : {"dovecot", "nobody"}) {
        if (const passwd *entry = ::getpwnam(candidate))
            return {QString::fromLatin1(candidate), {}, entry->pw_uid, entry->pw_gid, true};
    }
    return {};
}

} // namespace lb::test
