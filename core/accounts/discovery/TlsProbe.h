// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/discovery/ClientConfig.h"
#include "net/NetResult.h"
#include "net/ServerEndpoint.h"

#include <optional>

namespace lb::accounts::discovery {

// What a probe learnt about a server that answered.
struct ProbeReport
{
    QString greeting;                                // the first greeting line, as sent
    std::optional<net::CertificateInfo> certificate; // the leaf of the TLS connection
    QString tlsDescription;                          // "TLSv1.3, TLS_AES_256_GCM_SHA384"
};

// Connects to `endpoint`, checks that the greeting is the one of `type` (IMAP "* OK",
// POP3 "+OK", SMTP "220"), and secures the connection as the endpoint says: the TLS
// handshake for Implicit, the protocol's STARTTLS/STLS for StartTls (its absence is
// net::starttlsNotOffered). Sends no credentials. Every failure is a typed NetError (host not
// found, refused, timeout, the certificate with its details...), which is what account
// verification needs to say exactly what went wrong. Blocking; any thread.
[[nodiscard]] net::NetResult<ProbeReport> probeServer(ServerType type,
                                                      const net::ServerEndpoint &endpoint);

} // namespace lb::accounts::discovery
