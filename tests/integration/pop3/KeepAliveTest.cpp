// SPDX-License-Identifier: GPL-3.0-or-later
// NOOP keeps a session alive across long local steps: transcripts with a clock the test moves.
#include "FakePop3Server.h"

#include "accounts/AccountRepository.h"
#include "pop3/Pop3Session.h"
#include "store/Store.h"
#include "sync/pop3/Pop3Download.h"

#include "QtCatch.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

lb::net::ServerEndpoint plainEndpoint(quint16 port)
{
    lb::net::ServerEndpoint e;
    e.host = u"127.0.0.1"_s;
    e.port = port;
    e.tlsMode = lb::net::TlsMode::None;
    return e;
}

QByteArray smallMessage(int index)
{
    return "From: carol@example.org\r\nSubject: note " + QByteArray::number(index) +
           "\r\nMessage-ID: <note" + QByteArray::number(index) + "@example.org>\r\n\r\nHi\r\n";
}

} // namespace

TEST_CASE("keepAlive sends NOOP only after the session was idle longer than the limit", "[pop3]")
{
    lb::test::FakePop3Server server({});
    auto log = std::make_shared<lb::net::ProtocolLog>();
    auto clock = std::chrono::steady_clock::now();
    lb::pop3::SessionOptions options;
    options.clock = [&clock] { return clock; };
    lb::pop3::Pop3Session session(options);
    session.connection().setProtocolLog(log, u"fake"_s);
    REQUIRE(session.open(plainEndpoint(server.port())).ok());
    REQUIRE(session.login(u"carol"_s, u"carol-secret"_s).ok());

    clock += 29s;
    REQUIRE(session.keepAlive().ok());
    CHECK(log->toText().count(u"C: NOOP"_s) == 0);

    clock += 2s; // 31 s since the login's last reply
    REQUIRE(session.keepAlive().ok());
    CHECK(log->toText().count(u"C: NOOP"_s) == 1);
    REQUIRE(session.keepAlive().ok()); // the NOOP itself was an exchange
    CHECK(log->toText().count(u"C: NOOP"_s) == 1);

    clock += 5min;
    REQUIRE(session.keepAlive().ok());
    CHECK(log->toText().count(u"C: NOOP"_s) == 2);
    REQUIRE(session.quit().ok());
}

TEST_CASE("A download whose local steps take long sends NOOP before downloading and deleting",
          "[pop3]")
{
    lb::test::FakePop3Server server({});
    server.add(smallMessage(1));
    server.add(smallMessage(2));
    QTemporaryDir dir;
    auto store = lb::store::Store::open(dir.filePath(u"c.db"_s));
    REQUIRE(store.ok());
    lb::accounts::AccountSettings settings;
    settings.name = u"Fake"_s;
    settings.protocol = lb::accounts::Protocol::Pop3;
    settings.email = u"carol@example.org"_s;
    settings.incoming.host = u"127.0.0.1"_s;
    settings.incoming.port = server.port();
    settings.incoming.tls = lb::net::TlsMode::None;
    settings.incoming.user = u"carol"_s;
    settings.pop3.leaveOnServer = false;
    auto account = lb::accounts::AccountRepository(*store).add(settings);
    REQUIRE(account.ok());
    auto log = std::make_shared<lb::net::ProtocolLog>();
    lb::sync::SyncRequest request;
    request.account = *account;
    request.settings = settings;
    request.password = u"carol-secret"_s;
    request.store = &*store;
    request.log = log;

    // Every reading of the clock is 40 s after the last: each local step looks slow.
    auto clock = std::chrono::steady_clock::now();
    lb::sync::pop3::EngineOptions options;
    options.session.clock = [&clock] { return clock += 40s; };
    auto report = lb::sync::pop3::downloadMail(request, options);
    REQUIRE(report.ok());
    CHECK(report->newMessages == 2);
    CHECK(report->deletedOnServer == 2);
    const QString text = log->toText();
    const auto firstNoop = text.indexOf(u"C: NOOP"_s);
    REQUIRE(firstNoop >= 0);
    CHECK(firstNoop < text.indexOf(u"C: RETR"_s));
    CHECK(text.lastIndexOf(u"C: NOOP"_s) < text.indexOf(u"C: DELE"_s));
    CHECK(text.count(u"C: NOOP"_s) == 2);

    // A clock that stands still: no NOOP at all.
    server.add(smallMessage(3));
    auto quickLog = std::make_shared<lb::net::ProtocolLog>();
    request.log = quickLog;
    options.session.clock = [&clock] { return clock; };
    auto quick = lb::sync::pop3::downloadMail(request, options);
    REQUIRE(quick.ok());
    CHECK(quick->newMessages == 1);
    CHECK(quickLog->toText().count(u"C: NOOP"_s) == 0);
}
