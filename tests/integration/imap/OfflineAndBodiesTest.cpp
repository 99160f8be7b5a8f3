// SPDX-License-Identifier: GPL-3.0-or-later
// The offline queue replayed against Dovecot exactly once; bodies on demand and by policy;
// watch() with IDLE.
#include "SyncFixture.h"

#include "QtCatch.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using lb::store::MessageFlag;
using lb::store::PendingOp;
using lb::store::PendingOpKind;
using lb::test::op;
using lb::test::sampleMessage;
using lb::test::serverCount;
using lb::test::SyncFixture;

namespace {

QByteArray serverFlags(SyncFixture &f, const QString &folder, int uid)
{
    const auto out = f.dovecot().doveadm({u"fetch"_s, u"-u"_s, f.user(), u"flags"_s, u"mailbox"_s,
                                          folder, u"uid"_s, QString::number(uid)});
    REQUIRE(out.ok());
    return *out;
}

} // namespace

TEST_CASE("IMAP sync: offline changes are replayed once, failures kept with their reason",
          "[integration]")
{
    for (bool move : {true, false}) {
        INFO("MOVE " << move);
        SyncFixture f;
        if (!move)
            f.options().hiddenCapabilities = {"MOVE"};
        for (int i = 1; i <= 4; ++i)
            f.deliver(u"INBOX"_s, sampleMessage(i));
        REQUIRE(f.dovecot().createFolder(f.user(), u"Gone"_s).ok());
        f.sync();
        const auto m1 = f.message(u"INBOX"_s, u"Message 1"_s);
        const auto m2 = f.message(u"INBOX"_s, u"Message 2"_s);
        const auto m3 = f.message(u"INBOX"_s, u"Message 3"_s);
        const auto m4 = f.message(u"INBOX"_s, u"Message 4"_s);

        PendingOp read = op(f, PendingOpKind::SetFlags, m1);
        read.flagsAdd = MessageFlag::Seen;
        REQUIRE(f.store().enqueueOp(read).ok());
        REQUIRE(f.store().enqueueOp(op(f, PendingOpKind::Move, m2, u"Archive"_s)).ok());
        REQUIRE(f.store().enqueueOp(op(f, PendingOpKind::Delete, m3)).ok());
        // A folder deleted on the server meanwhile: the server refuses, the op is kept.
        REQUIRE(f.store().enqueueOp(op(f, PendingOpKind::Copy, m4, u"Gone"_s)).ok());
        // A copy whose earlier attempt was cut off is not repeated.
        const auto interrupted = f.store().enqueueOp(op(f, PendingOpKind::Copy, m4, u"Archive"_s));
        REQUIRE(interrupted.ok());
        REQUIRE(f.store().markOpAttempt(*interrupted, u"sending"_s).ok());
        f.doveadm({u"mailbox"_s, u"delete"_s, u"-u"_s, f.user(), u"Gone"_s});

        const auto report = f.sync();
        CHECK(serverFlags(f, u"INBOX"_s, 1).contains("\\Seen"));
        CHECK(serverCount(f, u"Archive"_s) == 1);
        CHECK(serverCount(f, u"Trash"_s) == 1);
        CHECK(serverCount(f, u"INBOX"_s) == 2);
        CHECK(f.folder(u"INBOX"_s).total == 2);
        CHECK(f.folder(u"Archive"_s).total == 1);
        CHECK(f.folder(u"Trash"_s).total == 1);
        CHECK(f.message(u"INBOX"_s, u"Message 1"_s).record.flags.testFlag(MessageFlag::Seen));

        const auto left = f.store().pendingOps(f.account());
        REQUIRE(left.ok());
        REQUIRE(left->size() == 2);
        for (const PendingOp &kept : *left) {
            CHECK(kept.failed);
            CHECK(kept.kind == PendingOpKind::Copy);
            CHECK_FALSE(kept.lastError.isEmpty());
        }
        CHECK_FALSE(report.warnings.isEmpty());

        // Nothing is sent twice.
        f.sync();
        CHECK(serverCount(f, u"Archive"_s) == 1);
        CHECK(serverCount(f, u"Trash"_s) == 1);
    }
}

