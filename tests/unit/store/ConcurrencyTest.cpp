// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

#include <atomic>
#include <thread>

using namespace lb;
using namespace lb::store;
using namespace lb::store::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::uint32_t kBatches = 30;
constexpr std::uint32_t kBatchSize = 100;

// A sync worker: its own connection, short transactions, reporting the first error.
void writeFolder(const QString &path, FolderId folder, std::atomic<int> &failures,
                 QString &firstError)
{
    auto store = Store::open(path);
    if (!store) {
        ++failures;
        firstError = store.error().message;
        return;
    }
    for (std::uint32_t b = 0; b < kBatches; ++b) {
        std::vector<MessageRecord> batch;
        for (std::uint32_t i = 0; i < kBatchSize; ++i)
            batch.push_back(record(b * kBatchSize + i + 1, 1'000 + b));
        auto ids = store->upsertHeaders(folder, batch);
        Result<void> flagged =
            ids ? store->changeFlags(std::span(*ids).first(10), MessageFlag::Seen, {})
                : Result<void>(ids.error());
        if (!flagged) {
            ++failures;
            firstError = flagged.error().message;
            return;
        }
    }
}

} // namespace

TEST_CASE("Writers on two threads and a reader share one file in WAL mode", "[store][threads]")
{
    StoreFixture f;
    const FolderId other =
        must(f.store.upsertFolder({FolderId{}, f.account, u"Other"_s, u'/', FolderRole::None}));
    std::atomic<int> failures{0};
    QString errorA, errorB;
    std::atomic<bool> done{false};
    std::thread writerA([&] { writeFolder(f.path, f.inbox, failures, errorA); });
    std::thread writerB([&] { writeFolder(f.path, other, failures, errorB); });
    std::thread watcher([&] {
        writerA.join();
        writerB.join();
        done = true;
    });

    // The GUI's reader: never blocked, never an error, sees counts only grow.
    Store reader = must(Store::open(f.path));
    std::int64_t lastTotal = 0;
    int reads = 0;
    while (!done) {
        auto page = reader.messagesPage(f.inbox, SortKey::Date, SortDirection::Descending, {}, 50);
        REQUIRE(page.ok());
        auto counts = reader.counts(f.inbox);
        REQUIRE(counts.ok());
        CHECK(counts->total >= lastTotal);
        lastTotal = counts->total;
        ++reads;
    }
    watcher.join();
    CAPTURE(errorA, errorB);
    CHECK(failures == 0);
    CHECK(reads > 0);
    for (FolderId folder : {f.inbox, other}) {
        const FolderCounts counts = must(reader.counts(folder));
        CHECK(counts.total == kBatches * kBatchSize);
        CHECK(counts.unread == kBatches * (kBatchSize - 10));
        CHECK(must(reader.uids(folder)).size() == kBatches * kBatchSize);
    }
}
