// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/NetError.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::net {

namespace {

NetError make(NetErrorKind kind, ErrorScope scope, Remedy remedy, QString message)
{
    NetError error;
    error.scope = scope;
    error.remedy = remedy;
    error.message = std::move(message);
    error.kind = kind;
    return error;
}

QString certificateSentence(const QString &host, NetErrorKind kind)
{
    switch (kind) {
    case NetErrorKind::CertificateExpired:
        return u"The security certificate of %1 has expired or is not yet valid. Check the "
               "computer's date, or ask the provider to renew it; you can accept this exact "
               "certificate for this account if you trust it."_s.arg(host);
    case NetErrorKind::CertificateHostMismatch:
        return u"The security certificate presented by %1 was issued for a different name. "
               "Check the server name in the account settings."_s.arg(host);
    case NetErrorKind::CertificateChanged:
        return u"%1 presented a different security certificate than the one you accepted for "
               "this account. Someone may be intercepting the connection; accept the new "
               "certificate only if your provider announced the change."_s.arg(host);
    default:
        return u"The security certificate of %1 is not trusted (self-signed or from an unknown "
               "authority). Check its fingerprint with your provider, then accept this exact "
               "certificate for this account or add the provider's CA file."_s.arg(host);
    }
}

} // namespace

QString hostPort(const QString &host, quint16 port)
{
    return host.contains(u':') ? u"[%1]:%2"_s.arg(host).arg(port) : u"%1:%2"_s.arg(host).arg(port);
}

NetError hostNotFound(const QString &host)
{
    return make(NetErrorKind::HostNotFound, ErrorScope::Connection, Remedy::AskUser,
                u"The server name %1 could not be found. Check the spelling of the server name "
                "and that you are online."_s.arg(host));
}

NetError unreachable(const QString &host, quint16 port, const QString &detail)
{
    NetError e = make(NetErrorKind::Unreachable, ErrorScope::Connection, Remedy::RetryLater,
                      u"%1 could not be reached. Check the network connection; Letterbox will "
                      "try again later."_s.arg(hostPort(host, port)));
    e.serverText = detail;
    return e;
}

NetError connectionRefused(const QString &host, quint16 port)
{
    return make(NetErrorKind::Refused, ErrorScope::Connection, Remedy::AskUser,
                u"%1 refused the connection: nothing is listening on port %2. Check the port "
                "number and security setting in the account settings."_s.arg(host)
                    .arg(port));
}

NetError connectTimeout(const QString &host, quint16 port)
{
    return make(NetErrorKind::ConnectTimeout, ErrorScope::Connection, Remedy::RetryLater,
                u"Connecting to %1 timed out. The server may be down or a firewall may block "
                "the port; Letterbox will try again later."_s.arg(hostPort(host, port)));
}

NetError readTimeout(const QString &host, int seconds)
{
    return make(
        NetErrorKind::ReadTimeout, ErrorScope::Connection, Remedy::RetryLater,
        u"%1 did not answer within %2 seconds. Letterbox will try again later."_s.arg(host).arg(
            seconds));
}

NetError writeTimeout(const QString &host)
{
    return make(NetErrorKind::WriteTimeout, ErrorScope::Connection, Remedy::RetryLater,
                u"Sending data to %1 timed out. Letterbox will try again later."_s.arg(host));
}

NetError closedByServer(const QString &host)
{
    return make(
        NetErrorKind::ClosedByServer, ErrorScope::Connection, Remedy::RetryLater,
        u"%1 closed the connection unexpectedly. Letterbox will try again later."_s.arg(host));
}

NetError tlsHandshakeFailed(const QString &host, const QString &detail)
{
    NetError e = make(NetErrorKind::TlsHandshakeFailed, ErrorScope::Account, Remedy::AskUser,
                      u"The secure (TLS) connection to %1 could not be set up. Check that the "
                      "port and security setting match (implicit TLS or STARTTLS)."_s.arg(host));
    e.serverText = detail;
    return e;
}

NetError certificateError(const QString &host, CertificateInfo certificate, NetErrorKind kind)
{
    NetError e = make(kind, ErrorScope::Account, Remedy::AskUser, certificateSentence(host, kind));
    e.serverText = certificate.errors.join(u"; "_s);
    e.certificate = std::move(certificate);
    return e;
}

NetError starttlsNotOffered(const QString &host)
{
    return make(NetErrorKind::StartTlsNotOffered, ErrorScope::Account, Remedy::AskUser,
                u"%1 does not offer STARTTLS, so the connection cannot be secured as configured. "
                "Choose implicit TLS (another port) in the account settings; Letterbox never "
                "falls back to plaintext on its own."_s.arg(host));
}

NetError notConnected()
{
    return make(NetErrorKind::NotConnected, ErrorScope::Connection, Remedy::RetryNow,
                u"The connection is not open."_s);
}

NetError cancelled()
{
    return make(NetErrorKind::Cancelled, ErrorScope::Cancelled, Remedy::None,
                u"The operation was cancelled."_s);
}

NetError socketError(const QString &host, const QString &detail)
{
    NetError e = make(NetErrorKind::SocketError, ErrorScope::Connection, Remedy::RetryLater,
                      u"The connection to %1 failed. Letterbox will try again later."_s.arg(host));
    e.serverText = detail;
    return e;
}

} // namespace lb::net
