// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

namespace lb::net {

// How a connection is secured (ARCHITECTURE.md, security defaults).
enum class TlsMode
{
    Implicit, // TLS from the first byte (IMAPS 993, POP3S 995, SMTPS 465; RFC 8314)
    StartTls, // plaintext greeting, then the protocol's STARTTLS/STLS upgrade; never optional
    None,     // plaintext, only when the user chose it explicitly
};

// Which certificates an account accepts beyond the system trust store.
struct TrustSettings
{
    // PEM file with extra CA certificates (a self-signed company or test CA). Empty: none.
    QString caFile;
    // SHA-256 fingerprint of exactly one leaf certificate the user accepted for this account,
    // hex with or without colons, any case. Empty: no pin.
    QString pinnedSha256;
};

struct Timeouts
{
    std::chrono::milliseconds connect{15000};   // DNS + TCP connect, per attempt in total
    std::chrono::milliseconds handshake{15000}; // TLS handshake
    std::chrono::milliseconds read{60000};      // readSome() without an explicit timeout
    std::chrono::milliseconds write{60000};     // until written data has left our buffer
};

struct ServerEndpoint
{
    QString host;
    quint16 port = 0;
    TlsMode tlsMode = TlsMode::Implicit;
    TrustSettings trust;
    Timeouts timeouts;
};

[[nodiscard]] QString toString(TlsMode mode);

} // namespace lb::net
