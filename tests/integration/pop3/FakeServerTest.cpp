// SPDX-License-Identifier: GPL-3.0-or-later
// What Dovecot does not do: APOP, no UIDL (header digests), no CAPA, dot-stuffed bodies.
#include "FakePop3Server.h"

#include "accounts/AccountRepository.h"
#include "pop3/Pop3Session.h"
#include "store/Store.h"
#include "sync/pop3/Pop3Download.h"

#include "QtCatch.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

lb::net::ServerEndpoint plainEndpoint(quint16 port)
{
    lb::net::ServerEndpoint e;
    e.host = u"127.0.0.1"_s;
    e.port = port;
    e.tlsMode = lb::net::TlsMode::None;
    return e;
}

QByteArray dottedMessage(int index)
{
    return "From: carol@example.org\r\nSubject: dots " + QByteArray::number(index) +
           "\r\nMessage-ID: <dots" + QByteArray::number(index) +
           "@example.org>\r\n\r\n.leading dot\r\n..two dots\r\n.\r\nend\r\n";
}

} // namespace

TEST_CASE("APOP is chosen when the greeting has a timestamp and SASL PLAIN is not offered",
          "[pop3]")
{
    lb::test::FakePop3Server server({});
    auto log = std::make_shared<lb::net::ProtocolLog>();
    {
        lb::pop3::Pop3Session session;
        session.connection().setProtocolLog(log, u"fake"_s);
        REQUIRE(session.open(plainEndpoint(server.port())).ok());
        REQUIRE(session.greeting().apopTimestamp.has_value());
        REQUIRE(session.login(u"carol"_s, u"carol-secret"_s).ok());
        CHECK(session.authMethod() == lb::pop3::AuthMethod::Apop);
        REQUIRE(session.quit().ok());
    }
    CHECK(log->toText().contains(u"C: APOP carol"_s));
    CHECK_FALSE(log->toText().contains(u"C: USER"_s));
    {
        lb::pop3::Pop3Session session;
        REQUIRE(session.open(plainEndpoint(server.port())).ok());
        const auto refused = session.login(u"carol"_s, u"wrong"_s);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().scope == lb::ErrorScope::Account);
        CHECK(refused.error().serverText.contains(u"[AUTH]"_s));
    }
    {
        lb::pop3::Pop3Session session(lb::pop3::SessionOptions{.allowApop = false});
        REQUIRE(session.open(plainEndpoint(server.port())).ok());
        REQUIRE(session.login(u"carol"_s, u"carol-secret"_s).ok());
        CHECK(session.authMethod() == lb::pop3::AuthMethod::UserPass);
    }
}

TEST_CASE("Without UIDL, messages are keyed by their headers: no duplicates, deletes work",
          "[pop3]")
{
    lb::test::FakePop3Server server({});
    for (int i = 1; i <= 3; ++i)
        server.add(dottedMessage(i));
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
    auto account = lb::accounts::AccountRepository(*store).add(settings);
    REQUIRE(account.ok());
    lb::sync::SyncRequest request;
    request.account = *account;
    request.settings = settings;
    request.password = u"carol-secret"_s;
    request.store = &*store;

    auto first = lb::sync::pop3::downloadMail(request);
    REQUIRE(first.ok());
    CHECK(first->newMessages == 3);
    CHECK(first->warnings.join(u' ').contains(u"UIDL"_s));
    auto rows = store->messagesByMessageId(u"dots2@example.org"_s);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().record.uidl.startsWith(u"hdr:"_s));
    CHECK(store->body(rows->front().id)->value() == dottedMessage(2)); // dots unstuffed

    server.add(dottedMessage(4));
    auto second = lb::sync::pop3::downloadMail(request);
    REQUIRE(second.ok());
    CHECK(second->newMessages == 1);

    request.settings.pop3.leaveOnServer = false;
    auto third = lb::sync::pop3::downloadMail(request);
    REQUIRE(third.ok());
    CHECK(third->newMessages == 0);
    CHECK(third->deletedOnServer == 4);
    CHECK(server.messages().isEmpty());
    CHECK(store->counts(rows->front().folder)->total == 4);
}
