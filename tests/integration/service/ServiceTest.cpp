// SPDX-License-Identifier: GPL-3.0-or-later
// The sync service against Dovecot: workers sync on their own threads, signals arrive on the
// main thread, going offline stops the work and shutdown is prompt even mid-sync.
#include "ImapTestSupport.h"

#include "accounts/AccountRepository.h"
#include "store/Store.h"
#include "sync/service/SyncService.h"

#include "QtCatch.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace lb;

namespace {

// Runs the event loop until `done` holds; fails the test after a generous bound so a broken
// service cannot hang the suite. Waits on a condition, never on time.
void waitUntil(const std::function<bool()> &done, const char *what)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(10);
    QTimer bound;
    bool timedOut = false;
    bound.setSingleShot(true);
    QObject::connect(&bound, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    bound.start(60000);
    if (!done())
        loop.exec();
    if (timedOut)
        FAIL("gave up waiting for " << what);
}

struct ServiceFixture
{
    test::TestServers servers{{.smtp = false}};
    QTemporaryDir dir;
    std::unique_ptr<store::Store> store;
    accounts::StoredAccount account;

    explicit ServiceFixture(quint16 portOverride = 0)
    {
        test::requireStarted(servers);
        REQUIRE(dir.isValid());
        auto opened = store::Store::open(cacheFile());
        REQUIRE(opened.ok());
        store = std::make_unique<store::Store>(std::move(opened).value());
        const net::ServerEndpoint endpoint = servers.imapEndpoint(net::TlsMode::Implicit);
        accounts::AccountSettings s;
        s.name = u"alice"_s;
        s.email = u"alice@example.org"_s;
        s.incoming.host = endpoint.host;
        s.incoming.port = portOverride ? portOverride : endpoint.port;
        s.incoming.tls = net::TlsMode::Implicit;
        s.incoming.user = servers.user().name;
        s.incoming.trust = endpoint.trust;
        auto id = accounts::AccountRepository(*store).add(s);
        REQUIRE(id.ok());
        account = {*id, s};
    }

    [[nodiscard]] QString cacheFile() const { return dir.filePath(u"cache.sqlite"_s); }

    [[nodiscard]] sync::ServiceOptions options(bool keepWatching = false)
    {
        sync::ServiceOptions o;
        o.cacheFile = cacheFile();
        const QString password = servers.user().password;
        o.passwords = [password](const accounts::AccountSettings &) -> Result<QString> {
            return password;
        };
        o.keepWatching = keepWatching;
        o.followSystemNetwork = false;
        return o;
    }

    void deliver(int count)
    {
        for (int i = 0; i < count; ++i) {
            const auto delivered =
                servers.dovecot().deliver(servers.user().name, u"INBOX"_s, test::sampleMessage(i));
            REQUIRE(delivered.ok());
        }
    }

    [[nodiscard]] store::FolderRecord inbox()
    {
        auto folders = store->folders(account.id);
        REQUIRE(folders.ok());
        for (const auto &f : *folders) {
            if (f.role == store::FolderRole::Inbox)
                return f;
        }
        FAIL("no inbox in the cache");
        return {};
    }
};

} // namespace

TEST_CASE("The service syncs an account on a worker thread and reports on the main thread",
          "[service]")
{
    ServiceFixture f;
    f.deliver(3);
    sync::SyncService service(f.options());
    QThread *const mainThread = QThread::currentThread();
    bool allOnMain = true;
    bool done = false;
    bool inboxNoticed = false;
    int accountNotices = 0;
    QList<FolderId> changedFolders;
    QObject::connect(&service, &sync::SyncService::progress, [&](const sync::SyncProgress &p) {
        allOnMain = allOnMain && QThread::currentThread() == mainThread;
        if (p.phase == sync::SyncProgress::Phase::Done)
            done = true;
    });
    QObject::connect(&service, &sync::SyncService::folderChanged, [&](AccountId a, FolderId id) {
        allOnMain = allOnMain && QThread::currentThread() == mainThread;
        CHECK(a == f.account.id);
        changedFolders << id;
    });
    QObject::connect(&service, &sync::SyncService::accountChanged, [&](AccountId a) {
        allOnMain = allOnMain && QThread::currentThread() == mainThread;
        CHECK(a == f.account.id);
        ++accountNotices;
        if (done)
            inboxNoticed = true;
    });

    service.addAccount(f.account);
    waitUntil([&] { return done && inboxNoticed; }, "the first sync");

    CHECK(allOnMain);
    CHECK(accountNotices >= 1);
    const store::FolderRecord inbox = f.inbox();
    CHECK(inbox.total == 3);
    CHECK(inbox.unread == 3);
    CHECK(changedFolders.contains(inbox.id));
    CHECK(service.isOnline());
    CHECK(service.shutdown());
}

