// SPDX-License-Identifier: GPL-3.0-or-later
// Message actions over a large folder: "mark all read" and "delete all" of N messages in an
// IMAP inbox (cache writes plus one queued op per message), against a floor measured in the
// same run: the same store writes issued directly (changeFlags, one enqueueOp each, moving the
// rows), without the actions' bookkeeping.
// Usage: bench_actions [N] (default 10000). Prints medians of 5 runs in milliseconds.
#include "accounts/AccountRepository.h"
#include "store/Store.h"
#include "sync/actions/MessageActions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace lb;
using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T> T check(Result<T> result)
{
    if (!result.ok()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(result.error().message));
        std::exit(1);
    }
    return std::move(result).value();
}

void check(Result<void> result)
{
    if (!result.ok()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(result.error().message));
        std::exit(1);
    }
}

struct Cache
{
    QTemporaryDir dir;
    std::optional<store::Store> store;
    AccountId account;
    FolderId inbox;
    FolderId trash;
    std::vector<MessageId> ids;
};

FolderId addFolder(Cache &c, const QString &path, store::FolderRole role)
{
    store::FolderRecord folder;
    folder.account = c.account;
    folder.path = path;
    folder.role = role;
    return check(c.store->upsertFolder(folder));
}

// A fresh cache with n messages (UIDs 1..n) in an IMAP account's INBOX.
std::unique_ptr<Cache> makeCache(int n)
{
    auto c = std::make_unique<Cache>();
    c->store.emplace(check(store::Store::open(c->dir.filePath(u"cache.sqlite"_s))));
    accounts::AccountSettings settings;
    settings.name = u"bench"_s;
    settings.email = u"me@example.org"_s;
    settings.incoming = {u"imap.example.org"_s, 993, net::TlsMode::Implicit, u"me"_s, {}};
    c->account = check(accounts::AccountRepository(*c->store).add(settings));
    c->inbox = addFolder(*c, u"INBOX"_s, store::FolderRole::Inbox);
    c->trash = addFolder(*c, u"Trash"_s, store::FolderRole::Trash);
    std::vector<store::MessageRecord> records(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        records[std::size_t(i)].uid = Uid{std::uint32_t(i + 1)};
        records[std::size_t(i)].messageId = u"%1@bench.example.org"_s.arg(i);
        records[std::size_t(i)].subject = u"Message %1"_s.arg(i);
        records[std::size_t(i)].date = 1700000000 + i;
    }
    c->ids = check(c->store->upsertHeaders(c->inbox, records));
    return c;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Runs `step` on a fresh cache 5 times; returns the median in milliseconds.
double measure(int n, const std::function<void(Cache &)> &step)
{
    std::vector<double> runs;
    for (int run = 0; run < 5; ++run) {
        auto cache = makeCache(n);
        QElapsedTimer timer;
        timer.start();
        step(*cache);
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(runs);
}

void floorWrites(Cache &c, store::PendingOpKind kind)
{
    for (std::size_t i = 0; i < c.ids.size(); ++i) {
        store::PendingOp op;
        op.account = c.account;
        op.kind = kind;
        op.message = c.ids[i];
        op.folder = c.inbox;
        op.uid = Uid{std::uint32_t(i + 1)};
        op.targetFolder = kind == store::PendingOpKind::Move ? c.trash : FolderId{};
        op.flagsAdd = store::MessageFlag::Seen;
        check(c.store->enqueueOp(op));
        if (kind == store::PendingOpKind::Move)
            check(c.store->relocateMessage(c.ids[i], c.trash));
    }
    if (kind == store::PendingOpKind::SetFlags)
        check(c.store->changeFlags(c.ids, store::MessageFlag::Seen, {}));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;

    const double markFloor =
        measure(n, [](Cache &c) { floorWrites(c, store::PendingOpKind::SetFlags); });
    const double mark = measure(n, [](Cache &c) {
        check(sync::MessageActions(*c.store).mark(c.ids, sync::FlagChange::Read));
    });
    const double deleteFloor =
        measure(n, [](Cache &c) { floorWrites(c, store::PendingOpKind::Move); });
    const double remove =
        measure(n, [](Cache &c) { check(sync::MessageActions(*c.store).remove(c.ids)); });

    std::printf("messages: %d\n", n);
    std::printf("mark all read:  %8.1f ms  floor %8.1f ms  ratio %.2f\n", mark, markFloor,
                mark / markFloor);
    std::printf("delete all:     %8.1f ms  floor %8.1f ms  ratio %.2f\n", remove, deleteFloor,
                remove / deleteFloor);
    return 0;
}
