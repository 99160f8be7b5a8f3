// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/discovery/TlsProbe.h"

namespace lb::accounts::discovery {

// Checks that a server of the given type answers at an address, securely. Injectable so the
// guessing and DNS steps are testable without a network. Blocking, on the discovery worker.
class ServerProber
{
public:
    virtual ~ServerProber() = default;
    [[nodiscard]] virtual net::NetResult<ProbeReport> probe(ServerType type, const QString &host,
                                                            quint16 port, net::TlsMode tls) = 0;
};

// The real prober: probeServer() with short timeouts and the given trust (a CA file for a
// company or test server; the system store otherwise).
class TlsServerProber : public ServerProber
{
public:
    explicit TlsServerProber(net::TrustSettings trust = {},
                             std::chrono::milliseconds timeout = std::chrono::seconds(6));
    [[nodiscard]] net::NetResult<ProbeReport> probe(ServerType type, const QString &host,
                                                    quint16 port, net::TlsMode tls) override;

private:
    net::TrustSettings m_trust;
    std::chrono::milliseconds m_timeout;
};

} // namespace lb::accounts::discovery
