// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardDriver.h"

#include "QtCatch.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QThread>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::sendPostedEvents();
        QThread::yieldCurrentThread();
    }
    return true;
}

QString screenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(LETTERBOX_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name + u".png"_s;
    REQUIRE(widget->grab().save(path));
    return path;
}

WizardCache::WizardCache()
{
    REQUIRE(m_dir.isValid());
    auto opened = store::Store::open(m_dir.filePath(u"cache.db"_s));
    REQUIRE(opened.ok());
    m_store.emplace(std::move(*opened));
}

accounts::discovery::DiscoveryResult fixtureDiscovery(const TestServers &servers,
                                                      const QString &email)
{
    using accounts::discovery::DiscoveredServer;
    using accounts::discovery::ServerType;
    using accounts::discovery::SettingSource;
    accounts::discovery::DiscoveryResult result;
    result.email = email;
    result.domain = u"localhost"_s;
    const auto server = [&](ServerType type, const net::ServerEndpoint &e) {
        DiscoveredServer s;
        s.type = type;
        s.host = u"localhost"_s;
        s.port = e.port;
        s.tls = e.tlsMode;
        s.user = servers.user(0).name;
        s.source = SettingSource::ProbedGuess;
        return s;
    };
    result.imap = server(ServerType::Imap, servers.imapEndpoint(net::TlsMode::Implicit));
    result.pop3 = server(ServerType::Pop3, servers.pop3Endpoint(net::TlsMode::Implicit));
    result.smtp = server(ServerType::Smtp, servers.smtpEndpoint(net::TlsMode::StartTls));
    result.smtp->source = SettingSource::DnsSrv;
    return result;
}

} // namespace lb::test
