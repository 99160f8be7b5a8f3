// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"
#include "pop3/CommandBuilder.h"
#include "pop3/ReplyError.h"
#include "pop3/ReplyParser.h"
#include "pop3/SessionState.h"

using namespace lb::pop3;

TEST_CASE("POP3 command lines")
{
    struct Row
    {
        Command command;
        QByteArray line;
        ReplyKind reply;
    };
    const QList<Row> rows = {
        {CommandBuilder::capa(), "CAPA\r\n", ReplyKind::MultiLine},
        {CommandBuilder::stls(), "STLS\r\n", ReplyKind::SingleLine},
        {CommandBuilder::stat(), "STAT\r\n", ReplyKind::SingleLine},
        {CommandBuilder::list(), "LIST\r\n", ReplyKind::MultiLine},
        {CommandBuilder::list(MessageNumber(3)), "LIST 3\r\n", ReplyKind::SingleLine},
        {CommandBuilder::uidl(), "UIDL\r\n", ReplyKind::MultiLine},
        {CommandBuilder::uidl(MessageNumber(4)), "UIDL 4\r\n", ReplyKind::SingleLine},
        {CommandBuilder::top(MessageNumber(5), 10), "TOP 5 10\r\n", ReplyKind::MultiLine},
        {CommandBuilder::top(MessageNumber(5), 0), "TOP 5 0\r\n", ReplyKind::MultiLine},
        {CommandBuilder::retr(MessageNumber(4294967295u)), "RETR 4294967295\r\n",
         ReplyKind::MultiLine},
        {CommandBuilder::dele(MessageNumber(1)), "DELE 1\r\n", ReplyKind::SingleLine},
        {CommandBuilder::rset(), "RSET\r\n", ReplyKind::SingleLine},
        {CommandBuilder::noop(), "NOOP\r\n", ReplyKind::SingleLine},
        {CommandBuilder::quit(), "QUIT\r\n", ReplyKind::SingleLine},
        {*CommandBuilder::user(QStringLiteral("mrose")), "USER mrose\r\n", ReplyKind::SingleLine},
        {*CommandBuilder::pass(QStringLiteral("secret with spaces")), "PASS secret with spaces\r\n",
         ReplyKind::SingleLine},
    };
    for (const Row &row : rows) {
        INFO(row.line.toStdString());
        CHECK(row.command.line == row.line);
        CHECK(row.command.reply == row.reply);
    }
}

TEST_CASE("POP3 arguments with line breaks are refused")
{
    CHECK(!CommandBuilder::user(QStringLiteral("bob\r\nDELE 1")).ok());
    CHECK(!CommandBuilder::user(QString()).ok());
    CHECK(!CommandBuilder::pass(QStringLiteral("pw\nQUIT")).ok());
    CHECK(!CommandBuilder::pass(QStringLiteral("pw\rx")).ok());
    CHECK(!CommandBuilder::apop(QStringLiteral("a b"), "<1@x>", QStringLiteral("s")).ok());
    CHECK(!CommandBuilder::apop(QStringLiteral("ab"), "<1@x>\r\n", QStringLiteral("s")).ok());
    CHECK(!CommandBuilder::authPlain(QString::fromLatin1("us\0er", 5), QStringLiteral("p")).ok());
    const auto refused = CommandBuilder::pass(QStringLiteral("a\nb"));
    CHECK(refused.error().remedy == lb::Remedy::AskUser);
}

TEST_CASE("APOP digest matches the RFC 1939 example")
{
    const QByteArray timestamp = "<1896.697170952@dbc.mtview.ca.us>";
    CHECK(CommandBuilder::apopDigest(timestamp, "tanstaaf") == "c4c9334bac560ecc979e58001b3e22fb");
    const auto apop =
        CommandBuilder::apop(QStringLiteral("mrose"), timestamp, QStringLiteral("tanstaaf"));
    REQUIRE(apop.ok());
    CHECK(apop->line == "APOP mrose c4c9334bac560ecc979e58001b3e22fb\r\n");
    CHECK(apop->sensitive);
    CHECK(apop->forLog() == "APOP mrose <redacted>");
}

