// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Reply.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::pop3 {

KnownCode ResponseCode::known() const
{
    const QByteArray joined = toString().toUpper();
    if (joined == "IN-USE")
        return KnownCode::InUse;
    if (joined == "LOGIN-DELAY")
        return KnownCode::LoginDelay;
    if (joined == "SYS/TEMP")
        return KnownCode::SysTemp;
    if (joined == "SYS/PERM")
        return KnownCode::SysPerm;
    if (joined == "AUTH")
        return KnownCode::Auth;
    return KnownCode::None;
}

QByteArray ResponseCode::toString() const
{
    return levels.join('/');
}

Error ParseError::toError() const
{
    return Error{
        ErrorScope::Connection,
        Remedy::RetryLater,
        u"The POP3 server sent a reply that could not be understood: %1 (at byte %2)."_s.arg(what)
            .arg(offset),
        {}};
}

} // namespace lb::pop3
