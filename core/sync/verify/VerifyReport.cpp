// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/verify/VerifyReport.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::verify {

Failure failureFor(net::NetErrorKind kind)
{
    switch (kind) {
    case net::NetErrorKind::HostNotFound:
        return Failure::HostNotFound;
    case net::NetErrorKind::Unreachable:
        return Failure::Unreachable;
    case net::NetErrorKind::Refused:
        return Failure::PortClosed;
    case net::NetErrorKind::ConnectTimeout:
    case net::NetErrorKind::ReadTimeout:
    case net::NetErrorKind::WriteTimeout:
        return Failure::Timeout;
    case net::NetErrorKind::TlsHandshakeFailed:
        return Failure::TlsHandshake;
    case net::NetErrorKind::CertificateUntrusted:
    case net::NetErrorKind::CertificateExpired:
    case net::NetErrorKind::CertificateHostMismatch:
    case net::NetErrorKind::CertificateChanged:
        return Failure::Certificate;
    case net::NetErrorKind::StartTlsNotOffered:
        return Failure::StartTlsMissing;
    case net::NetErrorKind::Cancelled:
        return Failure::Cancelled;
    case net::NetErrorKind::SocketError:
        return Failure::WrongProtocol;
    case net::NetErrorKind::ClosedByServer:
    case net::NetErrorKind::NotConnected:
        return Failure::ServerError;
    }
    return Failure::ServerError;
}

ServerCheck failedCheck(ServerType type, const accounts::ServerSettings &server,
                        const net::NetError &error)
{
    ServerCheck check;
    check.type = type;
    check.host = server.host;
    check.port = server.port;
    check.failure = failureFor(error.kind);
    check.message = error.message;
    check.serverText = error.serverText;
    check.certificate = error.certificate;
    return check;
}

QString toString(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return u"none"_s;
    case Failure::AuthenticationFailed:
        return u"authentication failed"_s;
    case Failure::HostNotFound:
        return u"host not found"_s;
    case Failure::Unreachable:
        return u"unreachable"_s;
    case Failure::PortClosed:
        return u"port closed"_s;
    case Failure::Timeout:
        return u"timeout"_s;
    case Failure::Certificate:
        return u"certificate"_s;
    case Failure::TlsHandshake:
        return u"TLS handshake"_s;
    case Failure::StartTlsMissing:
        return u"STARTTLS missing"_s;
    case Failure::WrongProtocol:
        return u"wrong protocol"_s;
    case Failure::ServerError:
        return u"server error"_s;
    case Failure::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<quint64> estimateCacheBytes(const MailboxFigures &figures,
                                          accounts::Protocol protocol,
                                          const accounts::OfflinePolicy &policy)
{
    if (!figures.messages)
        return std::nullopt;
    constexpr quint64 PerMessage = 2048; // header row, snippet, index entries
    const quint64 headers = *figures.messages * PerMessage;
    if (protocol == accounts::Protocol::Imap &&
        policy.kind == accounts::OfflinePolicy::Kind::HeadersOnly)
        return headers;
    if (!figures.bytes)
        return std::nullopt;
    quint64 bodies = *figures.bytes;
    if (protocol == accounts::Protocol::Imap &&
        policy.kind == accounts::OfflinePolicy::Kind::RecentBodies) {
        // Without dates we assume mail spread evenly over about five years.
        const double share = std::clamp(policy.recentDays / (5.0 * 365.0), 0.0, 1.0);
        bodies = static_cast<quint64>(static_cast<double>(bodies) * share);
    }
    return headers + bodies;
}

} // namespace lb::sync::verify
