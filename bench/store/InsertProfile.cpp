// SPDX-License-Identifier: GPL-3.0-or-later
// A small, repeatable insert run for instruction-count profiling: fills a folder with PREFILL
// synthetic messages (headers and body text), then inserts COUNT more in batches of 1000 and
// indexes their body text. The two measured phases run inside their own non-inlined functions,
// so a profiler can count only them, e.g.
//   valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*measuredInsert*' ...
// Usage: bench_store_insert [PREFILL [COUNT [newest-first]]] (defaults 5000, 5000, oldest
// first). newest-first inserts the COUNT messages in descending order, as an IMAP initial sync
// that shows the newest mail first does.
#include "SyntheticMail.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace lb;
using namespace lb::store;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kBatch = 1000;

template <typename T> T check(Result<T> result)
{
    if (!result.ok()) {
        std::fprintf(stderr, "store error: %s\n", qPrintable(result.error().message));
        std::exit(1);
    }
    return std::move(result).value();
}

void check(Result<void> result)
{
    if (!result.ok()) {
        std::fprintf(stderr, "store error: %s\n", qPrintable(result.error().message));
        std::exit(1);
    }
}

struct Mail
{
    std::vector<MessageRecord> records;
    std::vector<QString> bodies;
};

std::vector<MessageId> insertAll(Store &store, FolderId folder, std::span<const MessageRecord> all)
{
    std::vector<MessageId> ids;
    for (std::size_t start = 0; start < all.size(); start += kBatch) {
        const auto batch = all.subspan(start, std::min<std::size_t>(kBatch, all.size() - start));
        const auto batchIds = check(store.upsertHeaders(folder, batch));
        ids.insert(ids.end(), batchIds.begin(), batchIds.end());
    }
    return ids;
}

void indexAll(Store &store, const std::vector<MessageId> &ids, std::span<const QString> bodies)
{
    for (std::size_t start = 0; start < ids.size(); start += kBatch) {
        std::vector<BodyText> texts;
        for (std::size_t i = start; i < std::min(start + kBatch, ids.size()); ++i)
            texts.push_back({ids[i], bodies[i]});
        check(store.indexTexts(texts));
    }
}

[[gnu::noinline]] std::vector<MessageId> measuredInsert(Store &store, FolderId folder,
                                                        std::span<const MessageRecord> all)
{
    return insertAll(store, folder, all);
}

[[gnu::noinline]] void measuredIndex(Store &store, const std::vector<MessageId> &ids,
                                     std::span<const QString> bodies)
{
    indexAll(store, ids, bodies);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int prefill = argc > 1 ? std::max(0, std::atoi(argv[1])) : 5000;
    const int count = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5000;
    const bool newestFirst = argc > 3 && std::strcmp(argv[3], "newest-first") == 0;
    QTemporaryDir dir;
    Store store = check(Store::open(dir.filePath(u"profile.sqlite"_s)));
    const AccountId account =
        check(store.createAccount({AccountId{}, u"Profile"_s, Protocol::Imap, {}, {}}));
    const FolderId inbox =
        check(store.upsertFolder({FolderId{}, account, u"INBOX"_s, u'/', FolderRole::Inbox}));

    bench::SyntheticMail mail;
    Mail all;
    for (int i = 0; i < prefill + count; ++i) {
        all.records.push_back(mail.next());
        all.bodies.push_back(mail.bodyText());
    }
    if (newestFirst) {
        std::reverse(all.records.begin() + prefill, all.records.end());
        std::reverse(all.bodies.begin() + prefill, all.bodies.end());
    }
    const auto records = std::span<const MessageRecord>(all.records);
    const auto bodies = std::span<const QString>(all.bodies);
    const auto prefillIds = insertAll(store, inbox, records.first(std::size_t(prefill)));
    indexAll(store, prefillIds, bodies.first(std::size_t(prefill)));

    QElapsedTimer timer;
    timer.start();
    const auto ids = measuredInsert(store, inbox, records.subspan(std::size_t(prefill)));
    const double insertMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    measuredIndex(store, ids, bodies.subspan(std::size_t(prefill)));
    const double indexMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("%d headers into a folder of %d%s: %.1f ms (%.0f msg/s)\n", count, prefill,
                newestFirst ? ", newest first" : "", insertMs, count / (insertMs / 1000.0));
    std::printf("%d body texts: %.1f ms (%.0f msg/s)\n", count, indexMs,
                count / (indexMs / 1000.0));
    return 0;
}
