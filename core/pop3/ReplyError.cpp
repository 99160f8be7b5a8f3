// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/ReplyError.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::pop3 {

namespace {

bool isLogin(Verb verb)
{
    return verb == Verb::User || verb == Verb::Pass || verb == Verb::Apop || verb == Verb::Auth ||
           verb == Verb::SaslResponse;
}

Error make(ErrorScope scope, Remedy remedy, QString sentence, const StatusLine &status)
{
    QString server = QString::fromUtf8(status.text);
    if (status.code)
        server = u"[%1] %2"_s.arg(QString::fromUtf8(status.code->toString()), server);
    return Error{scope, remedy, std::move(sentence), server};
}

} // namespace

Error translateStatus(const StatusLine &status, Verb verb)
{
    switch (status.knownCode()) {
    case KnownCode::Auth:
        return make(ErrorScope::Account, Remedy::AskUser,
                    u"The server refused the user name or password."_s, status);
    case KnownCode::InUse:
        return make(ErrorScope::Account, Remedy::RetryLater,
                    u"The mailbox is in use by another program; trying again later."_s, status);
    case KnownCode::LoginDelay:
        return make(ErrorScope::Account, Remedy::RetryLater,
                    u"The server allows logging in only every few minutes; trying again later."_s,
                    status);
    case KnownCode::SysTemp:
        return make(ErrorScope::Connection, Remedy::RetryLater,
                    u"The server has a temporary problem; trying again later."_s, status);
    case KnownCode::SysPerm:
        return make(ErrorScope::Account, Remedy::AskUser,
                    u"The server has a problem with this account that will not go away by "
                    "itself."_s,
                    status);
    case KnownCode::None:
        break;
    }
    if (isLogin(verb))
        return make(ErrorScope::Account, Remedy::AskUser,
                    u"The server refused the user name or password."_s, status);
    if (verb == Verb::Stls)
        return make(ErrorScope::Connection, Remedy::AskUser,
                    u"The server could not start an encrypted connection."_s, status);
    if (verb == Verb::Retr || verb == Verb::Top || verb == Verb::Dele)
        return make(ErrorScope::Message, Remedy::RetryLater,
                    u"The server could not handle this message."_s, status);
    if (verb == Verb::Quit)
        return make(ErrorScope::Account, Remedy::RetryLater,
                    u"The server could not delete some messages; they stay on the server."_s,
                    status);
    return make(ErrorScope::Connection, Remedy::RetryLater, u"The server refused a command."_s,
                status);
}

} // namespace lb::pop3
