// SPDX-License-Identifier: GPL-3.0-or-later
// The POP3 engine against a real Dovecot: downloads, duplicates, retention and previews.
#include "Pop3Fixture.h"

#include "accounts/AccountRepository.h"
#include "sync/pop3/FullMessageFetch.h"
#include "sync/pop3/Pop3Download.h"
#include "sync/pop3/Watch.h"

#include "QtCatch.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;
using lb::sync::pop3::downloadMail;
using lb::sync::pop3::EngineOptions;

namespace {

QStringList expectedIds(std::initializer_list<int> indexes)
{
    QStringList ids;
    for (int i : indexes)
        ids << lb::test::sampleMessageId(i);
    ids.sort();
    return ids;
}

lb::sync::SyncReport mustDownload(lb::test::Pop3Fixture &f, const EngineOptions &options = {})
{
    auto report = downloadMail(f.request(), options);
    if (!report)
        FAIL(report.error().toString().toStdString());
    return *report;
}

std::vector<lb::store::PopSeenEntry> ledger(lb::test::Pop3Fixture &f, lb::store::PopState state)
{
    auto entries = f.store().popSeen(f.account(), state);
    REQUIRE(entries.ok());
    return *entries;
}

} // namespace

TEST_CASE("New mail lands in the local Inbox, decoded and searchable, a second run adds nothing",
          "[pop3]")
{
    lb::test::Pop3Fixture f;
    for (int i = 1; i <= 3; ++i)
        f.deliver(i);
    std::vector<lb::sync::SyncProgress> seen;
    f.request().progress = [&](const lb::sync::SyncProgress &p) { seen.push_back(p); };

    const auto first = mustDownload(f);
    CHECK(first.newMessages == 3);
    CHECK(first.serverMessages == 3);
    CHECK(first.serverOctets > 0);
    CHECK(first.deletedOnServer == 0);
    CHECK(f.localMessageIds() == expectedIds({1, 2, 3}));

    auto folders = f.store().folders(f.account());
    REQUIRE(folders.ok());
    QStringList roles;
    for (const auto &folder : *folders)
        roles << folder.path;
    roles.sort();
    CHECK(roles == QStringList{u"Drafts"_s, u"Inbox"_s, u"Sent"_s, u"Trash"_s});

    auto rows = f.store().messagesByMessageId(lb::test::sampleMessageId(2));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().record.subject == u"Grüße number 2"_s);
    CHECK(rows->front().record.fromName == u"Jürgen Müller"_s);
    CHECK(rows->front().bodyState == lb::store::BodyState::Full);
    auto body = f.store().body(rows->front().id);
    REQUIRE(body.ok());
    CHECK(**body == lb::test::sampleMessage(2));

    auto found = f.store().search(u"zebrafinch"_s, f.account(), 10);
    REQUIRE(found.ok());
    CHECK(found->size() == 3);

    const auto downloading = std::count_if(seen.begin(), seen.end(), [](const auto &p) {
        return p.phase == lb::sync::SyncProgress::Phase::Downloading && p.total == 3;
    });
    CHECK(downloading == 4); // 0 of 3, then after each message
    CHECK(seen.back().phase == lb::sync::SyncProgress::Phase::Done);
    CHECK(seen.back().inboxReady);

    const auto second = mustDownload(f);
    CHECK(second.newMessages == 0);
    CHECK(f.localMessageIds() == expectedIds({1, 2, 3}));
    CHECK(f.serverCount() == 3); // leave on server is the default
    CHECK(ledger(f, lb::store::PopState::Stored).size() == 3);

    f.deliver(4);
    const auto third = mustDownload(f);
    CHECK(third.newMessages == 1);
    CHECK(f.localMessageIds() == expectedIds({1, 2, 3, 4}));
}

