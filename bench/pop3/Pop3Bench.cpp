// SPDX-License-Identifier: GPL-3.0-or-later
// POP3 benchmark: seeds the private Dovecot with generated messages (default 10,000, written
// straight into the Maildir) and prints medians of
//  - a full download into a fresh cache with leave-on-server (downloadMail: RETR pipelined,
//    parse, one commit per message, search index), beside the floor measured in the same run:
//    a bare socket pipelining the same RETRs from the same server and discarding the bytes;
//  - a second run with nothing new (connect, log in, STAT, LIST, UIDL, ledger diff, QUIT),
//    beside a bare socket doing USER/PASS, UIDL and QUIT.
// Usage: bench_pop3 [messages] [runs]
#include "PipelinedReader.h"
#include "TestServers.h"

#include "accounts/AccountRepository.h"
#include "store/Store.h"
#include "sync/pop3/Pop3Download.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace lb;
using namespace Qt::Literals::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_pop3: %s\n", qPrintable(what));
    std::exit(1);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

double cpuMs()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double timedMs(const std::function<void()> &work, double *cpu = nullptr)
{
    const double cpuBefore = cpuMs();
    QElapsedTimer timer;
    timer.start();
    work();
    if (cpu)
        *cpu = cpuMs() - cpuBefore;
    return double(timer.nsecsElapsed()) / 1e6;
}

// Plain and multipart messages of 1-12 KB, the sizes of everyday mail without attachments.
QByteArray generatedMessage(int i)
{
    static const char *const kWords[] = {"meeting", "budget", "draft",  "review", "invoice",
                                         "travel",  "lunch",  "report", "update", "question"};
    QByteArray m = "From: Sender " + QByteArray::number(i % 97) + " <sender" +
                   QByteArray::number(i % 97) +
                   "@example.org>\r\nTo: Alice <alice@example.org>\r\n"
                   "Subject: " +
                   kWords[i % 10] + " number " + QByteArray::number(i) +
                   "\r\nDate: Mon, 3 Jun 2024 10:" + QByteArray::number(10 + i % 50) +
                   ":00 +0200\r\nMessage-ID: <bench" + QByteArray::number(i) +
                   "@example.org>\r\nMIME-Version: 1.0\r\n";
    const int lines = 15 + (i * 37) % 200;
    QByteArray body;
    for (int l = 0; l < lines; ++l)
        body += "Line " + QByteArray::number(l) + " is about the " + kWords[(i + l) % 10] +
                " and the " + kWords[(i * 3 + l) % 10] + " of this week.\r\n";
    if (i % 4 == 0) {
        m += "Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\n"
             "Content-Type: text/plain; charset=utf-8\r\n\r\n" +
             body + "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>" + body +
             "</p>\r\n--b--\r\n";
    } else {
        m += "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body;
    }
    return m;
}

accounts::AccountSettings benchAccount(const test::TestServers &servers)
{
    const net::ServerEndpoint e = servers.pop3Endpoint(net::TlsMode::None);
    accounts::AccountSettings s;
    s.name = u"Bench"_s;
    s.protocol = accounts::Protocol::Pop3;
    s.email = u"alice@example.org"_s;
    s.incoming.host = e.host;
    s.incoming.port = e.port;
    s.incoming.tls = net::TlsMode::None;
    s.incoming.user = servers.user(0).name;
    return s;
}

struct Cache
{
    QTemporaryDir dir;
    std::optional<store::Store> store;
    sync::SyncRequest request;
};

std::unique_ptr<Cache> freshCache(const test::TestServers &servers)
{
    auto cache = std::make_unique<Cache>();
    auto opened = store::Store::open(cache->dir.filePath(u"cache.db"_s));
    if (!opened)
        fail(opened.error().message);
    cache->store.emplace(std::move(*opened));
    cache->request.settings = benchAccount(servers);
    auto account = accounts::AccountRepository(*cache->store).add(cache->request.settings);
    if (!account)
        fail(account.error().message);
    cache->request.account = *account;
    cache->request.password = servers.user(0).password;
    cache->request.store = &*cache->store;
    return cache;
}