TEST_CASE("AUTH PLAIN initial response")
{
    CHECK(CommandBuilder::plainMessage("", "user", "pass") == QByteArray("\0user\0pass", 10));
    const auto auth = CommandBuilder::authPlain(QStringLiteral("user"), QStringLiteral("pass"));
    REQUIRE(auth.ok());
    CHECK(auth->line == "AUTH PLAIN AHVzZXIAcGFzcw==\r\n");
    CHECK(!auth->saslContinuation);
    CHECK(auth->forLog() == "AUTH PLAIN <redacted>");

    const auto withAuthz = CommandBuilder::authPlain(
        QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"), QStringLiteral("admin"));
    CHECK(withAuthz->line == "AUTH PLAIN YWRtaW4AdGltAHRhbnN0YWFmdGFuc3RhYWY=\r\n");

    const auto utf8 =
        CommandBuilder::authPlain(QStringLiteral("j\u00fcrgen"), QStringLiteral("p\u00e4ss"));
    CHECK(QByteArray::fromBase64(utf8->line.mid(11).chopped(2)) ==
          QByteArray("\0j\xc3\xbcrgen\0p\xc3\xa4ss", 14));
}

TEST_CASE("AUTH PLAIN too long for one line waits for the challenge")
{
    const QString password(300, QLatin1Char('p'));
    const auto auth = CommandBuilder::authPlain(QStringLiteral("user"), password);
    REQUIRE(auth.ok());
    CHECK(auth->line == "AUTH PLAIN\r\n");
    REQUIRE(auth->saslContinuation);
    CHECK(QByteArray::fromBase64(auth->saslContinuation->chopped(2)) ==
          CommandBuilder::plainMessage("", "user", password.toUtf8()));
    CHECK(CommandBuilder::saslResponse("").line == "=\r\n");
    CHECK(CommandBuilder::saslResponse("abc").line == "YWJj\r\n");
    CHECK(CommandBuilder::saslResponse("abc").forLog() == "<redacted>");
    CHECK(CommandBuilder::saslCancel().line == "*\r\n");
}

TEST_CASE("POP3 redaction hides secrets only")
{
    const QList<std::pair<QByteArray, QByteArray>> rows = {
        {"PASS hunter2\r\n", "PASS <redacted>"},
        {"pass two words\r\n", "pass <redacted>"},
        {"APOP mrose c4c9334bac560ecc979e58001b3e22fb\r\n", "APOP mrose <redacted>"},
        {"AUTH PLAIN AHVzZXIAcGFzcw==\r\n", "AUTH PLAIN <redacted>"},
        {"AUTH PLAIN\r\n", "AUTH PLAIN"},
        {"USER mrose\r\n", "USER mrose"},
        {"RETR 1\r\n", "RETR 1"},
        {"PASS\r\n", "PASS"},
    };
    for (const auto &[line, shown] : rows) {
        INFO(line.toStdString());
        CHECK(redactCommandLine(line) == shown);
    }
    const auto pass = CommandBuilder::pass(QStringLiteral("hunter2"));
    CHECK(pass->sensitive);
    CHECK(!pass->forLog().contains("hunter2"));
    CHECK(CommandBuilder::user(QStringLiteral("mrose"))->forLog() == "USER mrose");
}

TEST_CASE("POP3 session states follow RFC 1939")
{
    SessionStateMachine session;
    CHECK(session.state() == State::Authorization);
    CHECK(!session.check(Verb::Retr).ok());
    CHECK(!session.check(Verb::Pass).ok()); // no USER yet
    CHECK(session.check(Verb::Capa).ok());
    CHECK(session.check(Verb::Stls).ok());
    session.replied(Verb::Stls, Status::Ok);
    session.tlsStarted();
    CHECK(!session.check(Verb::Stls).ok());

    session.replied(Verb::User, Status::Ok);
    CHECK(session.check(Verb::Pass).ok());
    session.replied(Verb::Pass, Status::Err);
    CHECK(session.state() == State::Authorization);
    CHECK(!session.check(Verb::Pass).ok()); // USER again first

    session.replied(Verb::User, Status::Ok);
    session.replied(Verb::Pass, Status::Ok);
    CHECK(session.state() == State::Transaction);
    CHECK(session.check(Verb::Retr).ok());
    CHECK(session.check(Verb::Capa).ok());
    CHECK(!session.check(Verb::User).ok());
    CHECK(!session.check(Verb::Stls).ok());

    session.sent(Verb::Quit);
    CHECK(session.state() == State::Update);
    CHECK(!session.check(Verb::Noop).ok());
    session.replied(Verb::Quit, Status::Ok);
    CHECK(session.state() == State::Closed);
    CHECK(!session.check(Verb::Quit).ok());
}

TEST_CASE("POP3 SASL exchange states")
{
    SessionStateMachine session;
    CHECK(!session.check(Verb::SaslResponse).ok());
    session.sent(Verb::Auth);
    session.replied(Verb::Auth, Status::Continue);
    CHECK(session.check(Verb::SaslResponse).ok());
    session.replied(Verb::SaslResponse, Status::Ok);
    CHECK(session.state() == State::Transaction);
    CHECK(!session.check(Verb::SaslResponse).ok());

    SessionStateMachine early;
    early.sent(Verb::Quit);
    CHECK(early.state() == State::Authorization); // QUIT before login skips UPDATE
    early.replied(Verb::Quit, Status::Ok);
    CHECK(early.state() == State::Closed);
}

TEST_CASE("POP3 -ERR replies become sentences")
{
    struct Row
    {
        QByteArray line;
        Verb verb;
        lb::ErrorScope scope;
        lb::Remedy remedy;
        const char *contains;
    };
    using lb::ErrorScope;
    using lb::Remedy;
    const QList<Row> rows = {
        {"-ERR [AUTH] invalid password", Verb::Pass, ErrorScope::Account, Remedy::AskUser,
         "user name or password"},
        {"-ERR invalid password", Verb::Pass, ErrorScope::Account, Remedy::AskUser,
         "user name or password"},
        {"-ERR [IN-USE] locked", Verb::Pass, ErrorScope::Account, Remedy::RetryLater, "in use"},
        {"-ERR [LOGIN-DELAY] wait", Verb::Apop, ErrorScope::Account, Remedy::RetryLater,
         "every few minutes"},
        {"-ERR [SYS/TEMP] disk", Verb::Retr, ErrorScope::Connection, Remedy::RetryLater,
         "temporary"},
        {"-ERR [SYS/PERM] gone", Verb::Pass, ErrorScope::Account, Remedy::AskUser,
         "will not go away"},
        {"-ERR no such message", Verb::Retr, ErrorScope::Message, Remedy::RetryLater,
         "this message"},
        {"-ERR not now", Verb::Stls, ErrorScope::Connection, Remedy::AskUser, "encrypted"},
        {"-ERR some deleted messages not removed", Verb::Quit, ErrorScope::Account,
         Remedy::RetryLater, "stay on the server"},
        {"-ERR what", Verb::Stat, ErrorScope::Connection, Remedy::RetryLater, "refused a command"},
    };
    for (const Row &row : rows) {
        INFO(row.line.toStdString());
        const lb::Error error = translateStatus(*parseStatusLine(row.line), row.verb);
        CHECK(error.scope == row.scope);
        CHECK(error.remedy == row.remedy);
        CHECK(error.message.contains(QLatin1String(row.contains)));
    }
    const lb::Error coded = translateStatus(*parseStatusLine("-ERR [IN-USE] locked"), Verb::Pass);
    CHECK(coded.serverText == QStringLiteral("[IN-USE] locked"));
}
