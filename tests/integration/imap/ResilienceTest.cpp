// SPDX-License-Identifier: GPL-3.0-or-later
// The engine when the network fails: watch() retrying a server that is down or a connection
// that dropped, a connection cut in the middle of a FETCH, and offline changes queued while
// the server was away. A TcpProxy between the engine and Dovecot does the cutting.
#include "SyncFixture.h"
#include "TcpProxy.h"

#include "QtCatch.h"

#include <QSet>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using lb::store::MessageFlag;
using lb::store::PendingOp;
using lb::store::PendingOpKind;
using lb::sync::SyncReport;
using lb::test::op;
using lb::test::sampleMessage;
using lb::test::serverCount;
using lb::test::SyncFixture;
using lb::test::TcpProxy;

namespace {

// Sends the engine through `proxy` to Dovecot's plaintext port. COMPRESS stays off so the
// proxy can see the commands it waits for.
void routeThrough(SyncFixture &f, TcpProxy &proxy)
{
    REQUIRE(proxy.start().ok());
    f.settings().incoming.port = proxy.port();
    f.settings().incoming.tls = lb::net::TlsMode::None;
    f.options().hiddenCapabilities.insert("COMPRESS");
}

// What watch() reported, shared with the test thread. Waits are bounded so a broken engine
// fails the test instead of hanging it; nothing is asserted about how long they took.
class PassLog
{
public:
    void add(const SyncReport &report)
    {
        std::lock_guard lock(m_mutex);
        m_passes.append(report);
        m_changed.notify_all();
    }
    // Waits until `done(passes)` holds; false after a minute without it.
    bool waitFor(const std::function<bool(const QList<SyncReport> &)> &done)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, 60s, [&] { return done(m_passes); });
    }
    QList<SyncReport> passes()
    {
        std::lock_guard lock(m_mutex);
        return m_passes;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QList<SyncReport> m_passes;
};

qint64 newMessages(const QList<SyncReport> &passes)
{
    qint64 n = 0;
    for (const SyncReport &r : passes)
        n += r.newMessages;
    return n;
}

QStringList failures(const QList<SyncReport> &passes)
{
    QStringList out;
    for (const SyncReport &r : passes) {
        for (const QString &w : r.warnings) {
            if (w.contains(u"Trying again in"_s))
                out << w;
        }
    }
    return out;
}

} // namespace

TEST_CASE("IMAP watch: a server that is down or a dropped connection is retried with backoff, "
          "and mail delivered meanwhile arrives",
          "[integration]")
{
    SyncFixture f;
    TcpProxy proxy(f.dovecot().imapPort());
    routeThrough(f, proxy);
    f.options().firstReconnectDelay = 20ms;
    f.options().maxReconnectDelay = 80ms;
    proxy.setListening(false); // down before the watch starts
    f.deliver(u"INBOX"_s, sampleMessage(1));

    std::atomic<bool> cancel{false};
    auto request = f.request();
    request.cancel = &cancel;
    PassLog log;
    std::optional<lb::Result<void>> watched;
    std::thread watcher([&] {
        watched = lb::sync::imap::watch(
            request, [&](const SyncReport &r) { log.add(r); }, f.options());
    });

    // Refused attempts, each reported, the waits doubling up to the cap.
    REQUIRE(log.waitFor([](const auto &p) { return failures(p).size() >= 4; }));
    {
        const QStringList seen = failures(log.passes());
        CHECK(seen[0].contains(u"Trying again in 0.02 s"_s));
        CHECK(seen[1].contains(u"Trying again in 0.04 s"_s));
        CHECK(seen[2].contains(u"Trying again in 0.08 s"_s));
        CHECK(seen[3].contains(u"Trying again in 0.08 s"_s));
        CHECK(newMessages(log.passes()) == 0);
    }

    // The server comes back: the first pass brings the waiting mail.
    proxy.setListening(true);
    REQUIRE(log.waitFor([](const auto &p) { return newMessages(p) == 1; }));
    const qsizetype failuresBeforeCut = failures(log.passes()).size();

    // The network drops while the watch idles; mail arrives while it is away.
    proxy.setListening(false);
    proxy.cutAll();
    f.deliver(u"INBOX"_s, sampleMessage(2));
    REQUIRE(
        log.waitFor([&](const auto &p) { return failures(p).size() >= failuresBeforeCut + 2; }));
    {
        // The good pass started the waits over.
        const QStringList seen = failures(log.passes());
        CHECK(seen[failuresBeforeCut].contains(u"Trying again in 0.02 s"_s));
    }
    proxy.setListening(true);
    REQUIRE(log.waitFor([](const auto &p) { return newMessages(p) == 2; }));

    cancel.store(true);
    watcher.join();
    REQUIRE(watched.has_value());
    CHECK(watched->ok());
    CHECK(proxy.cutCount() >= 1);
    const auto rows = f.messages(u"INBOX"_s);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].record.subject != rows[1].record.subject);
}

TEST_CASE("IMAP watch: cancel ends a long wait between reconnects", "[integration]")
{
    SyncFixture f;
    TcpProxy proxy(f.dovecot().imapPort());
    routeThrough(f, proxy);
    // A wait the test would never sit out: only the cancel flag can end it.
    f.options().firstReconnectDelay = std::chrono::hours(1);
    proxy.setListening(false);

    std::atomic<bool> cancel{false};
    auto request = f.request();
    request.cancel = &cancel;
    PassLog log;
    std::optional<lb::Result<void>> watched;
    std::thread watcher([&] {
        watched = lb::sync::imap::watch(
            request, [&](const SyncReport &r) { log.add(r); }, f.options());
    });
    REQUIRE(log.waitFor([](const auto &p) { return failures(p).size() == 1; }));
    CHECK(failures(log.passes()).front().contains(u"Trying again in 60 min"_s));
    cancel.store(true);
    watcher.join();
    REQUIRE(watched.has_value());
    CHECK(watched->ok());
    CHECK(failures(log.passes()).size() == 1);
}

