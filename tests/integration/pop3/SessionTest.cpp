// SPDX-License-Identifier: GPL-3.0-or-later
// Pop3Session against a real Dovecot: TLS modes, login methods, errors and every command.
#include "Pop3Fixture.h"

#include "pop3/Pop3Session.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;
using lb::pop3::AuthMethod;
using lb::pop3::MessageNumber;
using lb::pop3::Pop3Session;
using lb::pop3::SessionOptions;

namespace {

struct Logged
{
    std::shared_ptr<lb::net::ProtocolLog> log = std::make_shared<lb::net::ProtocolLog>(2000);
    [[nodiscard]] QString text() const { return log->toText(); }
};

lb::Result<void> openAndLogin(Pop3Session &session, lb::test::TestServers &servers,
                              lb::net::TlsMode mode, const QString &password, Logged &logged)
{
    session.connection().setProtocolLog(logged.log, u"pop3 test"_s);
    if (auto opened = session.open(servers.pop3Endpoint(mode)); !opened)
        return opened;
    return session.login(servers.user(0).name, password);
}

} // namespace

TEST_CASE("POP3S logs in with AUTH PLAIN and keeps the password out of the log", "[pop3]")
{
    lb::test::Pop3Fixture f;
    Pop3Session session;
    Logged logged;
    const auto done = openAndLogin(session, f.servers(), lb::net::TlsMode::Implicit,
                                   f.request().password, logged);
    REQUIRE(done.ok());
    CHECK(session.authMethod() == AuthMethod::SaslPlain);
    CHECK(session.connection().isEncrypted());
    CHECK(session.capabilities().pipelining);
    CHECK(session.state() == lb::pop3::State::Transaction);
    CHECK(logged.text().contains(u"AUTH PLAIN"_s));
    CHECK_FALSE(logged.text().contains(f.request().password));
    REQUIRE(session.quit().ok());
}

TEST_CASE("STLS upgrades the plaintext port before USER/PASS, and CAPA is asked again", "[pop3]")
{
    lb::test::Pop3Fixture f;
    Pop3Session session(SessionOptions{.onlyAuth = AuthMethod::UserPass});
    Logged logged;
    const auto done = openAndLogin(session, f.servers(), lb::net::TlsMode::StartTls,
                                   f.request().password, logged);
    REQUIRE(done.ok());
    CHECK(session.connection().isEncrypted());
    CHECK(session.authMethod() == AuthMethod::UserPass);
    const QString text = logged.text();
    CHECK(text.count(u"C: CAPA"_s) == 2);
    CHECK(text.indexOf(u"C: STLS"_s) < text.indexOf(u"C: USER"_s));
    CHECK_FALSE(text.contains(f.request().password));
    CHECK_FALSE(session.capabilities().stls); // Dovecot stops offering STLS once it is active
    REQUIRE(session.quit().ok());
}

TEST_CASE("Plaintext USER/PASS only when TLS mode None was chosen", "[pop3]")
{
    lb::test::Pop3Fixture f;
    Pop3Session session(SessionOptions{.onlyAuth = AuthMethod::UserPass});
    Logged logged;
    REQUIRE(openAndLogin(session, f.servers(), lb::net::TlsMode::None, f.request().password, logged)
                .ok());
    CHECK_FALSE(session.connection().isEncrypted());
    CHECK(session.authMethod() == AuthMethod::UserPass);
    CHECK_FALSE(logged.text().contains(f.request().password));
    REQUIRE(session.quit().ok());
}

TEST_CASE("STLS chosen but not offered is an error and no login is sent", "[pop3]")
{
    lb::test::Pop3Fixture f(lb::test::TestServersOptions::withoutStartTls());
    Pop3Session session;
    Logged logged;
    const auto done = openAndLogin(session, f.servers(), lb::net::TlsMode::StartTls,
                                   f.request().password, logged);
    REQUIRE_FALSE(done.ok());
    CHECK(done.error().message == lb::net::starttlsNotOffered(u"127.0.0.1"_s).message);
    const QString text = logged.text();
    CHECK(text.contains(u"C: CAPA"_s));
    CHECK_FALSE(text.contains(u"C: USER"_s));
    CHECK_FALSE(text.contains(u"C: AUTH"_s));
    CHECK_FALSE(text.contains(u"C: PASS"_s));
    CHECK_FALSE(text.contains(u"C: APOP"_s));
}

TEST_CASE("A wrong password is an account error with the server's words", "[pop3]")
{
    lb::test::Pop3Fixture f;
    for (const AuthMethod method : {AuthMethod::SaslPlain, AuthMethod::UserPass}) {
        Pop3Session session(SessionOptions{.onlyAuth = method});
        Logged logged;
        const auto done = openAndLogin(session, f.servers(), lb::net::TlsMode::Implicit,
                                       u"not-the-password"_s, logged);
        REQUIRE_FALSE(done.ok());
        CHECK(done.error().scope == lb::ErrorScope::Account);
        CHECK(done.error().remedy == lb::Remedy::AskUser);
        CHECK(done.error().message == u"The server refused the user name or password."_s);
        CHECK_FALSE(done.error().serverText.isEmpty());
    }
}

