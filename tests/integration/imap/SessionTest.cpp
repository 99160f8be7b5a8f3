// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession against a real Dovecot: TLS modes, authentication and its errors, folder
// listing, pipelined commands, the fallbacks without extensions, IDLE and cancel.
#include "ImapTestSupport.h"

#include "QtCatch.h"

#include <QElapsedTimer>

#include <thread>

using namespace Qt::Literals::StringLiterals;
using lb::imap::AuthMethod;
using lb::imap::Session;
using lb::imap::SessionOptions;
using lb::imap::SessionState;
using lb::net::TlsMode;
using lb::test::loggedInSession;
using lb::test::requireStarted;
using lb::test::sampleMessage;
using lb::test::TestServers;
using lb::test::TestServersOptions;

namespace {

bool sentLineContains(const lb::net::ProtocolLog &log, const QByteArray &needle)
{
    for (const auto &entry : log.entries()) {
        if (entry.direction == lb::net::ProtocolLog::Direction::Sent && entry.text.contains(needle))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("ImapSession logs in over implicit TLS, STARTTLS and plaintext", "[integration]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    const auto user = servers.user();
    for (TlsMode mode : {TlsMode::Implicit, TlsMode::StartTls, TlsMode::None}) {
        INFO("mode " << lb::net::toString(mode).toStdString());
        Session session;
        const auto connected = session.connect(servers.imapEndpoint(mode));
        REQUIRE(connected.ok());
        CHECK(session.connection().isEncrypted() == (mode != TlsMode::None));
        if (mode == TlsMode::StartTls) // capabilities were read again after the upgrade
            CHECK_FALSE(session.capabilities().has("STARTTLS"));
        REQUIRE(session.login(user.name, user.password).ok());
        CHECK(session.state() == SessionState::Authenticated);
        CHECK(session.capabilities().has("IMAP4REV1"));
        session.logout();
        CHECK(session.state() == SessionState::Disconnected);
    }
}

TEST_CASE("ImapSession refuses STARTTLS that is not offered and sends no password", "[integration]")
{
    TestServersOptions options = TestServersOptions::withoutStartTls();
    options.smtp = false;
    TestServers servers(options);
    requireStarted(servers);
    auto log = std::make_shared<lb::net::ProtocolLog>();
    Session session(SessionOptions{.log = log, .logLabel = u"imap test"_s});
    const auto connected = session.connect(servers.imapEndpoint(TlsMode::StartTls));
    REQUIRE_FALSE(connected.ok());
    REQUIRE(session.lastNetError().has_value());
    CHECK(session.lastNetError()->kind == lb::net::NetErrorKind::StartTlsNotOffered);
    CHECK(session.state() == SessionState::Disconnected);
    const auto user = servers.user();
    CHECK_FALSE(session.login(user.name, user.password).ok());
    INFO(log->toText().toStdString());
    CHECK_FALSE(sentLineContains(*log, "LOGIN"));
    CHECK_FALSE(sentLineContains(*log, "AUTHENTICATE"));
    CHECK_FALSE(sentLineContains(*log, "STARTTLS"));
}

TEST_CASE("ImapSession says when the password is wrong, and never logs it", "[integration]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    const auto user = servers.user();
    for (AuthMethod method : {AuthMethod::Login, AuthMethod::Plain}) {
        auto log = std::make_shared<lb::net::ProtocolLog>();
        Session session(SessionOptions{.log = log});
        REQUIRE(session.connect(servers.imapEndpoint(TlsMode::Implicit)).ok());
        const auto refused = session.login(user.name, u"wrong-password"_s, method);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().scope == lb::ErrorScope::Account);
        CHECK(refused.error().remedy == lb::Remedy::AskUser);
        CHECK(refused.error().message.contains(u"password"_s));
        CHECK(refused.error().serverText.contains(u"Authentication failed"_s));
        REQUIRE(session.login(user.name, user.password, method).ok());
        INFO(log->toText().toStdString());
        CHECK_FALSE(log->toText().contains(user.password));
        CHECK_FALSE(log->toText().contains(u"wrong-password"_s));
        CHECK(sentLineContains(*log, method == AuthMethod::Login ? "LOGIN" : "AUTHENTICATE"));
    }
}

TEST_CASE("ImapSession lists folders with special-use and subscription, with and without "
          "LIST-EXTENDED",
          "[integration]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    const auto user = servers.user();
    REQUIRE(servers.dovecot()
                .doveadm({u"mailbox"_s, u"create"_s, u"-u"_s, user.name, u"Unsubscribed"_s})
                .ok());
    for (bool extended : {true, false}) {
        INFO("LIST-EXTENDED " << extended);
        SessionOptions options;
        if (!extended)
            options.hiddenCapabilities = {"LIST-EXTENDED"};
        auto session = loggedInSession(servers, options);
        const auto list = session->listMailboxes();
        REQUIRE(list.ok());
        QMap<QString, lb::imap::ListData> byName;
        for (const auto &entry : *list)
            byName[entry.mailbox.text] = entry;
        REQUIRE(byName.contains(u"INBOX"_s));
        REQUIRE(byName.contains(u"Sent"_s));
        REQUIRE(byName.contains(u"Unsubscribed"_s));
        CHECK(byName[u"Sent"_s].delimiter == '/');
        CHECK(byName[u"Sent"_s].attributes.testFlag(lb::imap::MailboxAttribute::Subscribed));
        CHECK(byName[u"Trash"_s].attributes.testFlag(lb::imap::MailboxAttribute::Trash));
        CHECK(byName[u"Sent"_s].attributes.testFlag(lb::imap::MailboxAttribute::Sent));
        CHECK_FALSE(
            byName[u"Unsubscribed"_s].attributes.testFlag(lb::imap::MailboxAttribute::Subscribed));
    }
}

TEST_CASE("ImapSession pipelines fetches and moves, with MOVE and with COPY + UID EXPUNGE",
          "[integration]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    const auto user = servers.user();
    for (int i = 1; i <= 6; ++i)
        REQUIRE(servers.dovecot().deliver(user.name, u"INBOX"_s, sampleMessage(i)).ok());
    for (bool move : {true, false}) {
        INFO("MOVE " << move);
        SessionOptions options;
        if (!move)
            options.hiddenCapabilities = {"MOVE"};
        auto session = loggedInSession(servers, options);
        REQUIRE(session->enable({"QRESYNC"}).ok());
        const auto selected = session->select(u"INBOX"_s, {.condstore = true});
        REQUIRE(selected.ok());
        CHECK(selected->exists == (move ? 6u : 5u));
        CHECK(selected->uidValidity.isValid());
        CHECK(selected->highestModSeq.isValid());

        // Three FETCH commands in flight at once; each gets its own answer.
        auto &cmd = session->commands();
        QList<QByteArray> tags;
        for (std::uint32_t uid : {1u, 2u, 3u}) {
            const auto sent = session->send(cmd.uidFetch(
                lb::imap::SequenceSet::single(uid + (move ? 0 : 3)), "(UID ENVELOPE)"));
            REQUIRE(sent.ok());
            tags << *sent;
        }
        for (qsizetype i = tags.size(); i-- > 0;) { // completions are read in any order
            const auto done = session->wait(tags[i]);
            REQUIRE(done.ok());
            REQUIRE(done->ok());
            const auto fetched = done->all<lb::imap::FetchData>();
            REQUIRE(fetched.size() == 1);
            CHECK(fetched.front().uid->value == std::uint32_t(i + 1 + (move ? 0 : 3)));
        }
        const auto first = session->uidSearch("ALL");
        REQUIRE(first.ok());
        const auto moved =
            session->uidMove(lb::imap::SequenceSet::single(first->front()), u"Archive"_s);
        REQUIRE(moved.ok());
        CHECK(*moved == lb::imap::MoveOutcome::Moved);
        const auto after = session->uidSearch("ALL");
        REQUIRE(after.ok());
        CHECK(after->size() == first->size() - 1);
        CHECK_FALSE(after->contains(first->front()));
        session->logout();
    }
    const auto archived = servers.dovecot().messages(user.name, u"Archive"_s);
    REQUIRE(archived.ok());
    CHECK(archived->size() == 2);
}

TEST_CASE("ImapSession appends with a literal, creates, renames and deletes folders",
          "[integration]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    for (bool literalPlus : {true, false}) {
        INFO("LITERAL+ " << literalPlus);
        SessionOptions options;
        if (!literalPlus)
            options.hiddenCapabilities = {"LITERAL+"};
        auto session = loggedInSession(servers, options);
        const QString name = literalPlus ? u"Projekte/Größe"_s : u"Work"_s;
        REQUIRE(session->createMailbox(name).ok());
        const auto appended = session->append(name, sampleMessage(42), {"\\Seen"});
        REQUIRE(appended.ok());
        CHECK(appended->uid.value == 1u);
        REQUIRE(session->renameMailbox(name, name + u"-old"_s).ok());
        const auto selected = session->select(name + u"-old"_s);
        REQUIRE(selected.ok());
        CHECK(selected->exists == 1u);
        const auto fetched = session->uidFetch(lb::imap::SequenceSet::single(1), "(FLAGS)");
        REQUIRE(fetched.ok());
        REQUIRE(fetched->size() == 1);
        CHECK(fetched->front().flags->contains("\\Seen"));
        REQUIRE(session->deleteMailbox(name + u"-old"_s).ok());
        const auto list = session->listMailboxes();
        INFO((list.ok() ? QString() : list.error().toString()).toStdString());
        REQUIRE(list.ok());
        for (const auto &entry : *list)
            CHECK_FALSE(entry.mailbox.text.startsWith(name));
    }
}

TEST_CASE("ImapSession IDLE wakes on new mail and stops promptly on cancel", "[integration]")
{
    TestServers servers({.smtp = false});
    requireStarted(servers);
    const auto user = servers.user();
    std::atomic<bool> cancel{false};
    auto session = loggedInSession(servers, SessionOptions{.cancel = &cancel});
    REQUIRE(session->select(u"INBOX"_s).ok());
    std::thread delivery([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        (void)servers.dovecot().deliver(user.name, u"INBOX"_s, sampleMessage(7));
    });
    QElapsedTimer timer;
    timer.start();
    const auto idled = session->idle(std::chrono::seconds(20));
    delivery.join();
    REQUIRE(idled.ok());
    CHECK(timer.elapsed() < 10000);
    const auto changes = session->mailbox().takeChanges();
    CHECK(changes.existsGrew);
    CHECK(session->mailbox().exists() == 1u);

    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel.store(true);
    });
    timer.restart();
    const auto stopped = session->idle(std::chrono::seconds(20));
    stopper.join();
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().scope == lb::ErrorScope::Cancelled);
    CHECK(timer.elapsed() < 3000);
    CHECK(session->state() == SessionState::Selected); // DONE was sent and answered
}
