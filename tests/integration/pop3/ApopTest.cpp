// SPDX-License-Identifier: GPL-3.0-or-later
// APOP (RFC 1939 section 7) against a real Dovecot whose passdb keeps plain passwords.
#include "Pop3Fixture.h"

#include "pop3/Pop3Session.h"
#include "sync/pop3/Pop3Download.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;
using lb::pop3::AuthMethod;
using lb::pop3::Pop3Session;
using lb::pop3::SessionOptions;

TEST_CASE("APOP logs in to Dovecot when the account asks for it, and a wrong password fails",
          "[pop3]")
{
    lb::test::Pop3Fixture f;
    auto log = std::make_shared<lb::net::ProtocolLog>();
    {
        Pop3Session session(SessionOptions{.onlyAuth = AuthMethod::Apop});
        session.connection().setProtocolLog(log, u"pop3 test"_s);
        REQUIRE(session.open(f.servers().pop3Endpoint(lb::net::TlsMode::None)).ok());
        REQUIRE(session.greeting().apopTimestamp.has_value());
        const auto done = session.login(f.servers().user(0).name, f.request().password);
        if (!done)
            FAIL(done.error().toString().toStdString());
        CHECK(session.authMethod() == AuthMethod::Apop);
        CHECK(session.state() == lb::pop3::State::Transaction);
        REQUIRE(session.stat().ok());
        REQUIRE(session.quit().ok());
    }
    const QString text = log->toText();
    CHECK(text.contains(u"C: APOP alice <redacted>"_s));
    CHECK_FALSE(text.contains(f.request().password));
    CHECK_FALSE(text.contains(u"C: USER"_s));
    CHECK_FALSE(text.contains(u"C: AUTH"_s));

    Pop3Session wrong(SessionOptions{.onlyAuth = AuthMethod::Apop});
    REQUIRE(wrong.open(f.servers().pop3Endpoint(lb::net::TlsMode::None)).ok());
    const auto refused = wrong.login(f.servers().user(0).name, u"not-the-password"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().scope == lb::ErrorScope::Account);
}

TEST_CASE("The engine downloads over POP3S with APOP pinned", "[pop3]")
{
    lb::test::Pop3Fixture f;
    f.deliver(1);
    f.deliver(2);
    auto log = std::make_shared<lb::net::ProtocolLog>();
    f.request().log = log;
    lb::sync::pop3::EngineOptions options;
    options.session.onlyAuth = AuthMethod::Apop;
    auto report = lb::sync::pop3::downloadMail(f.request(), options);
    if (!report)
        FAIL(report.error().toString().toStdString());
    CHECK(report->newMessages == 2);
    CHECK(log->toText().contains(u"C: APOP"_s));
}

TEST_CASE("APOP is chosen by itself when it is the only login the server offers", "[pop3]")
{
    lb::test::TestServersOptions options{.smtp = false};
    options.dovecotOptions.tls = false;
    options.dovecotOptions.authMechanisms = u"apop"_s;
    lb::test::Pop3Fixture f(options);
    f.deliver(1);
    auto log = std::make_shared<lb::net::ProtocolLog>();
    {
        Pop3Session session;
        session.connection().setProtocolLog(log, u"pop3 test"_s);
        REQUIRE(session.open(f.servers().pop3Endpoint(lb::net::TlsMode::None)).ok());
        CHECK_FALSE(session.capabilities().supportsSasl("PLAIN"));
        const auto done = session.login(f.servers().user(0).name, f.request().password);
        if (!done)
            FAIL(done.error().toString().toStdString());
        CHECK(session.authMethod() == AuthMethod::Apop);
        REQUIRE(session.quit().ok());
    }
    CHECK_FALSE(log->toText().contains(f.request().password));
    auto report = lb::sync::pop3::downloadMail(f.request());
    if (!report)
        FAIL(report.error().toString().toStdString());
    CHECK(report->newMessages == 1);
}
