// SPDX-License-Identifier: GPL-3.0-or-later
// The Outbox against a real aiosmtpd: committed before sending, delivered exactly once,
// kept with its reason on failure, and never sent again on its own after an interruption.
#include "TestServers.h"

#include "accounts/AccountRepository.h"
#include "mime/compose/MessageComposer.h"
#include "store/Store.h"
#include "sync/outbox/Outbox.h"

#include "QtCatch.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using lb::net::TlsMode;
using lb::store::OutboxRecipientState;
using lb::store::OutboxState;
using lb::sync::Outbox;
using lb::test::TestServers;

namespace {

template <typename T> T must(lb::Result<T> result)
{
    if (!result)
        FAIL(result.error().toString().toStdString());
    return std::move(result).value();
}

void must(const lb::Result<void> &result)
{
    if (!result)
        FAIL(result.error().toString().toStdString());
}

// A POP3 account (local Sent folder) whose SMTP server is the fixture's.
struct OutboxFixture
{
    explicit OutboxFixture(lb::test::TestServersOptions options = {.dovecot = false})
        : servers(std::move(options))
    {
        const auto started = servers.start();
        if (!started)
            FAIL(started.error().message.toStdString());
        REQUIRE(dir.isValid());
        store.emplace(must(lb::store::Store::open(dir.filePath(u"cache.sqlite"_s))));
        lb::accounts::AccountSettings settings;
        settings.name = u"work"_s;
        settings.protocol = lb::accounts::Protocol::Pop3;
        settings.email = u"alice@example.org"_s;
        settings.displayName = u"Alice Example"_s;
        settings.incoming = {u"127.0.0.1"_s, 995, TlsMode::Implicit, u"alice"_s, {}};
        const auto endpoint = servers.smtpEndpoint(TlsMode::StartTls);
        settings.smtp = lb::accounts::ServerSettings{endpoint.host, endpoint.port,
                                                     TlsMode::StartTls, u"alice"_s, endpoint.trust};
        account = must(lb::accounts::AccountRepository(*store).add(settings));
        request.account = account;
        request.settings = settings;
        request.password = servers.smtp().options().user.password;
        request.store = &*store;
    }

    lb::store::OutboxId enqueue(QStringList to, QString text = u"Hello.\n"_s)
    {
        lb::mime::OutgoingMessage message;
        message.from = {u"Alice Example"_s, u"alice@example.org"_s};
        for (const QString &address : to)
            message.to.push_back({{}, address});
        message.subject = u"Outbox test"_s;
        message.text = std::move(text);
        const auto composed = must(lb::mime::composeMessage(message));
        return must(Outbox(*store).enqueue(account, composed));
    }

    lb::sync::OutboxReport send() { return must(Outbox(*store).sendPending(request)); }

    std::optional<lb::store::OutboxEntry> entry(lb::store::OutboxId id)
    {
        return must(store->outboxEntry(id));
    }

    qsizetype receivedCount()
    {
        // Give the server a moment for anything still in flight, then count.
        return must(servers.smtp().waitForMessages(1000, std::chrono::milliseconds(300))).size();
    }

    std::vector<lb::store::MessageRow> sentCopies(const QString &messageId)
    {
        QString bare = messageId;
        bare.remove(u'<').remove(u'>');
        return must(store->messagesByMessageId(bare));
    }

    TestServers servers;
    QTemporaryDir dir;
    std::optional<lb::store::Store> store;
    lb::AccountId account;
    lb::sync::SyncRequest request;
};

} // namespace