TEST_CASE("Work offline holds the sync back until it is switched off", "[service]")
{
    ServiceFixture f;
    f.deliver(2);
    sync::SyncService service(f.options());
    QList<bool> onlineChanges;
    QObject::connect(&service, &sync::SyncService::onlineChanged,
                     [&](bool online) { onlineChanges << online; });
    bool done = false;
    bool progressWhileOffline = false;
    QObject::connect(&service, &sync::SyncService::progress, [&](const sync::SyncProgress &p) {
        progressWhileOffline = progressWhileOffline || service.workOffline();
        if (p.phase == sync::SyncProgress::Phase::Done)
            done = true;
    });

    service.setWorkOffline(true);
    CHECK_FALSE(service.isOnline());
    service.addAccount(f.account);
    QCoreApplication::processEvents();
    CHECK(f.store->folders(f.account.id)->empty());

    service.setWorkOffline(false);
    waitUntil([&] { return done; }, "the sync after going online");
    CHECK_FALSE(progressWhileOffline);
    CHECK(onlineChanges == QList<bool>{false, true});
    CHECK(f.inbox().total == 2);
}

TEST_CASE("A server that cannot be reached is an error in words and makes the service offline",
          "[service]")
{
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    ServiceFixture f(1);
    sync::SyncService service(f.options());
    QString sentence;
    bool wentOffline = false;
    QObject::connect(&service, &sync::SyncService::error,
                     [&](AccountId, const QString &text) { sentence = text; });
    QObject::connect(&service, &sync::SyncService::onlineChanged,
                     [&](bool online) { wentOffline = wentOffline || !online; });
    service.addAccount(f.account);
    waitUntil([&] { return !sentence.isEmpty() && wentOffline; }, "the connection error");
    CHECK_FALSE(service.isOnline());
    CHECK(sentence.size() > 10);
    CHECK(service.shutdown());
}

TEST_CASE("Shutdown stops a worker promptly in the middle of a sync and while idling", "[service]")
{
    ServiceFixture f;
    f.deliver(1500);
    SECTION("mid-sync")
    {
        sync::SyncService service(f.options(true));
        bool fetching = false;
        QObject::connect(&service, &sync::SyncService::progress, [&](const sync::SyncProgress &p) {
            if (p.phase == sync::SyncProgress::Phase::FetchingHeaders && p.done > 0)
                fetching = true;
        });
        service.addAccount(f.account);
        waitUntil([&] { return fetching; }, "the first header batch");
        // Every worker ends within the bound (a stuck one would be abandoned instead).
        CHECK(service.shutdown());
        CHECK(service.accounts().isEmpty());
        // What was committed stays; the next run resumes from there.
        CHECK(f.inbox().total > 0);
    }
    SECTION("idle")
    {
        sync::SyncService service(f.options(true));
        bool done = false;
        QObject::connect(&service, &sync::SyncService::progress, [&](const sync::SyncProgress &p) {
            if (p.phase == sync::SyncProgress::Phase::Done)
                done = true;
        });
        service.addAccount(f.account);
        waitUntil([&] { return done; }, "the first sync");
        CHECK(service.shutdown());
        CHECK(f.inbox().total == 1500);
    }
}

TEST_CASE("Opening a message the cache lacks downloads it on the account's worker", "[service]")
{
    ServiceFixture f;
    f.account.settings.imap.offline.kind = accounts::OfflinePolicy::Kind::HeadersOnly;
    f.deliver(2);
    sync::SyncService service(f.options());
    bool done = false;
    QList<MessageId> fetched;
    QObject::connect(&service, &sync::SyncService::progress, [&](const sync::SyncProgress &p) {
        if (p.phase == sync::SyncProgress::Phase::Done)
            done = true;
    });
    QObject::connect(&service, &sync::SyncService::bodyFetched,
                     [&](AccountId, MessageId id) { fetched << id; });
    service.addAccount(f.account);
    waitUntil([&] { return done; }, "the headers-only sync");
    auto page = f.store->messagesPage(f.inbox().id, store::SortKey::Date,
                                      store::SortDirection::Descending, std::nullopt, 10);
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 2);
    const MessageId wanted = page->rows.front().id;
    REQUIRE(page->rows.front().bodyState == store::BodyState::None);

    service.fetchBody(f.account.id, wanted);
    waitUntil([&] { return fetched.contains(wanted); }, "the body");
    auto body = f.store->body(wanted);
    REQUIRE(body.ok());
    REQUIRE(body->has_value());
    CHECK((*body)->contains("Subject:"));
    CHECK(service.shutdown());
}