TEST_CASE("IMAP sync: offline policy downloads bodies and indexes them, bodies on demand",
          "[integration]")
{
    const QByteArray recent =
        QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::RFC2822Date).toLatin1();
    for (auto kind : {lb::accounts::OfflinePolicy::Kind::Everything,
                      lb::accounts::OfflinePolicy::Kind::RecentBodies,
                      lb::accounts::OfflinePolicy::Kind::HeadersOnly}) {
        INFO("policy " << int(kind));
        SyncFixture f;
        f.settings().imap.offline.kind = kind;
        f.settings().imap.offline.recentDays = 30;
        f.deliver(u"INBOX"_s, sampleMessage(1, {}, "Mon, 1 Jan 2001 10:00:00 +0000"));
        f.deliver(u"INBOX"_s, sampleMessage(2, {}, recent));
        f.deliver(u"Archive"_s, sampleMessage(3, {}, recent));
        f.sync();
        auto withoutBody = [&](const QString &folder) {
            const auto rows = f.store().messagesWithoutBody(f.folder(folder).id, 0, 100);
            REQUIRE(rows.ok());
            return rows->size();
        };
        const auto found = f.store().search(u"body"_s, f.account(), 10);
        REQUIRE(found.ok());
        switch (kind) {
        case lb::accounts::OfflinePolicy::Kind::Everything:
            CHECK(withoutBody(u"INBOX"_s) == 0);
            CHECK(withoutBody(u"Archive"_s) == 0);
            CHECK(found->size() == 3);
            break;
        case lb::accounts::OfflinePolicy::Kind::RecentBodies:
            CHECK(withoutBody(u"INBOX"_s) == 1);
            CHECK(withoutBody(u"Archive"_s) == 0);
            CHECK(found->size() == 2);
            break;
        case lb::accounts::OfflinePolicy::Kind::HeadersOnly:
            CHECK(withoutBody(u"INBOX"_s) == 2);
            CHECK(found->empty());
            break;
        }
        // Opening the old message fetches it without marking it read on the server.
        const auto old = f.message(u"INBOX"_s, u"Message 1"_s);
        const auto body = lb::sync::imap::fetchBody(f.request(), old.id, f.options());
        REQUIRE(body.ok());
        CHECK(body->contains("Body of message 1."));
        CHECK_FALSE(serverFlags(f, u"INBOX"_s, 1).contains("\\Seen"));
        const auto stored = f.store().body(old.id);
        REQUIRE(stored.ok());
        CHECK(stored->has_value());
    }
}

TEST_CASE("IMAP sync: a wrong password fails the run with a reason", "[integration]")
{
    SyncFixture f;
    const auto refused = lb::sync::imap::syncAccount(f.request(u"nope"_s), f.options());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().scope == lb::ErrorScope::Account);
    CHECK(refused.error().message.contains(u"password"_s));
}

TEST_CASE("IMAP watch: IDLE brings new mail and flag changes, cancel ends it", "[integration]")
{
    SyncFixture f;
    f.deliver(u"INBOX"_s, sampleMessage(1));
    std::atomic<bool> cancel{false};
    auto request = f.request();
    request.cancel = &cancel;
    std::mutex mutex;
    std::condition_variable changed;
    QList<lb::sync::SyncReport> passes;
    // Bounded waits: a broken watch fails the test instead of hanging it.
    auto waitForPasses = [&](qsizetype n) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::seconds(60), [&] { return passes.size() >= n; });
    };
    QElapsedTimer sinceDelivery;
    qint64 latency = -1;
    std::thread watcher([&] {
        const auto watched = lb::sync::imap::watch(
            request,
            [&](const lb::sync::SyncReport &r) {
                std::lock_guard lock(mutex);
                passes.append(r);
                if (passes.size() == 2)
                    latency = sinceDelivery.elapsed();
                changed.notify_all();
            },
            f.options());
        CHECK(watched.ok());
    });
    // After the first pass the watcher idles; mail delivered now must wake it.
    REQUIRE(waitForPasses(1));
    sinceDelivery.start();
    f.deliver(u"INBOX"_s, sampleMessage(2));
    const bool woke = waitForPasses(2);
    cancel.store(true);
    watcher.join();
    REQUIRE(woke);
    REQUIRE(passes.size() == 2);
    CHECK(passes[0].newMessages == 1);
    CHECK(passes[1].newMessages == 1);
    WARN("IDLE latency, delivery to committed: " << latency << " ms");
}

TEST_CASE("IMAP sync: the list's preview comes from the body once it arrives", "[integration]")
{
    SyncFixture f;
    f.deliver(u"INBOX"_s, sampleMessage(1));
    f.deliver(u"INBOX"_s, sampleMessage(2));
    f.settings().imap.offline.kind = lb::accounts::OfflinePolicy::Kind::HeadersOnly;
    f.sync();
    const auto one = f.message(u"INBOX"_s, u"Message 1"_s);
    CHECK(one.record.snippet.isEmpty()); // headers alone have no text to show

    // Opened: fetched on demand.
    REQUIRE(lb::sync::imap::fetchBody(f.request(), one.id, f.options()).ok());
    CHECK(f.message(u"INBOX"_s, u"Message 1"_s).record.snippet == u"Body of message 1."_s);
    CHECK(f.message(u"INBOX"_s, u"Message 2"_s).record.snippet.isEmpty());

    // Downloaded for offline reading.
    f.settings().imap.offline.kind = lb::accounts::OfflinePolicy::Kind::Everything;
    f.sync();
    CHECK(f.message(u"INBOX"_s, u"Message 2"_s).record.snippet == u"Body of message 2."_s);
}
