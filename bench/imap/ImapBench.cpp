// SPDX-License-Identifier: GPL-3.0-or-later
// IMAP sync benchmark: a private Dovecot filled with generated mail (10k messages by default;
// `bench_imap 100000` for the large case), then medians of
//  - the initial header sync with the real engine (fresh cache each run, offline policy
//    "headers only"), with and without COMPRESS, beside the floor: a bare socket issuing the
//    same UID FETCH and discarding the reply (FloorReader);
//  - a no-change resync of the full cache;
//  - the peak resident memory of this process, which runs nothing else of size.
// Plaintext loopback for all of them, so that TLS does not blur the comparison.
#include "BenchMailbox.h"
#include "FloorReader.h"

#include "TestServers.h"

#include "store/Store.h"
#include "sync/imap/FetchRecord.h"
#include "sync/imap/ImapSync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace lb;
using namespace Qt::Literals::StringLiterals;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_imap: %s\n", qPrintable(what));
    std::exit(1);
}

struct Engine
{
    test::TestServers &servers;
    bool compress = true;
    sync::imap::ImapSyncOptions options;

    accounts::AccountSettings settings() const
    {
        accounts::AccountSettings s;
        s.name = u"bench"_s;
        s.email = u"alice@example.org"_s;
        s.incoming.host = u"127.0.0.1"_s;
        s.incoming.port = servers.dovecot().imapPort();
        s.incoming.tls = net::TlsMode::None;
        s.incoming.user = servers.user().name;
        s.imap.offline.kind = accounts::OfflinePolicy::Kind::HeadersOnly;
        if (!compress)
            s.imap.disabledExtensions = {u"COMPRESS"_s};
        return s;
    }

    // One sync into `store`; returns wall milliseconds and adds CPU milliseconds to `cpu`.
    double run(store::Store &store, AccountId account, qint64 &newMessages, double &cpu) const
    {
        sync::SyncRequest request;
        request.account = account;
        request.settings = settings();
        request.password = servers.user().password;
        request.store = &store;
        std::shared_ptr<net::ProtocolLog> log;
        if (qEnvironmentVariableIsSet("LB_BENCH_TRACE")) {
            log = std::make_shared<net::ProtocolLog>(200000);
            request.log = log;
        }
        const double cpuBefore = cpuMs();
        QElapsedTimer timer;
        timer.start();
        Result<sync::SyncReport> report = sync::imap::syncAccount(request, options);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        cpu += cpuMs() - cpuBefore;
        if (!report)
            die(report.error().toString());
        newMessages = report->newMessages;
        if (log) {
            // Commands and tagged replies with their times, to see where a run waits.
            for (const auto &e : log->entries()) {
                if (e.direction == net::ProtocolLog::Direction::Sent ||
                    (e.text.size() > 2 && e.text[0] == 'A' && e.text.contains(" OK")))
                    std::printf("    %s %s %s\n", qPrintable(e.time.toString(u"ss.zzz"_s)),
                                e.direction == net::ProtocolLog::Direction::Sent ? "C:" : "S:",
                                e.text.left(80).constData());
            }
        }
        return ms;
    }
};

struct Cache
{
    QTemporaryDir dir;
    std::unique_ptr<store::Store> store;
    AccountId account;

