// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "accounts/discovery/Discovery.h"
#include "accounts/discovery/HttpFetcher.h"
#include "accounts/discovery/ProviderDatabase.h"
#include "accounts/discovery/ServerProber.h"
#include "accounts/discovery/SrvResolver.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using namespace lb::accounts::discovery;
using lb::Result;
using lb::net::TlsMode;

namespace {

class FakeFetcher : public HttpFetcher
{
public:
    QHash<QString, QByteArray> documents; // URL (without query) -> body
    QStringList asked;

    Result<QByteArray> get(const QUrl &url, const std::atomic<bool> *) override
    {
        asked.append(url.toString());
        const QString key = url.toString(QUrl::RemoveQuery);
        if (!documents.contains(key))
            return lb::Error{lb::ErrorScope::Connection, lb::Remedy::None, u"404"_s, {}};
        return documents.value(key);
    }
};

class FakeResolver : public SrvResolver
{
public:
    QHash<QString, QList<SrvRecord>> records;
    QStringList asked;

    Result<QList<SrvRecord>> lookup(const QString &name, const std::atomic<bool> *) override
    {
        asked.append(name);
        return records.value(name);
    }
};

// Answers for "host:port" in `open`; everything else is refused, hosts in `unknown` are not
// found. Records every probe.
class FakeProber : public ServerProber
{
public:
    QSet<QString> open;
    QSet<QString> unknown;
    QStringList asked;
    std::atomic<bool> *cancelAfterFirst = nullptr;

    lb::net::NetResult<ProbeReport> probe(ServerType type, const QString &host, quint16 port,
                                          TlsMode tls) override
    {
        asked.append(u"%1 %2:%3 %4"_s.arg(toString(type), host)
                         .arg(port)
                         .arg(tls == TlsMode::Implicit ? u"tls"_s : u"starttls"_s));
        if (cancelAfterFirst)
            cancelAfterFirst->store(true);
        if (unknown.contains(host))
            return lb::net::hostNotFound(host);
        if (open.contains(u"%1:%2"_s.arg(host).arg(port)))
            return ProbeReport{};
        return lb::net::connectionRefused(host, port);
    }
};

const QByteArray Autoconfig = R"(<clientConfig version="1.1"><emailProvider id="corp.example">
<domain>corp.example</domain><displayName>Corp Mail</displayName>
<incomingServer type="imap"><hostname>mx.corp.example</hostname><port>993</port>
<socketType>SSL</socketType><username>%EMAILLOCALPART%</username></incomingServer>
<outgoingServer type="smtp"><hostname>out.corp.example</hostname><port>587</port>
<socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>)";

struct Fakes
{
    FakeFetcher fetcher;
    FakeResolver resolver;
    FakeProber prober;

    DiscoverySources sources(const ProviderDatabase *providers = &ProviderDatabase::builtIn())
    {
        DiscoverySources s;
        s.providers = providers;
        s.fetcher = &fetcher;
        s.resolver = &resolver;
        s.prober = &prober;
        return s;
    }
};

} // namespace

TEST_CASE("A provider database hit stops discovery before the network", "[discovery]")
{
    Fakes fakes;
    QList<DiscoveryStep> steps;
    const DiscoveryResult result =
        Discovery(fakes.sources()).run(u"someone@GMAIL.com"_s, [&](const DiscoveryProgress &p) {
            steps.append(p.step);
        });
    REQUIRE(result.imap.has_value());
    CHECK(result.imap->host == u"imap.gmail.com"_s);
    CHECK(result.imap->source == SettingSource::ProviderDatabase);
    CHECK(result.imap->trusted);
    CHECK(result.imap->user == u"someone@GMAIL.com"_s);
    REQUIRE(result.pop3.has_value());
    REQUIRE(result.smtp.has_value());
    CHECK(result.smtp->port == 465);
    CHECK(result.providerName == u"Google Mail"_s);
    CHECK(fakes.fetcher.asked.isEmpty());
    CHECK(fakes.resolver.asked.isEmpty());
    CHECK(fakes.prober.asked.isEmpty());
    CHECK(steps == QList{DiscoveryStep::ProviderDatabase, DiscoveryStep::Finished});
}

TEST_CASE("HTTPS autoconfig is next and is trusted", "[discovery]")
{
    Fakes fakes;
    fakes.fetcher.documents.insert(
        u"https://corp.example/.well-known/autoconfig/mail/config-v1.1.xml"_s, Autoconfig);
    const DiscoveryResult result = Discovery(fakes.sources()).run(u"ann@corp.example"_s);
    // The provider's own host first, then the domain's well-known location.
    REQUIRE(fakes.fetcher.asked.size() == 2);
    CHECK(fakes.fetcher.asked[0].startsWith(u"https://autoconfig.corp.example/mail/"_s));
    REQUIRE(result.imap.has_value());
    CHECK(result.imap->host == u"mx.corp.example"_s);
    CHECK(result.imap->user == u"ann"_s);
    CHECK(result.imap->source == SettingSource::AutoconfigHttps);
    CHECK(result.imap->trusted);
    CHECK_FALSE(result.pop3.has_value());
    REQUIRE(result.smtp.has_value());
    CHECK(result.smtp->tls == TlsMode::StartTls);
    CHECK(result.smtp->user == u"ann@corp.example"_s);
    CHECK(fakes.resolver.asked.isEmpty());
    CHECK(fakes.prober.asked.isEmpty());
}

