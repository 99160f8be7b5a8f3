// SPDX-License-Identifier: GPL-3.0-or-later
// bench_ui [MESSAGES]: the main window over a cache with one folder of MESSAGES (default
// 100,000) headers. Prints medians of
//   - selecting the folder until its first rows are painted   (floor: the first page's query)
//   - scrolling to the end: every page fetched, last row shown  (floor: every page queried)
//   - full-text search shown in the list                       (floor: the FTS query)
//   - starting the letterbox binary until its window is shown  (floor: an empty Qt window)
//   - peak RSS of this process with the whole folder loaded in the list
// The cache is built by a child run of this program (--build), so its memory does not count.
#include "SyntheticMail.h"

#include "main/FolderTreeModel.h"
#include "main/MainWindow.h"
#include "main/MessageListModel.h"
#include "main/MessageListView.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace lb;

namespace {

template <typename T> T must(Result<T> r)
{
    if (!r) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(r.error().message));
        std::exit(1);
    }
    return std::move(r).value();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const char *what, double ours, double floor)
{
    std::printf("%-44s %9.2f ms   floor %9.2f ms   ratio %6.2f\n", what, ours, floor,
                floor > 0 ? ours / floor : 0.0);
    std::fflush(stdout);
}

long peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

int build(const QString &file, int count)
{
    store::Store store = must(store::Store::open(file));
    const AccountId account = must(store.createAccount(
        {{}, u"Bench"_s, store::Protocol::Imap, u"bench@example.org"_s, u"Bench"_s}));
    store::FolderRecord inbox{{}, account, u"INBOX"_s, u'/', store::FolderRole::Inbox};
    const FolderId folder = must(store.upsertFolder(inbox));
    store::FolderRecord sent{{}, account, u"Sent"_s, u'/', store::FolderRole::Sent};
    (void)must(store.upsertFolder(sent));
    store::bench::SyntheticMail mail;
    std::vector<store::MessageRecord> batch;
    for (int i = 0; i < count; ++i) {
        batch.push_back(mail.next());
        if (batch.size() == 2000 || i + 1 == count) {
            (void)must(store.upsertHeaders(folder, batch));
            batch.clear();
        }
    }
    return 0;
}

void paint(QWidget &widget)
{
    widget.repaint(); // synchronous: the rows are on screen when it returns
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() >= 4 && args.at(1) == u"--build")
        return build(args.at(2), args.at(3).toInt());
    const int count = args.size() >= 2 ? args.at(1).toInt() : 100000;

    QTemporaryDir dir;
    const QString cache = dir.filePath(u"cache.sqlite"_s);
    std::printf("building a cache of %d messages...\n", count);
    std::fflush(stdout);
    QProcess builder;
    builder.start(QApplication::applicationFilePath(),
                  {u"--build"_s, cache, QString::number(count)});
    if (!builder.waitForFinished(-1) || builder.exitCode() != 0) {
        std::fprintf(stderr, "building the cache failed\n");
        return 1;
    }

    // Start-up: the real binary against this cache until its window is shown.
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LETTERBOX_DATA_DIR"_s, dir.path());
        env.insert(u"LETTERBOX_QUIT_WHEN_SHOWN"_s, u"1"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const auto run = [&](const QString &program) {
            return timeMs([&] {
                QProcess p;
                p.setProcessEnvironment(env);
                p.start(program, {});
                p.waitForFinished(-1);
            });
        };
        std::vector<double> ours, floor;
        for (int i = 0; i < 7; ++i) {
            floor.push_back(run(QString::fromUtf8(LETTERBOX_START_FLOOR_BINARY)));
            ours.push_back(run(QString::fromUtf8(LETTERBOX_GUI_BINARY)));
        }
        report("start to main window shown", median(ours), median(floor));
    }

    store::Store store = must(store::Store::open(cache));
    const auto accounts = must(store.accounts());
    const auto folders = must(store.folders(accounts.front().id));
    FolderId inbox, sent;
    for (const auto &f : folders)
        (f.role == store::FolderRole::Inbox ? inbox : sent) = f.id;

    ui::MainWindow window(store, nullptr);
    window.resize(1200, 760);
    window.show();
    QApplication::processEvents();
    auto *list = window.messageView();

    // First rows: from the click on the folder to the list painted.
    {
        std::vector<double> ours, floor;
        for (int i = 0; i < 9; ++i) {
            window.selectFolder(sent);
            paint(*list->viewport());
            floor.push_back(timeMs([&] {
                (void)must(store.messagesPage(inbox, store::SortKey::Date,
                                              store::SortDirection::Descending, std::nullopt, 200));
            }));
            ours.push_back(timeMs([&] {
                window.selectFolder(inbox);
                paint(*list->viewport());
            }));
        }
        report("select folder to first rows painted", median(ours), median(floor));
        std::printf("  rows in the list after the first paint: %d\n",
                    window.messageModel()->rowCount());
    }

    // Scroll to the end: every page fetched in order, the last row painted.
    {
        std::vector<double> ours, floor;
        for (int i = 0; i < 3; ++i) {
            window.selectFolder(sent);
            window.selectFolder(inbox);
            floor.push_back(timeMs([&] {
                std::optional<store::PageCursor> cursor;
                do {
                    auto page =
                        must(store.messagesPage(inbox, store::SortKey::Date,
                                                store::SortDirection::Descending, cursor, 200));
                    cursor = page.next;
                } while (cursor);
            }));
            ours.push_back(timeMs([&] {
                auto *model = window.messageModel();
                while (model->canFetchMore({}))
                    model->fetchMore({});
                list->scrollToBottom();
                paint(*list->viewport());
            }));
        }
        report("scroll to the end (every page)", median(ours), median(floor));
        std::printf("  rows held: %lld\n", qlonglong(window.messageModel()->loadedRows()));
    }
    const long rssLoaded = peakRssKb();

    // Full-text search, shown in the list.
    {
        const QStringList queries = {u"meeting"_s, u"invoice"_s, u"re"_s, u"project update"_s,
                                     u"budget"_s};
        std::vector<double> ours, floor;
        for (int round = 0; round < 3; ++round) {
            for (const QString &q : queries) {
                floor.push_back(timeMs([&] { (void)must(store.search(q, std::nullopt, 200)); }));
                ours.push_back(timeMs([&] {
                    window.messageModel()->setSource(ui::ListSource::search(q));
                    paint(*list->viewport());
                }));
            }
        }
        report("full-text search shown", median(ours), median(floor));
    }
    std::printf("%-44s %9.1f MB (whole folder loaded in the list: %.1f MB)\n", "peak RSS",
                double(peakRssKb()) / 1024.0, double(rssLoaded) / 1024.0);
    return 0;
}