sync::SyncReport download(Cache &cache, const sync::pop3::EngineOptions &options)
{
    auto report = sync::pop3::downloadMail(cache.request, options);
    if (!report)
        fail(report.error().toString());
    return *report;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    sync::pop3::EngineOptions options;
    if (argc > 3)
        options.session.pipelineWindow = std::max(1, std::atoi(argv[3]));
    constexpr int kFloorWindow = 64;

    test::TestServersOptions serverOptions;
    serverOptions.smtp = false;
    serverOptions.dovecotOptions.tls = false; // plaintext for both sides: no TLS in either
    test::TestServers servers(serverOptions);
    if (auto started = servers.start(); !started)
        fail(started.error().message);
    const QString user = servers.user(0).name;
    const quint16 port = servers.pop3Endpoint(net::TlsMode::None).port;

    qint64 octets = 0;
    const double seedMs = timedMs([&] {
        for (int i = 1; i <= count; ++i) {
            const QByteArray m = generatedMessage(i);
            octets += m.size();
            if (auto delivered = servers.dovecot().deliver(user, u"INBOX"_s, m); !delivered)
                fail(delivered.error().message);
        }
    });
    std::printf("seeded %d messages, %.1f MB, in %.0f ms\n", count, double(octets) / 1e6, seedMs);

    {
        auto warm = freshCache(servers); // Dovecot builds its index and caches the files
        if (download(*warm, options).newMessages != count)
            fail(u"the warm-up run did not download every message"_s);
    }

    std::vector<double> ours;
    std::vector<double> oursCpu;
    std::vector<double> floor;
    std::unique_ptr<Cache> last;
    for (int r = 0; r < runs; ++r) {
        lb::bench::FloorResult bare;
        floor.push_back(timedMs([&] {
            bare = lb::bench::pipelinedRetr(port, user.toUtf8(), servers.user(0).password.toUtf8(),
                                            std::uint32_t(count), kFloorWindow);
        }));
        if (!bare.ok || bare.messages != std::uint64_t(count))
            fail(u"floor: "_s + bare.error);
        last = freshCache(servers);
        sync::SyncReport report;
        double cpu = 0;
        ours.push_back(timedMs([&] { report = download(*last, options); }, &cpu));
        oursCpu.push_back(cpu);
        if (report.newMessages != count)
            fail(u"download: %1 of %2 messages"_s.arg(report.newMessages).arg(count));
        std::printf("run %d: download %.0f ms (CPU %.0f ms), floor %.0f ms\n", r + 1, ours.back(),
                    cpu, floor.back());
        std::fflush(stdout);
    }

    std::vector<double> idle;
    std::vector<double> idleFloor;
    for (int r = 0; r < 11; ++r) {
        lb::bench::FloorResult bare;
        idleFloor.push_back(timedMs([&] {
            bare = lb::bench::uidlOnly(port, user.toUtf8(), servers.user(0).password.toUtf8());
        }));
        if (!bare.ok)
            fail(u"UIDL floor: "_s + bare.error);
        sync::SyncReport report;
        idle.push_back(timedMs([&] { report = download(*last, options); }));
        if (report.newMessages != 0)
            fail(u"the second run found new messages"_s);
    }

    const double d = median(ours);
    const double f = median(floor);
    std::printf("\nPOP3 download, %d messages (%.1f MB), leave on server, window %d "
                "(floor window %d), %d runs\n",
                count, double(octets) / 1e6, options.session.pipelineWindow, kFloorWindow, runs);
    std::printf("  full download  median %8.1f ms  (%.0f msg/s), CPU median %.1f ms\n", d,
                count / d * 1000, median(oursCpu));
    std::printf("  floor          median %8.1f ms  -> download / floor = %.2fx (target <= 1.3x)\n",
                f, d / f);
    std::printf("  nothing new    median %8.1f ms  (target <= 100 ms); UIDL floor %.1f ms\n",
                median(idle), median(idleFloor));
    return 0;
}