TEST_CASE("Leave on server off empties the server only after the local commit", "[pop3]")
{
    lb::test::Pop3Fixture f;
    for (int i = 1; i <= 3; ++i)
        f.deliver(i);
    f.settings().pop3.leaveOnServer = false;
    qint64 committedBeforeCleanup = -1;
    int serverBeforeCleanup = -1;
    f.request().progress = [&](const lb::sync::SyncProgress &p) {
        if (p.phase != lb::sync::SyncProgress::Phase::CleaningUp || committedBeforeCleanup >= 0)
            return;
        // A second connection sees only what is committed.
        auto reader = lb::store::Store::open(f.cachePath());
        REQUIRE(reader.ok());
        auto counts = reader->counts(f.inbox());
        REQUIRE(counts.ok());
        committedBeforeCleanup = counts->total;
        serverBeforeCleanup = f.serverCount();
    };
    const auto report = mustDownload(f);
    CHECK(committedBeforeCleanup == 3);
    CHECK(serverBeforeCleanup == 3);
    CHECK(report.deletedOnServer == 3);
    CHECK(f.serverCount() == 0);
    CHECK(f.localMessageIds() == expectedIds({1, 2, 3}));
    CHECK(ledger(f, lb::store::PopState::Gone).size() == 3);
    CHECK(ledger(f, lb::store::PopState::Deleting).empty());
}

TEST_CASE("Delete after N days counts from the first download", "[pop3]")
{
    lb::test::Pop3Fixture f;
    for (int i = 1; i <= 2; ++i)
        f.deliver(i);
    f.settings().pop3.deleteAfterDays = 14;
    const qint64 today = QDateTime::currentSecsSinceEpoch();
    EngineOptions options;
    options.now = [today] { return today; };
    CHECK(mustDownload(f, options).newMessages == 2);

    // Message 3 is first downloaded 13 days later: its own 14 days start then.
    f.deliver(3);
    options.now = [today] { return today + 13 * 86400; };
    const auto later = mustDownload(f, options);
    CHECK(later.newMessages == 1);
    CHECK(later.deletedOnServer == 0);
    CHECK(f.serverCount() == 3);

    options.now = [today] { return today + 14 * 86400 + 60; };
    CHECK(mustDownload(f, options).deletedOnServer == 2);
    CHECK(f.serverCount() == 1);
    options.now = [today] { return today + 27 * 86400 + 60; };
    CHECK(mustDownload(f, options).deletedOnServer == 1);
    CHECK(f.serverCount() == 0);
    CHECK(f.localMessageIds() == expectedIds({1, 2, 3}));
}

TEST_CASE("Delete when deleted here removes the server copy once the local one is gone", "[pop3]")
{
    lb::test::Pop3Fixture f;
    for (int i = 1; i <= 3; ++i)
        f.deliver(i);
    f.settings().pop3.deleteWhenDeletedHere = true;
    CHECK(mustDownload(f).deletedOnServer == 0);

    auto rows = f.store().messagesByMessageId(lb::test::sampleMessageId(2));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    const std::vector<lb::MessageId> doomed{rows->front().id};
    REQUIRE(f.store().removeMessages(doomed).ok()); // the local Trash was emptied

    const auto report = mustDownload(f);
    CHECK(report.deletedOnServer == 1);
    CHECK(report.newMessages == 0); // never downloaded again
    CHECK(f.serverCount() == 2);
    CHECK(f.localMessageIds() == expectedIds({1, 3}));
    CHECK(mustDownload(f).newMessages == 0);
}

TEST_CASE("Interrupted deletions are reconciled with the server's list", "[pop3]")
{
    lb::test::Pop3Fixture f;
    for (int i = 1; i <= 3; ++i)
        f.deliver(i);
    REQUIRE(mustDownload(f).newMessages == 3);
    auto stored = ledger(f, lb::store::PopState::Stored);
    REQUIRE(stored.size() == 3);
    // As if a run died after marking two messages Deleting, before QUIT (nothing deleted),
    // and an entry whose message the server lost meanwhile.
    const std::vector<QString> deleting{stored[0].uidl, stored[1].uidl};
    REQUIRE(f.store().setPopState(f.account(), deleting, lb::store::PopState::Deleting).ok());
    REQUIRE(f.store()
                .recordPopSeen(f.account(), u"vanished-uidl"_s, lb::MessageId{},
                               lb::store::PopState::Deleting)
                .ok());

    const auto report = mustDownload(f);
    CHECK(report.newMessages == 0);
    CHECK(report.deletedOnServer == 2);
    CHECK(f.serverCount() == 1);
    CHECK(ledger(f, lb::store::PopState::Deleting).empty());
    CHECK(ledger(f, lb::store::PopState::Gone).size() == 3);
    CHECK(f.localMessageIds() == expectedIds({1, 2, 3}));
}