TEST_CASE("APOP is refused when the greeting offers no timestamp", "[pop3]")
{
    // Dovecot puts a timestamp in its greeting only with the apop mechanism enabled.
    lb::test::TestServersOptions options{.smtp = false};
    options.dovecotOptions.authMechanisms = u"plain login"_s;
    lb::test::Pop3Fixture f(options);
    Pop3Session session(SessionOptions{.onlyAuth = AuthMethod::Apop});
    Logged logged;
    const auto done = openAndLogin(session, f.servers(), lb::net::TlsMode::Implicit,
                                   f.request().password, logged);
    REQUIRE_FALSE(done.ok());
    CHECK(done.error().message.contains(u"APOP"_s));
    CHECK_FALSE(logged.text().contains(u"C: APOP"_s));
}

TEST_CASE("STAT, LIST, UIDL, TOP, RETR, DELE, RSET, NOOP and QUIT", "[pop3]")
{
    lb::test::Pop3Fixture f;
    for (int i = 1; i <= 3; ++i)
        f.deliver(i);
    {
        Pop3Session session;
        Logged logged;
        REQUIRE(openAndLogin(session, f.servers(), lb::net::TlsMode::Implicit, f.request().password,
                             logged)
                    .ok());
        auto stat = session.stat();
        REQUIRE(stat.ok());
        CHECK(stat->count == 3);
        auto list = session.list();
        REQUIRE(list.ok());
        REQUIRE(list->entries.size() == 3);
        std::uint64_t octets = 0;
        for (const auto &e : list->entries)
            octets += e.octets;
        CHECK(octets == stat->octets);
        auto ids = session.uidl();
        REQUIRE(ids.ok());
        CHECK(ids->entries.size() == 3);
        auto header = session.top(MessageNumber{2}, 0);
        REQUIRE(header.ok());
        CHECK(header->contains("Message-ID: <msg2.pop3test@example.org>"));
        CHECK_FALSE(header->contains("Hello Alice"));
        auto whole = session.retr(MessageNumber{2});
        REQUIRE(whole.ok());
        CHECK(*whole == lb::test::sampleMessage(2));
        CHECK(qsizetype(list->entries[1].octets) == whole->size());
        CHECK_FALSE(session.retr(MessageNumber{9}).ok()); // -ERR keeps the session usable
        REQUIRE(session.noop().ok());
        REQUIRE(session.dele(MessageNumber{1}).ok());
        REQUIRE(session.rset().ok());
        REQUIRE(session.quit().ok());
    }
    CHECK(f.serverCount() == 3); // RSET undid the deletion
    {
        Pop3Session session;
        Logged logged;
        REQUIRE(openAndLogin(session, f.servers(), lb::net::TlsMode::Implicit, f.request().password,
                             logged)
                    .ok());
        REQUIRE(session.dele(MessageNumber{1}).ok());
        session.close(); // no QUIT: the server deletes nothing (RFC 1939 section 6)
    }
    CHECK(f.serverCount() == 3);
    {
        Pop3Session session;
        Logged logged;
        REQUIRE(openAndLogin(session, f.servers(), lb::net::TlsMode::Implicit, f.request().password,
                             logged)
                    .ok());
        const std::vector<MessageNumber> numbers{MessageNumber{1}, MessageNumber{3}};
        auto refused = session.deleteMany(numbers);
        REQUIRE(refused.ok());
        CHECK(refused->empty());
        REQUIRE(session.quit().ok());
    }
    CHECK(f.serverCount() == 1);
}

TEST_CASE("Pipelined and one-at-a-time batches give the same bytes", "[pop3]")
{
    lb::test::Pop3Fixture f;
    for (int i = 1; i <= 5; ++i)
        f.deliver(i);
    std::vector<Pop3Session::Fetch> requests;
    for (std::uint32_t n = 1; n <= 5; ++n)
        requests.push_back({MessageNumber{n}, n == 3 ? 0 : -1, 0});
    QList<QByteArray> results[2];
    QString logs[2];
    for (int pipelined = 0; pipelined < 2; ++pipelined) {
        Pop3Session session(SessionOptions{.usePipelining = pipelined == 1, .pipelineWindow = 3});
        Logged logged;
        REQUIRE(openAndLogin(session, f.servers(), lb::net::TlsMode::Implicit, f.request().password,
                             logged)
                    .ok());
        CHECK(session.pipelining() == (pipelined == 1));
        auto done = session.fetchMany(requests, [&](MessageNumber, lb::Result<QByteArray> raw) {
            REQUIRE(raw.ok());
            results[pipelined] << *raw;
            return lb::Result<void>(lb::Ok{});
        });
        REQUIRE(done.ok());
        REQUIRE(session.quit().ok());
        logs[pipelined] = logged.text();
    }
    CHECK(results[0] == results[1]);
    REQUIRE(results[0].size() == 5);
    CHECK(results[0][0] == lb::test::sampleMessage(1));
    CHECK(results[0][2].startsWith("From:"));
    CHECK_FALSE(results[0][2].contains("Hello Alice"));
    // Pipelined: a second RETR goes out before the first reply comes back.
    const auto sentBeforeReply = [](const QString &log) {
        const qsizetype first = log.indexOf(u"C: RETR 1"_s);
        const qsizetype second = log.indexOf(u"C: RETR 2"_s);
        const qsizetype reply = log.indexOf(u"S: +OK"_s, first);
        return second < reply;
    };
    CHECK(sentBeforeReply(logs[1]));
    CHECK_FALSE(sentBeforeReply(logs[0]));
}
