// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "net/CertificateInfo.h"

#include <optional>

namespace lb::net {

// What went wrong on the wire. Every kind comes with a sentence saying what failed and what
// to do (see the factory functions below).
enum class NetErrorKind
{
    HostNotFound,       // DNS has no address for the name
    Unreachable,        // no route, network down
    Refused,            // nothing listens on that port
    ConnectTimeout,     // no answer while connecting
    ReadTimeout,        // the server went silent
    WriteTimeout,       // the server stopped reading
    ClosedByServer,     // the peer closed the connection
    TlsHandshakeFailed, // no common protocol/cipher, or the peer is not speaking TLS
    CertificateUntrusted,
    CertificateExpired,
    CertificateHostMismatch,
    CertificateChanged, // a pin exists and the server presented a different certificate
    StartTlsNotOffered, // STARTTLS was chosen and the server does not offer it
    NotConnected,       // used before connectToHost() or after close()
    Cancelled,
    SocketError, // anything else the socket reported
};

// An lb::Error with the network detail the UI needs. Being an lb::Error, it converts to one
// where a caller only propagates (`return netResult.error();` in a Result<T> function).
struct NetError : Error
{
    NetErrorKind kind = NetErrorKind::SocketError;
    std::optional<CertificateInfo> certificate; // set for the Certificate* kinds

    [[nodiscard]] bool isCertificateError() const { return certificate.has_value(); }
};

[[nodiscard]] QString hostPort(const QString &host, quint16 port);

[[nodiscard]] NetError hostNotFound(const QString &host);
[[nodiscard]] NetError unreachable(const QString &host, quint16 port, const QString &detail);
[[nodiscard]] NetError connectionRefused(const QString &host, quint16 port);
[[nodiscard]] NetError connectTimeout(const QString &host, quint16 port);
[[nodiscard]] NetError readTimeout(const QString &host, int seconds);
[[nodiscard]] NetError writeTimeout(const QString &host);
[[nodiscard]] NetError closedByServer(const QString &host);
[[nodiscard]] NetError tlsHandshakeFailed(const QString &host, const QString &detail);
[[nodiscard]] NetError certificateError(const QString &host, CertificateInfo certificate,
                                        NetErrorKind kind);
// The protocol layer calls this when STARTTLS/STLS was chosen but is not in the capabilities
// (or the server refused it): a hard error, never a fallback to plaintext.
[[nodiscard]] NetError starttlsNotOffered(const QString &host);
[[nodiscard]] NetError notConnected();
[[nodiscard]] NetError cancelled();
[[nodiscard]] NetError socketError(const QString &host, const QString &detail);

} // namespace lb::net
