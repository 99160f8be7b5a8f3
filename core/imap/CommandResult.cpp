// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/CommandResult.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::imap {
namespace {

using Kind = ResponseCode::Kind;

Kind codeOf(const CommandResult &result)
{
    return result.status.code ? result.status.code->kind : Kind::Unknown;
}

QString serverWords(const CommandResult &result)
{
    return QString::fromUtf8(result.status.text).trimmed();
}

} // namespace

Error commandError(const CommandResult &result, const QString &what)
{
    Error e;
    e.serverText = serverWords(result);
    if (result.status.status == Status::Bad) {
        // The server did not understand us: a bug on our side or in the server.
        e.scope = ErrorScope::Folder;
        e.remedy = Remedy::None;
        e.message = u"The server did not accept the command while %1."_s.arg(what);
        return e;
    }
    switch (codeOf(result)) {
    case Kind::Unavailable:
    case Kind::InUse:
    case Kind::ServerBug:
        e.scope = ErrorScope::Connection;
        e.remedy = Remedy::RetryLater;
        e.message =
            u"The server is temporarily unable to finish %1; trying again later."_s.arg(what);
        break;
    case Kind::OverQuota:
    case Kind::Limit:
        e.scope = ErrorScope::Account;
        e.remedy = Remedy::AskUser;
        e.message = u"The server mailbox is full or at a limit while %1."_s.arg(what);
        break;
    case Kind::NoPerm:
        e.scope = ErrorScope::Folder;
        e.remedy = Remedy::AskUser;
        e.message = u"The server does not allow %1."_s.arg(what);
        break;
    case Kind::NonExistent:
    case Kind::TryCreate:
        e.scope = ErrorScope::Folder;
        e.remedy = Remedy::None;
        e.message = u"The folder does not exist on the server (%1)."_s.arg(what);
        break;
    default:
        e.scope = ErrorScope::Folder;
        e.remedy = Remedy::RetryLater;
        e.message = u"The server refused %1."_s.arg(what);
        break;
    }
    return e;
}

Error authenticationError(const CommandResult &result)
{
    Error e;
    e.serverText = serverWords(result);
    switch (codeOf(result)) {
    case Kind::Unavailable:
        e.scope = ErrorScope::Connection;
        e.remedy = Remedy::RetryLater;
        e.message = u"The server cannot check the password right now; trying again later."_s;
        break;
    case Kind::Expired:
        e.scope = ErrorScope::Account;
        e.remedy = Remedy::AskUser;
        e.message = u"The password has expired: change it with the mail provider."_s;
        break;
    case Kind::PrivacyRequired:
        e.scope = ErrorScope::Account;
        e.remedy = Remedy::AskUser;
        e.message = u"The server wants an encrypted connection before the password: choose "
                    u"TLS or STARTTLS."_s;
        break;
    case Kind::AuthorizationFailed:
    case Kind::ContactAdmin:
        e.scope = ErrorScope::Account;
        e.remedy = Remedy::AskUser;
        e.message = u"The password is right but the account may not use this server: ask the "
                    u"mail provider."_s;
        break;
    default:
        // AUTHENTICATIONFAILED, or a plain NO (RFC 9051 section 6.2.3).
        e.scope = ErrorScope::Account;
        e.remedy = Remedy::AskUser;
        e.message = u"The server rejected the user name or password."_s;
        break;
    }
    if (result.status.status == Status::Bad) {
        e.scope = ErrorScope::Account;
        e.remedy = Remedy::None;
        e.message = u"The server did not accept the login command (it may not support this "
                    u"sign-in method)."_s;
    }
    return e;
}

Error protocolError(const QString &host, const QString &detail)
{
    return Error{ErrorScope::Connection,
                 Remedy::RetryLater,
                 u"%1 sent a reply that could not be understood: %2"_s.arg(host, detail),
                 {}};
}

Error byeError(const QString &host, const QByteArray &serverText)
{
    return Error{ErrorScope::Connection, Remedy::RetryLater, u"%1 closed the session."_s.arg(host),
                 QString::fromUtf8(serverText).trimmed()};
}

} // namespace lb::imap