TEST_CASE("A broken autoconfig document falls through to the next source", "[discovery]")
{
    Fakes fakes;
    fakes.fetcher.documents.insert(u"https://autoconfig.corp.example/mail/config-v1.1.xml"_s,
                                   "<html>Not here</html>");
    fakes.prober.open = {u"imap.corp.example:993"_s};
    const DiscoveryResult result = Discovery(fakes.sources()).run(u"ann@corp.example"_s);
    REQUIRE(result.imap.has_value());
    CHECK(result.imap->source == SettingSource::ProbedGuess);
    CHECK(result.notes.join(u'\n').contains(u"<html>"_s));
}

TEST_CASE("SRV answers are probed, untrusted, and in priority order", "[discovery]")
{
    Fakes fakes;
    fakes.resolver.records.insert(
        u"_imaps._tcp.corp.example"_s,
        {{u"backup.corp.example"_s, 993, 20, 0}, {u"imap1.corp.example"_s, 993, 10, 0}});
    fakes.resolver.records.insert(u"_submission._tcp.corp.example"_s,
                                  {{u"smtp.corp.example"_s, 587, 0, 0}});
    fakes.resolver.records.insert(u"_pop3s._tcp.corp.example"_s, {{u"."_s, 0, 0, 0}});
    fakes.prober.open = {u"imap1.corp.example:993"_s, u"backup.corp.example:993"_s,
                         u"smtp.corp.example:587"_s, u"pop.corp.example:995"_s};
    const DiscoveryResult result = Discovery(fakes.sources()).run(u"ann@corp.example"_s);
    REQUIRE(result.imap.has_value());
    CHECK(result.imap->host == u"imap1.corp.example"_s);
    CHECK(result.imap->source == SettingSource::DnsSrv);
    CHECK_FALSE(result.imap->trusted);
    CHECK(result.imap->user == u"ann@corp.example"_s);
    REQUIRE(result.smtp.has_value());
    CHECK(result.smtp->tls == TlsMode::StartTls);
    CHECK(result.smtp->source == SettingSource::DnsSrv);
    // The SRV step asked in RFC 8314 order and skipped _imap._tcp once _imaps._tcp answered.
    CHECK(fakes.resolver.asked.front() == u"_imaps._tcp.corp.example"_s);
    CHECK_FALSE(fakes.resolver.asked.contains(u"_imap._tcp.corp.example"_s));
    // "." says POP3 is not offered by DNS; guessing still finds one and says so.
    REQUIRE(result.pop3.has_value());
    CHECK(result.pop3->source == SettingSource::ProbedGuess);
    CHECK_FALSE(result.pop3->trusted);
    CHECK(fakes.prober.asked.front() == u"IMAP imap1.corp.example:993 tls"_s);
}

TEST_CASE("Guessing tries hosts and ports in order and skips unknown hosts", "[discovery]")
{
    Fakes fakes;
    fakes.prober.unknown = {u"imap.corp.example"_s, u"pop.corp.example"_s, u"pop3.corp.example"_s,
                            u"smtp.corp.example"_s};
    fakes.prober.open = {u"mail.corp.example:143"_s, u"mail.corp.example:587"_s};
    const DiscoveryResult result = Discovery(fakes.sources()).run(u"ann@corp.example"_s);
    REQUIRE(result.imap.has_value());
    CHECK(result.imap->host == u"mail.corp.example"_s);
    CHECK(result.imap->port == 143);
    CHECK(result.imap->tls == TlsMode::StartTls);
    CHECK(result.imap->source == SettingSource::ProbedGuess);
    CHECK_FALSE(result.pop3.has_value());
    REQUIRE(result.smtp.has_value());
    CHECK(result.smtp->port == 587);
    const QStringList imapProbes = fakes.prober.asked.filter(u"IMAP "_s);
    CHECK(imapProbes == QStringList{u"IMAP imap.corp.example:993 tls"_s,
                                    u"IMAP mail.corp.example:993 tls"_s,
                                    u"IMAP mail.corp.example:143 starttls"_s});
    // An unknown host is not asked again for another port.
    CHECK(fakes.prober.asked.filter(u"pop.corp.example"_s).size() == 1);
}

TEST_CASE("Nothing found leaves the settings to the user", "[discovery]")
{
    Fakes fakes;
    const DiscoveryResult result = Discovery(fakes.sources()).run(u"ann@nowhere.example"_s);
    CHECK_FALSE(result.foundIncoming());
    CHECK_FALSE(result.smtp.has_value());
    CHECK_FALSE(result.notes.isEmpty());
}

TEST_CASE("Cancelling stops discovery at the next step", "[discovery]")
{
    Fakes fakes;
    std::atomic<bool> cancel{false};
    fakes.prober.cancelAfterFirst = &cancel;
    const DiscoveryResult result =
        Discovery(fakes.sources()).run(u"ann@corp.example"_s, {}, &cancel);
    CHECK(result.cancelled);
    CHECK(fakes.prober.asked.size() == 1);
}

TEST_CASE("An address without a domain is not looked up", "[discovery]")
{
    Fakes fakes;
    const DiscoveryResult result = Discovery(fakes.sources()).run(u"ann"_s);
    CHECK_FALSE(result.foundIncoming());
    CHECK(fakes.fetcher.asked.isEmpty());
}