TEST_CASE("Messages over the size limit are previewed, kept on the server and fetched on demand",
          "[pop3]")
{
    lb::test::Pop3Fixture f;
    f.deliver(1);
    const QByteArray big = lb::test::sampleMessage(2, "zebrafinch", 400);
    f.deliverRaw(big);
    f.settings().pop3.maxMessageSizeKb = 4;
    f.settings().pop3.leaveOnServer = false;

    const auto report = mustDownload(f);
    CHECK(report.newMessages == 2);
    CHECK(report.deletedOnServer == 1); // the small one; the preview's server copy stays
    CHECK(f.serverCount() == 1);
    auto rows = f.store().messagesByMessageId(lb::test::sampleMessageId(2));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    const lb::store::MessageRow preview = rows->front();
    CHECK(preview.bodyState == lb::store::BodyState::Partial);
    CHECK(preview.record.size == big.size());
    auto partial = f.store().body(preview.id);
    REQUIRE(partial.ok());
    CHECK(partial->value().size() < big.size());
    CHECK(partial->value().contains("Line 18 of the body."));
    CHECK_FALSE(partial->value().contains("Line 30 of the body."));

    REQUIRE(lb::sync::pop3::fetchFullMessage(f.request(), preview.id).ok());
    auto whole = f.store().body(preview.id);
    REQUIRE(whole.ok());
    CHECK(**whole == big);
    auto row = f.store().message(preview.id);
    REQUIRE(row.ok());
    CHECK((*row)->bodyState == lb::store::BodyState::Full);

    const auto next = mustDownload(f); // now whole here: the server copy may go
    CHECK(next.deletedOnServer == 1);
    CHECK(f.serverCount() == 0);
}

TEST_CASE("Pipelining on and off store the same cache", "[pop3]")
{
    lb::test::Pop3Fixture f;
    for (int i = 1; i <= 6; ++i)
        f.deliver(i);
    QList<QByteArray> bodies[2];
    QStringList subjects[2];
    for (int pipelined = 0; pipelined < 2; ++pipelined) {
        QTemporaryDir dir;
        auto cache = lb::store::Store::open(dir.filePath(u"c.db"_s));
        REQUIRE(cache.ok());
        auto account = lb::accounts::AccountRepository(*cache).add(f.settings());
        REQUIRE(account.ok());
        lb::sync::SyncRequest request = f.request();
        request.store = &*cache;
        request.account = *account;
        EngineOptions options;
        options.session.usePipelining = pipelined == 1;
        auto report = downloadMail(request, options);
        REQUIRE(report.ok());
        CHECK(report->newMessages == 6);
        for (int i = 1; i <= 6; ++i) {
            auto rows = cache->messagesByMessageId(lb::test::sampleMessageId(i));
            REQUIRE(rows.ok());
            REQUIRE(rows->size() == 1);
            subjects[pipelined] << rows->front().record.subject;
            bodies[pipelined] << cache->body(rows->front().id).value().value();
        }
    }
    CHECK(subjects[0] == subjects[1]);
    CHECK(bodies[0] == bodies[1]);
}

TEST_CASE("The same mailbox set up as POP3 and IMAP gives a warning", "[pop3]")
{
    lb::test::Pop3Fixture f;
    CHECK(mustDownload(f).warnings.isEmpty());
    lb::accounts::AccountSettings imap = f.settings();
    imap.name = u"Work"_s;
    imap.protocol = lb::accounts::Protocol::Imap;
    imap.incoming.host = u"imap.example.org"_s;
    REQUIRE(lb::accounts::AccountRepository(f.store()).add(imap).ok());
    const auto report = mustDownload(f);
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings.front().contains(u"\"Work\""_s));
    CHECK(report.warnings.front().contains(u"IMAP"_s));
}

TEST_CASE("watch polls until cancelled and picks up new mail", "[pop3]")
{
    lb::test::Pop3Fixture f;
    f.deliver(1);
    lb::sync::CancelFlag cancel{false};
    f.request().cancel = &cancel;
    EngineOptions options;
    options.pollInterval = std::chrono::milliseconds(50);
    QList<qint64> newPerPass;
    auto watched = lb::sync::pop3::watchMail(
        f.request(),
        [&](const lb::sync::SyncReport &r) {
            newPerPass << r.newMessages;
            if (newPerPass.size() == 2)
                f.deliver(2);
            if (newPerPass.size() == 4)
                cancel = true;
        },
        options);
    REQUIRE(watched.ok());
    CHECK(newPerPass == QList<qint64>{1, 0, 1, 0});
    CHECK(f.localMessageIds() == expectedIds({1, 2}));
}