    Cache()
    {
        auto opened = store::Store::open(dir.filePath(u"cache.sqlite"_s));
        if (!opened)
            die(opened.error().toString());
        store = std::make_unique<store::Store>(std::move(opened).value());
        auto created = store->createAccount(
            store::AccountRecord{{}, u"bench"_s, store::Protocol::Imap, {}, {}});
        if (!created)
            die(created.error().toString());
        account = *created;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : (count > 20000 ? 3 : 5);
    const int resyncRuns = 11;

    test::TestServers servers({.smtp = false});
    if (Result<void> started = servers.start(); !started)
        die(started.error().message);
    QElapsedTimer seeding;
    seeding.start();
    if (Result<void> filled = imap::bench::fillInbox(servers.dovecot(), servers.user().name, count);
        !filled)
        die(filled.error().message);
    std::printf("IMAP sync, %d messages in INBOX (seeded in %.1f s), %d runs each, medians\n",
                count, double(seeding.elapsed()) / 1e3, runs);

    const QByteArray items = sync::imap::headerFetchItems();
    auto floorRun = [&] {
        Result<imap::bench::FloorRun> run = imap::bench::readFloor(
            servers.dovecot().imapPort(), servers.user().name, servers.user().password, items);
        if (!run)
            die(run.error().message);
        if (run->fetches != count)
            die(u"the floor saw %1 FETCH responses, expected %2"_s.arg(run->fetches).arg(count));
        return *run;
    };
    // Warm up: Dovecot's index and field cache fill on the first FETCH of these items.
    const imap::bench::FloorRun warm = floorRun();

    Engine plain{servers, false, {}};
    Engine compressed{servers, true, {}};
    // Optional: header chunk size and pipeline depth, to explore the engine's settings.
    for (Engine *engine : {&plain, &compressed}) {
        if (argc > 3)
            engine->options.chunk = std::atoi(argv[3]);
        if (argc > 4)
            engine->options.pipelineDepth = std::atoi(argv[4]);
    }
    std::vector<double> floorMs, plainMs, compressedMs;
    double plainCpu = 0, compressedCpu = 0;
    std::unique_ptr<Cache> last;
    for (int i = 0; i < runs; ++i) {
        floorMs.push_back(floorRun().ms);
        for (Engine *engine : {&plain, &compressed}) {
            auto cache = std::make_unique<Cache>();
            qint64 fetched = 0;
            const double ms = engine->run(*cache->store, cache->account, fetched,
                                          engine->compress ? compressedCpu : plainCpu);
            if (fetched != count)
                die(u"the engine fetched %1 messages, expected %2"_s.arg(fetched).arg(count));
            (engine->compress ? compressedMs : plainMs).push_back(ms);
            last = std::move(cache);
        }
    }
    const double floor = median(floorMs);
    std::printf("  floor (bare socket, same UID FETCH)    %9.1f ms  (%.1f MB from the server)\n",
                floor, double(warm.bytes) / 1e6);
    std::printf("  initial header sync                    %9.1f ms  %.2fx floor  CPU %.0f ms/run\n",
                median(plainMs), median(plainMs) / floor, plainCpu / runs);
    std::printf("  initial header sync, COMPRESS=DEFLATE  %9.1f ms  %.2fx floor  CPU %.0f ms/run\n",
                median(compressedMs), median(compressedMs) / floor, compressedCpu / runs);

    std::vector<double> resyncMs;
    double resyncCpu = 0;
    for (int i = 0; i < resyncRuns; ++i) {
        qint64 fetched = 0;
        resyncMs.push_back(compressed.run(*last->store, last->account, fetched, resyncCpu));
        if (fetched != 0)
            die(u"a no-change resync fetched %1 messages"_s.arg(fetched));
    }
    std::vector<double> selectMs;
    for (int i = 0; i < resyncRuns; ++i) {
        Result<imap::bench::FloorRun> run = imap::bench::selectFloor(
            servers.dovecot().imapPort(), servers.user().name, servers.user().password);
        if (!run)
            die(run.error().message);
        selectMs.push_back(run->ms);
    }
    std::printf("  floor of a resync (login, SELECT INBOX) %8.1f ms\n", median(selectMs));
    std::printf("  no-change resync (%d runs)             %9.1f ms  %.2fx floor  CPU %.0f ms/run\n",
                resyncRuns, median(resyncMs), median(resyncMs) / median(selectMs),
                resyncCpu / resyncRuns);
    std::printf("  peak RSS of the process                %9ld MB\n", peakRssMb());
    return 0;
}