TEST_CASE("Outbox: a queued message is committed first, sent once and filed in Sent",
          "[integration][outbox]")
{
    OutboxFixture f;
    const auto id = f.enqueue({u"bob@example.org"_s});
    const auto queued = f.entry(id);
    REQUIRE(queued.has_value());
    CHECK(queued->state == OutboxState::Queued);
    CHECK(queued->recipients.size() == 1);
    CHECK(f.receivedCount() == 0);

    const auto report = f.send();
    REQUIRE(report.items.size() == 1);
    CHECK(report.items.front().state == OutboxState::Sent);
    CHECK(report.items.front().acceptedBy == QStringList{u"bob@example.org"_s});
    CHECK(report.waiting == 0);
    CHECK_FALSE(f.entry(id).has_value());
    CHECK(f.receivedCount() == 1);

    const auto copies = f.sentCopies(queued->messageId);
    REQUIRE(copies.size() == 1);
    const auto folder = must(f.store->folder(copies.front().folder));
    REQUIRE(folder.has_value());
    CHECK(folder->role == lb::store::FolderRole::Sent);
    CHECK(folder->path == u"Sent"_s);
    CHECK(must(f.store->body(copies.front().id)).has_value());

    const auto again = f.send();
    CHECK(again.items.empty());
    CHECK(f.receivedCount() == 1);
}

TEST_CASE("Outbox: offline, the message waits and goes exactly once with the next send",
          "[integration][outbox]")
{
    OutboxFixture f;
    TestServers gone({.dovecot = false});
    REQUIRE(gone.start().ok());
    const quint16 deadPort = gone.smtp().submissionPort();
    gone.stop();
    const quint16 livePort = f.request.settings.smtp->port;
    f.request.settings.smtp->port = deadPort;

    const auto id = f.enqueue({u"bob@example.org"_s});
    const auto offline = f.send();
    CHECK_FALSE(offline.sessionError.isEmpty());
    REQUIRE(offline.items.size() == 1);
    CHECK(offline.items.front().state == OutboxState::Queued);
    const auto waiting = f.entry(id);
    REQUIRE(waiting.has_value());
    CHECK(waiting->state == OutboxState::Queued);
    CHECK(waiting->lastError.contains(u"refused"_s));

    f.request.settings.smtp->port = livePort;
    const auto online = f.send();
    REQUIRE(online.items.size() == 1);
    CHECK(online.items.front().state == OutboxState::Sent);
    CHECK(f.send().items.empty());
    CHECK(f.receivedCount() == 1);
}

TEST_CASE("Outbox: a wrong password leaves the message failed with the reason",
          "[integration][outbox]")
{
    OutboxFixture f;
    f.request.password = u"wrong"_s;
    const auto id = f.enqueue({u"bob@example.org"_s});
    const auto refused = f.send();
    CHECK(refused.sessionError.contains(u"user name or password"_s));
    const auto failed = f.entry(id);
    REQUIRE(failed.has_value());
    CHECK(failed->state == OutboxState::Failed); // 535 is permanent: the user must act
    CHECK(failed->lastError.contains(u"535"_s));

    // Fixing the password alone does not send a failed message; the explicit retry does.
    f.request.password = f.servers.smtp().options().user.password;
    CHECK(f.send().items.empty());
    CHECK(f.receivedCount() == 0);
    CHECK(must(Outbox(*f.store).retry(f.account)) == 1);
    const auto retried = f.send();
    REQUIRE(retried.items.size() == 1);
    CHECK(retried.items.front().state == OutboxState::Sent);
    CHECK(f.receivedCount() == 1);
}

TEST_CASE("Outbox: a message left in Sending is not resent without an explicit retry",
          "[integration][outbox]")
{
    OutboxFixture f;
    const auto id = f.enqueue({u"bob@example.org"_s});
    // What a crash between "sending" and the server's final reply leaves behind.
    must(f.store->setOutboxState(id, OutboxState::Sending));

    const auto first = f.send();
    CHECK(first.interrupted == 1);
    CHECK(first.items.empty());
    const auto uncertain = f.entry(id);
    REQUIRE(uncertain.has_value());
    CHECK(uncertain->state == OutboxState::Uncertain);
    CHECK(uncertain->lastError.contains(u"may or may not have been sent"_s));
    CHECK(f.send().items.empty());
    CHECK(f.receivedCount() == 0);

    CHECK(must(Outbox(*f.store).retry(f.account)) == 1);
    const auto retried = f.send();
    REQUIRE(retried.items.size() == 1);
    CHECK(retried.items.front().state == OutboxState::Sent);
    CHECK(f.receivedCount() == 1);
}

