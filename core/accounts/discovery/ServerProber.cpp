// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/discovery/ServerProber.h"

namespace lb::accounts::discovery {

TlsServerProber::TlsServerProber(net::TrustSettings trust, std::chrono::milliseconds timeout)
    : m_trust(std::move(trust)), m_timeout(timeout)
{}

net::NetResult<ProbeReport> TlsServerProber::probe(ServerType type, const QString &host,
                                                   quint16 port, net::TlsMode tls)
{
    net::ServerEndpoint endpoint;
    endpoint.host = host;
    endpoint.port = port;
    endpoint.tlsMode = tls;
    endpoint.trust = m_trust;
    endpoint.timeouts.connect = m_timeout;
    endpoint.timeouts.handshake = m_timeout;
    endpoint.timeouts.read = m_timeout;
    endpoint.timeouts.write = m_timeout;
    return probeServer(type, endpoint);
}

} // namespace lb::accounts::discovery