TEST_CASE("IMAP watch: a wrong password ends the watch instead of retrying", "[integration]")
{
    SyncFixture f;
    f.options().firstReconnectDelay = 10ms;
    std::atomic<bool> cancel{false};
    auto request = f.request(u"wrong"_s);
    request.cancel = &cancel;
    int passes = 0;
    const auto watched = lb::sync::imap::watch(
        request, [&](const SyncReport &) { ++passes; }, f.options());
    REQUIRE_FALSE(watched.ok());
    CHECK(watched.error().scope == lb::ErrorScope::Account);
    CHECK(passes == 0);
}

TEST_CASE("IMAP sync: a connection dropped mid-FETCH fails clearly, leaves a consistent cache, "
          "and the next sync completes without duplicates",
          "[integration]")
{
    SyncFixture f;
    TcpProxy proxy(f.dovecot().imapPort());
    routeThrough(f, proxy);
    constexpr int kMessages = 300;
    for (int i = 1; i <= kMessages; ++i)
        f.deliver(u"INBOX"_s, sampleMessage(i));
    f.options().firstChunk = 50;
    f.options().chunk = 50;
    f.options().pipelineDepth = 2;
    // Well into the header FETCHes: some chunks are committed, one is cut half way.
    proxy.cutAfter("UID FETCH", 100'000);

    const auto failed = lb::sync::imap::syncAccountDetailed(f.request(), f.options());
    REQUIRE_FALSE(failed.ok());
    CHECK(proxy.cutCount() == 1);
    CHECK(failed.error().scope == lb::ErrorScope::Connection);
    CHECK(failed.error().message.contains(u"closed the connection"_s));
    REQUIRE(failed.error().transport.has_value());
    CHECK(failed.error().transport->kind == lb::net::NetErrorKind::ClosedByServer);

    // Only whole, committed chunks: every row complete, no UID twice, and the folder's sync
    // state not advanced.
    const auto partial = f.messages(u"INBOX"_s);
    CHECK(partial.size() > 0);
    CHECK(partial.size() < std::size_t(kMessages));
    CHECK(partial.size() % 50 == 0);
    QSet<std::uint32_t> uids;
    for (const auto &row : partial) {
        uids.insert(row.record.uid.value);
        const QString n = row.record.subject.mid(u"Message "_s.size());
        CHECK(row.record.messageId == u"msg-%1@example.org"_s.arg(n));
    }
    CHECK(uids.size() == qsizetype(partial.size()));
    CHECK(f.folder(u"INBOX"_s).sync.uidNext.value == 0u);

    const auto resumed = f.sync();
    CHECK(resumed.newMessages == kMessages - qint64(partial.size()));
    const auto all = f.messages(u"INBOX"_s);
    REQUIRE(all.size() == std::size_t(kMessages));
    QSet<QString> ids;
    for (const auto &row : all)
        ids.insert(row.record.messageId);
    CHECK(ids.size() == kMessages);
    CHECK(f.folder(u"INBOX"_s).total == kMessages);
    const auto again = f.sync();
    CHECK(again.newMessages == 0);
    CHECK(again.removedMessages == 0);
}

TEST_CASE("IMAP sync: changes made while the server is down are replayed once it is back",
          "[integration]")
{
    SyncFixture f;
    TcpProxy proxy(f.dovecot().imapPort());
    routeThrough(f, proxy);
    for (int i = 1; i <= 3; ++i)
        f.deliver(u"INBOX"_s, sampleMessage(i));
    f.sync();

    proxy.setListening(false);
    PendingOp read = op(f, PendingOpKind::SetFlags, f.message(u"INBOX"_s, u"Message 1"_s));
    read.flagsAdd = MessageFlag::Seen;
    REQUIRE(f.store().enqueueOp(read).ok());
    REQUIRE(f.store()
                .enqueueOp(
                    op(f, PendingOpKind::Move, f.message(u"INBOX"_s, u"Message 2"_s), u"Archive"_s))
                .ok());
    const auto down = lb::sync::imap::syncAccount(f.request(), f.options());
    REQUIRE_FALSE(down.ok());
    CHECK(down.error().scope == lb::ErrorScope::Connection);
    {
        const auto queued = f.store().pendingOps(f.account());
        REQUIRE(queued.ok());
        CHECK(queued->size() == 2);
        for (const PendingOp &kept : *queued)
            CHECK_FALSE(kept.failed);
    }

    proxy.setListening(true);
    f.sync();
    const auto left = f.store().pendingOps(f.account());
    REQUIRE(left.ok());
    CHECK(left->empty());
    CHECK(serverCount(f, u"INBOX"_s) == 2);
    CHECK(serverCount(f, u"Archive"_s) == 1);
    const auto flags = f.dovecot().doveadm(
        {u"fetch"_s, u"-u"_s, f.user(), u"flags"_s, u"mailbox"_s, u"INBOX"_s, u"uid"_s, u"1"_s});
    REQUIRE(flags.ok());
    CHECK(flags->contains("\\Seen"));
    CHECK(f.folder(u"Archive"_s).total == 1);
    CHECK(f.message(u"INBOX"_s, u"Message 1"_s).record.flags.testFlag(MessageFlag::Seen));
    // Replayed once: a further sync sends nothing again.
    f.sync();
    CHECK(serverCount(f, u"Archive"_s) == 1);
}
