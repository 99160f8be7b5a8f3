// SPDX-License-Identifier: GPL-3.0-or-later
// Server Sent and Drafts against Dovecot (and aiosmtpd for sending): exactly one Sent copy,
// none of ours when the server filed one itself, and one draft on the server however often it
// was saved.
#include "ServerFixture.h"

#include "mime/compose/MessageComposer.h"
#include "sync/actions/DraftStore.h"
#include "sync/actions/ServerSentFiler.h"
#include "sync/outbox/Outbox.h"

using namespace Qt::Literals::StringLiterals;
using lb::MessageId;
using lb::test::must;
using lb::test::ServerFixture;

namespace {

lb::mime::ComposedMessage compose(const QString &subject)
{
    lb::mime::OutgoingMessage message;
    message.from = {u"Alice Example"_s, u"alice@example.org"_s};
    message.to.push_back({{}, u"bob@example.org"_s});
    message.subject = subject;
    message.text = u"Sent from the actions test.\n"_s;
    return must(lb::mime::composeMessage(message));
}

// Sends everything queued, filing Sent through the IMAP session.
lb::sync::OutboxReport send(ServerFixture &f)
{
    lb::sync::SyncRequest smtp = f.request();
    smtp.password = f.servers().smtp().options().user.password;
    lb::sync::ServerSentFiler filer(f.request());
    return must(lb::sync::Outbox(f.store()).sendPending(smtp, filer.handler()));
}

qsizetype copiesOf(const QList<lb::test::MaildirMessage> &messages, const QByteArray &messageId)
{
    return std::count_if(messages.begin(), messages.end(),
                         [&](const auto &m) { return m.content.contains(messageId); });
}

} // namespace

TEST_CASE("Server Sent: one copy appended, none when the server files Sent itself",
          "[integration][actions][sent]")
{
    ServerFixture f({}, true);
    f.sync(); // the cache knows Sent and its UIDVALIDITY

    const auto first = compose(u"First"_s);
    must(lb::sync::Outbox(f.store()).enqueue(f.account(), first));
    auto report = send(f);
    REQUIRE(report.items.size() == 1);
    CHECK(report.items.front().state == lb::store::OutboxState::Sent);
    CHECK(report.waiting == 0);
    auto sent = f.onServer(u"Sent"_s);
    CHECK(copiesOf(sent, first.messageId) == 1);
    REQUIRE(sent.size() == 1);
    CHECK(sent.front().flags.contains(u'S'));
    CHECK(f.cached(u"Sent"_s).size() == 1); // shown at once, with the UID APPENDUID gave
    f.sync();
    CHECK(f.cached(u"Sent"_s).size() == 1);
    CHECK_FALSE(f.settings().imap.serverFilesSent);

    // The server filed the next one itself before we looked.
    const auto second = compose(u"Second"_s);
    f.deliver(u"Sent"_s, second.bytes, u"S"_s);
    must(lb::sync::Outbox(f.store()).enqueue(f.account(), second));
    report = send(f);
    REQUIRE(report.items.size() == 1);
    CHECK(report.items.front().state == lb::store::OutboxState::Sent);
    sent = f.onServer(u"Sent"_s);
    CHECK(copiesOf(sent, second.messageId) == 1);
    CHECK(sent.size() == 2);
    CHECK(f.settings().imap.serverFilesSent);
    CHECK(report.waiting == 0);

    // Learned: no search and no APPEND any more.
    const auto third = compose(u"Third"_s);
    must(lb::sync::Outbox(f.store()).enqueue(f.account(), third));
    report = send(f);
    REQUIRE(report.items.size() == 1);
    CHECK(report.items.front().state == lb::store::OutboxState::Sent);
    CHECK(copiesOf(f.onServer(u"Sent"_s), third.messageId) == 0);
    CHECK(must(f.store().outboxEntries(f.account())).empty());
}

TEST_CASE("Server Drafts: each save replaces the server's version", "[integration][actions]")
{
    ServerFixture f;
    f.sync();
    lb::sync::DraftStore drafts(f.store());
    const auto version = [](const QByteArray &text) {
        return "From: alice@example.org\r\nTo: bob@example.org\r\nSubject: Plan\r\n"
               "Message-ID: <plan.draft@example.org>\r\n\r\n" +
               text + "\r\n";
    };
    MessageId id = must(drafts.save(f.account(), version("first words")));
    f.sync();
    auto onServer = f.onServer(u"Drafts"_s);
    REQUIRE(onServer.size() == 1);
    CHECK(onServer.front().content.contains("first words"));
    auto cached = f.cached(u"Drafts"_s);
    REQUIRE(cached.size() == 1);
    CHECK(cached.front().id == id); // the stand-in took the UID APPENDUID reported
    CHECK(cached.front().record.uid.isValid());

    id = must(drafts.save(f.account(), version("second words"), id));
    id = must(drafts.save(f.account(), version("third words"), id));
    f.sync();
    onServer = f.onServer(u"Drafts"_s);
    REQUIRE(onServer.size() == 1);
    CHECK(onServer.front().content.contains("third words"));
    cached = f.cached(u"Drafts"_s);
    REQUIRE(cached.size() == 1);
    CHECK(must(drafts.load(cached.front().id)).contains("third words"));

    must(drafts.discard(cached.front().id));
    f.sync();
    CHECK(f.onServer(u"Drafts"_s).empty());
    CHECK(f.cached(u"Drafts"_s).empty());
    CHECK(must(f.store().pendingOps(f.account())).empty());
}

TEST_CASE("Server Sent: our own copy from an interrupted run is not taken for the server's",
          "[integration][actions][sent]")
{
    ServerFixture f({}, true);
    const auto message = compose(u"Interrupted"_s);
    const auto id = must(lb::sync::Outbox(f.store()).enqueue(f.account(), message));
    // Where a run that stopped right after its APPEND leaves things: delivered, the note
    // recorded, the copy on the server, the entry still there.
    must(f.store().setOutboxState(id, lb::store::OutboxState::Sent,
                                  lb::sync::ServerSentFiler::appendingNote()));
    f.deliver(u"Sent"_s, message.bytes, u"S"_s);

    const auto report = send(f);
    CHECK(report.waiting == 0);
    CHECK(report.warnings.isEmpty());
    CHECK(copiesOf(f.onServer(u"Sent"_s), message.messageId) == 1);
    CHECK_FALSE(f.settings().imap.serverFilesSent);
    CHECK(must(f.store().outboxEntries(f.account())).empty());
}
