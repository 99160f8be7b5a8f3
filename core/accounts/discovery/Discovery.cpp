// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/discovery/Discovery.h"

#include "accounts/discovery/ClientConfigReader.h"
#include "accounts/discovery/HttpFetcher.h"
#include "accounts/discovery/ProviderDatabase.h"
#include "accounts/discovery/ServerProber.h"
#include "accounts/discovery/SrvResolver.h"
#include "common/Log.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::accounts::discovery {

namespace {

constexpr ServerType AllTypes[] = {ServerType::Imap, ServerType::Pop3, ServerType::Smtp};

} // namespace

Discovery::Discovery(DiscoverySources sources) : m_sources(std::move(sources)) {}

DiscoveryResult Discovery::run(const QString &email, const ProgressFn &progress,
                               const std::atomic<bool> *cancel)
{
    m_progress = progress;
    m_cancel = cancel;
    m_unknownHosts.clear();
    DiscoveryResult result;
    result.email = email.trimmed();
    result.domain = emailDomain(result.email);
    if (result.domain.isEmpty()) {
        result.notes.append(u"\"%1\" has no domain to look up."_s.arg(email));
        report(DiscoveryStep::Finished, {});
        return result;
    }
    const bool trusted = fromProviders(result) || (!cancelled() && fromAutoconfig(result));
    if (!trusted && !cancelled()) {
        fromSrv(result);
        if (!cancelled())
            fromGuesses(result);
    }
    result.cancelled = cancelled();
    report(DiscoveryStep::Finished, {});
    return result;
}

bool Discovery::fromProviders(DiscoveryResult &result)
{
    if (!m_sources.providers)
        return false;
    report(DiscoveryStep::ProviderDatabase, result.domain);
    const std::optional<ClientConfig> config = m_sources.providers->lookup(result.domain);
    if (!config) {
        result.notes.append(u"%1 is not in the provider database."_s.arg(result.domain));
        return false;
    }
    adoptClientConfig(result, *config, SettingSource::ProviderDatabase);
    result.notes.append(u"Found %1 in the provider database."_s.arg(config->displayName));
    return result.foundIncoming();
}

bool Discovery::fromAutoconfig(DiscoveryResult &result)
{
    if (!m_sources.fetcher)
        return false;
    for (const QUrl &url : autoconfigUrls(result.email)) {
        if (cancelled())
            return false;
        report(DiscoveryStep::Autoconfig, url.toDisplayString());
        Result<QByteArray> body = m_sources.fetcher->get(url, m_cancel);
        if (!body) {
            result.notes.append(body.error().message);
            continue;
        }
        Result<ClientConfig> config = parseClientConfig(*body);
        if (!config) {
            result.notes.append(u"%1: %2"_s.arg(url.toDisplayString(), config.error().message));
            continue;
        }
        DiscoveryResult candidate = result;
        adoptClientConfig(candidate, *config, SettingSource::AutoconfigHttps);
        if (!candidate.foundIncoming()) {
            result.notes.append(
                u"%1 lists no server reachable over TLS."_s.arg(url.toDisplayString()));
            continue;
        }
        candidate.notes.append(u"Found the settings at %1."_s.arg(url.toDisplayString()));
        result = std::move(candidate);
        return true;
    }
    return false;
}

void Discovery::fromSrv(DiscoveryResult &result)
{
    if (!m_sources.resolver || !m_sources.prober)
        return;
    for (const ServerType type : AllTypes) {
        for (const SrvService &service : srvServices(type)) {
            if (slot(result, type) || cancelled())
                break;
            const QString name = service.label + u'.' + result.domain;
            report(DiscoveryStep::DnsSrv, name);
            Result<QList<SrvRecord>> records = m_sources.resolver->lookup(name, m_cancel);
            if (!records) {
                result.notes.append(records.error().message);
                continue;
            }
            const QList<SrvRecord> ordered = orderSrvRecords(*records);
            for (qsizetype i = 0; i < ordered.size() && i < m_sources.maxSrvTargets; ++i) {
                const SrvRecord &record = ordered.at(i);
                if (probe(DiscoveryStep::DnsSrv, type, record.target, record.port, service.tls,
                          result))
                    break;
            }
        }
    }
}

void Discovery::fromGuesses(DiscoveryResult &result)
{
    if (!m_sources.prober)
        return;
    for (const ServerType type : AllTypes) {
        if (slot(result, type))
            continue;
        for (const Candidate &candidate : guessCandidates(m_sources.guesses, type, result.domain)) {
            if (cancelled())
                return;
            if (m_unknownHosts.contains(candidate.host))
                continue;
            if (probe(DiscoveryStep::Guess, type, candidate.host, candidate.port.port,
                      candidate.port.tls, result))
                break;
        }
    }
}

bool Discovery::probe(DiscoveryStep step, ServerType type, const QString &host, quint16 port,
                      net::TlsMode tls, DiscoveryResult &result)
{
    const QString where = u"%1 %2"_s.arg(toString(type), net::hostPort(host, port));
    report(step, where);
    net::NetResult<ProbeReport> answer = m_sources.prober->probe(type, host, port, tls);
    if (!answer) {
        if (answer.error().kind == net::NetErrorKind::HostNotFound)
            m_unknownHosts.append(host);
        result.notes.append(u"%1: %2"_s.arg(where, answer.error().message));
        return false;
    }
    DiscoveredServer found;
    found.type = type;
    found.host = host;
    found.port = port;
    found.tls = tls;
    found.user = result.email;
    found.source =
        step == DiscoveryStep::DnsSrv ? SettingSource::DnsSrv : SettingSource::ProbedGuess;
    found.trusted = false;
    slot(result, type) = found;
    result.notes.append(u"%1 answers over TLS."_s.arg(where));
    return true;
}

std::optional<DiscoveredServer> &Discovery::slot(DiscoveryResult &result, ServerType type)
{
    switch (type) {
    case ServerType::Imap:
        return result.imap;
    case ServerType::Pop3:
        return result.pop3;
    case ServerType::Smtp:
        break;
    }
    return result.smtp;
}

void Discovery::report(DiscoveryStep step, const QString &detail)
{
    qCDebug(lcAccounts) << "discovery:" << toString(step) << detail;
    if (m_progress)
        m_progress({step, detail});
}

bool Discovery::cancelled() const
{
    return m_cancel && m_cancel->load();
}

} // namespace lb::accounts::discovery