TEST_CASE("Outbox: a message delivered but not yet filed is filed, never sent again",
          "[integration][outbox]")
{
    OutboxFixture f;
    const auto id = f.enqueue({u"bob@example.org"_s});
    const QString messageId = f.entry(id)->messageId;
    must(f.store->setOutboxState(id, OutboxState::Sent));
    const auto report = f.send();
    CHECK(report.items.empty());
    CHECK_FALSE(f.entry(id).has_value());
    CHECK(f.sentCopies(messageId).size() == 1);
    CHECK(f.receivedCount() == 0);
}

TEST_CASE("Outbox: partial rejection keeps the message for the refused recipients only",
          "[integration][outbox]")
{
    OutboxFixture f;
    const auto id = f.enqueue(
        {u"bob@example.org"_s, u"nobody@rejected.invalid"_s, u"later@tempfail.invalid"_s});
    const auto report = f.send();
    REQUIRE(report.items.size() == 1);
    const auto &item = report.items.front();
    CHECK(item.state == OutboxState::Failed);
    CHECK(item.acceptedBy == QStringList{u"bob@example.org"_s});
    CHECK(item.notDeliveredTo ==
          QStringList{u"nobody@rejected.invalid"_s, u"later@tempfail.invalid"_s});
    CHECK(item.error.contains(u"2 of 3"_s));
    const auto entry = f.entry(id);
    REQUIRE(entry.has_value());
    CHECK(entry->recipients[0].state == OutboxRecipientState::Accepted);
    CHECK(entry->recipients[1].state == OutboxRecipientState::Rejected);
    CHECK(entry->recipients[2].state == OutboxRecipientState::Pending);
    CHECK(entry->recipients[1].reply.startsWith(u"550"_s));
    CHECK(f.sentCopies(entry->messageId).size() == 1); // it did go out, to Bob
    CHECK(f.receivedCount() == 1);

    // A retry addresses only the two who do not have it; Bob never gets a second copy.
    CHECK(must(Outbox(*f.store).retry(f.account)) == 1);
    const auto retried = f.send();
    REQUIRE(retried.items.size() == 1);
    CHECK(retried.items.front().state == OutboxState::Failed);
    CHECK(f.receivedCount() == 1);
    CHECK(f.sentCopies(entry->messageId).size() == 1);
}

TEST_CASE("Outbox: a temporary refusal of one recipient is retried for that one by itself",
          "[integration][outbox]")
{
    OutboxFixture f;
    const auto id = f.enqueue({u"bob@example.org"_s, u"later@tempfail.invalid"_s});
    const auto report = f.send();
    REQUIRE(report.items.size() == 1);
    CHECK(report.items.front().state == OutboxState::Queued);
    const auto next = f.send(); // goes again without a retry, to the refused address only
    REQUIRE(next.items.size() == 1);
    CHECK(next.items.front().acceptedBy == QStringList{u"bob@example.org"_s});
    CHECK(f.entry(id)->attempts == 2);
    const auto mails = must(f.servers.smtp().waitForMessages(1, std::chrono::seconds(2)));
    REQUIRE(mails.size() == 1);
    CHECK(mails.front().recipients == QStringList{u"bob@example.org"_s});
}

TEST_CASE("Outbox: a message over the server's SIZE limit fails before anything is sent",
          "[integration][outbox]")
{
    OutboxFixture f({.dovecot = false, .smtpOptions = {.sizeLimit = 2000}});
    QString text;
    for (int i = 0; i < 100; ++i)
        text += u"A line of text that makes the message larger than two kilobytes.\n"_s;
    const auto id = f.enqueue({u"bob@example.org"_s}, text);
    const auto report = f.send();
    REQUIRE(report.items.size() == 1);
    CHECK(report.items.front().state == OutboxState::Failed);
    CHECK(report.items.front().error.contains(u"too large"_s));
    CHECK(f.entry(id)->state == OutboxState::Failed);
    CHECK(f.receivedCount() == 0);
}
