// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "ServerProcess.h"
#include "TestCertificates.h"

#include "accounts/discovery/Discovery.h"
#include "accounts/discovery/HttpFetcher.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace lb::accounts::discovery;
using lb::Result;

namespace {

const QByteArray Document = R"(<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="corp.example">
<domain>corp.example</domain><displayName>Corp Mail</displayName>
<incomingServer type="imap"><hostname>imap.corp.example</hostname><port>993</port>
<socketType>SSL</socketType><username>%EMAILLOCALPART%</username></incomingServer>
<outgoingServer type="smtp"><hostname>smtp.corp.example</hostname><port>465</port>
<socketType>SSL</socketType><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>)";

// Python's http.server with TLS on loopback, presenting the fixture's certificate for
// localhost (signed by the test CA).
class AutoconfigServer
{
public:
    AutoconfigServer() : m_dir(lb::test::privateTempTemplate(u"autoconfig"_s))
    {
        const auto certificates = lb::test::testCertificates();
        REQUIRE(certificates.ok());
        m_certificates = *certificates;
        m_port = lb::test::freeLoopbackPorts(1).front();
        REQUIRE(QDir(m_dir.path()).mkpath(u"root"_s));
        const auto started = m_process.start(
            u"/usr/bin/python3"_s,
            {QStringLiteral(LETTERBOX_AUTOCONFIG_SERVER), QString::number(m_port),
             m_certificates.serverCertFile, m_certificates.serverKeyFile, root(), logFile()},
            m_dir.filePath(u"server.out"_s));
        REQUIRE(started.ok());
        const auto ready = m_process.waitForPorts({m_port}, std::chrono::seconds(10));
        if (!ready)
            FAIL(ready.error().message.toStdString());
    }

    void serve(const QString &path, const QByteArray &body)
    {
        const QString file = root() + u'/' + path;
        REQUIRE(QDir().mkpath(QFileInfo(file).path()));
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(body);
    }

    [[nodiscard]] QStringList requests() const
    {
        QFile in(logFile());
        if (!in.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(in.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] const lb::test::TestCertificates &certificates() const { return m_certificates; }

private:
    [[nodiscard]] QString root() const { return m_dir.filePath(u"root"_s); }
    [[nodiscard]] QString logFile() const { return m_dir.filePath(u"requests.log"_s); }

    QTemporaryDir m_dir;
    lb::test::TestCertificates m_certificates;
    quint16 m_port = 0;
    lb::test::ServerProcess m_process{u"autoconfig"_s};
};

// Sends every request to the local server (host "localhost", which its certificate names),
// keeping path and query: the real fetcher, TLS and all, against the domain's URLs.
class LoopbackFetcher : public HttpFetcher
{
public:
    LoopbackFetcher(quint16 port, QString caFile)
        : m_port(port),
          m_inner(NetworkFetcherOptions{std::chrono::seconds(5), 256 * 1024, std::move(caFile)})
    {}

    Result<QByteArray> get(const QUrl &url, const std::atomic<bool> *cancel) override
    {
        hosts.append(url.host());
        QUrl local = url;
        local.setHost(u"localhost"_s);
        local.setPort(m_port);
        return m_inner.get(local, cancel);
    }

    QStringList hosts;

private:
    quint16 m_port;
    NetworkFetcher m_inner;
};

} // namespace

TEST_CASE("Autoconfig is fetched over HTTPS from the provider's host", "[discovery]")
{
    AutoconfigServer server;
    server.serve(u"mail/config-v1.1.xml"_s, Document);
    LoopbackFetcher fetcher(server.port(), server.certificates().caCertFile);
    DiscoverySources sources;
    sources.fetcher = &fetcher;
    QStringList progress;
    const DiscoveryResult result = Discovery(sources).run(
        u"ann@corp.example"_s, [&](const DiscoveryProgress &p) { progress.append(p.detail); });
    REQUIRE(result.imap.has_value());
    CHECK(result.imap->host == u"imap.corp.example"_s);
    CHECK(result.imap->user == u"ann"_s);
    CHECK(result.imap->source == SettingSource::AutoconfigHttps);
    CHECK(result.imap->trusted);
    REQUIRE(result.smtp.has_value());
    CHECK(result.smtp->port == 465);
    CHECK(fetcher.hosts == QStringList{u"autoconfig.corp.example"_s});
    CHECK(server.requests() ==
          QStringList{u"/mail/config-v1.1.xml?emailaddress=ann%40corp.example"_s});
    CHECK(progress.front().startsWith(u"https://autoconfig.corp.example/"_s));
}

TEST_CASE("The domain's well-known location is tried second", "[discovery]")
{
    AutoconfigServer server;
    server.serve(u".well-known/autoconfig/mail/config-v1.1.xml"_s, Document);
    LoopbackFetcher fetcher(server.port(), server.certificates().caCertFile);
    DiscoverySources sources;
    sources.fetcher = &fetcher;
    const DiscoveryResult result = Discovery(sources).run(u"ann@corp.example"_s);
    REQUIRE(result.imap.has_value());
    CHECK(result.imap->source == SettingSource::AutoconfigHttps);
    CHECK(fetcher.hosts == QStringList{u"autoconfig.corp.example"_s, u"corp.example"_s});
    CHECK(server.requests().size() == 2);
    CHECK(result.notes.join(u'\n').contains(u"404"_s));
}

TEST_CASE("The fetcher refuses untrusted certificates, large bodies and plain http", "[discovery]")
{
    AutoconfigServer server;
    server.serve(u"mail/config-v1.1.xml"_s, Document);
    server.serve(u"big.xml"_s, QByteArray(300 * 1024, ' '));
    QUrl url(u"https://localhost/mail/config-v1.1.xml"_s);
    url.setPort(server.port());

    NetworkFetcher trusting(NetworkFetcherOptions{std::chrono::seconds(5), 256 * 1024,
                                                  server.certificates().caCertFile});
    Result<QByteArray> ok = trusting.get(url, nullptr);
    REQUIRE(ok.ok());
    CHECK(*ok == Document);

    NetworkFetcher systemOnly;
    CHECK_FALSE(systemOnly.get(url, nullptr).ok());

    QUrl big = url;
    big.setPath(u"/big.xml"_s);
    Result<QByteArray> tooBig = trusting.get(big, nullptr);
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().message.contains(u"larger than"_s));

    QUrl plain = url;
    plain.setScheme(u"http"_s);
    Result<QByteArray> refused = trusting.get(plain, nullptr);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"only https"_s));
}
