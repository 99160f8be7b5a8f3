// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/discovery/DiscoveryResult.h"
#include "accounts/discovery/HostGuesses.h"

#include <atomic>
#include <functional>

namespace lb::accounts::discovery {

class ProviderDatabase;
class HttpFetcher;
class SrvResolver;
class ServerProber;

// The sources discovery may ask. Not owned; a null one skips its step.
struct DiscoverySources
{
    const ProviderDatabase *providers = nullptr;
    HttpFetcher *fetcher = nullptr;
    SrvResolver *resolver = nullptr;
    ServerProber *prober = nullptr; // confirms DNS answers and guesses
    GuessPlan guesses;
    int maxSrvTargets = 3; // records tried per SRV name
};

// Finds the servers for an address (issue 6, step 2), trying in order:
//  1. the provider database,
//  2. the domain's autoconfig documents over HTTPS,
//  3. DNS SRV records (RFC 6186, RFC 8314), each target confirmed by a TLS probe,
//  4. common host names on the standard ports, confirmed by a TLS probe.
// It stops at the first trustworthy answer (steps 1 and 2). DNS answers and guesses are
// marked untrusted: they become trusted only when a login over TLS succeeds. A server type
// the DNS step leaves open (often SMTP) is looked for by guessing.
//
// Contract: blocking; run it on a worker thread. `progress` is called on that thread before
// each step and each probe. When *cancel becomes true, run() returns soon with what it had
// and `cancelled` set.
class Discovery
{
public:
    using ProgressFn = std::function<void(const DiscoveryProgress &)>;

    explicit Discovery(DiscoverySources sources);

    [[nodiscard]] DiscoveryResult run(const QString &email, const ProgressFn &progress = {},
                                      const std::atomic<bool> *cancel = nullptr);

private:
    [[nodiscard]] bool fromProviders(DiscoveryResult &result);
    [[nodiscard]] bool fromAutoconfig(DiscoveryResult &result);
    void fromSrv(DiscoveryResult &result);
    void fromGuesses(DiscoveryResult &result);
    [[nodiscard]] bool probe(DiscoveryStep step, ServerType type, const QString &host, quint16 port,
                             net::TlsMode tls, DiscoveryResult &result);
    [[nodiscard]] std::optional<DiscoveredServer> &slot(DiscoveryResult &result, ServerType type);
    void report(DiscoveryStep step, const QString &detail);
    [[nodiscard]] bool cancelled() const;

    DiscoverySources m_sources;
    ProgressFn m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    QStringList m_unknownHosts; // names that did not resolve: not tried again on other ports
};

} // namespace lb::accounts::discovery
