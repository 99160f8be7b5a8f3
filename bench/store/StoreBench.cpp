// SPDX-License-Identifier: GPL-3.0-or-later
// Store benchmark: fills a cache with synthetic mail (default 100k messages in one folder) and
// prints median timings of the operations a mail client does all day, each beside a floor
// measured in the same run: the bare prepared SQLite statement doing the same lookup without
// our API, so the ratio shows what the store's layer costs.
#include "SyntheticMail.h"
#include "store/FtsQuery.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace lb;
using namespace lb::store;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kBatch = 1000;
constexpr int kRuns = 31;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}

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

void report(const char *what, double ours, double floor)
{
    if (floor <= 0) {
        std::printf("%-44s %9.3f ms\n", what, ours);
        return;
    }
    std::printf("%-44s %9.3f ms   floor %9.3f ms   ratio %5.2f\n", what, ours, floor, ours / floor);
}

// A raw connection for the floors: prepared once, stepped to the end, columns touched.
class RawQuery
{
public:
    RawQuery(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~RawQuery() { sqlite3_finalize(m_stmt); }
    int run(const std::function<void(sqlite3_stmt *)> &bind)
    {
        sqlite3_reset(m_stmt);
        bind(m_stmt);
        int rows = 0;
        while (sqlite3_step(m_stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(m_stmt); ++c)
                (void)sqlite3_column_text(m_stmt, c);
            ++rows;
        }
        return rows;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

constexpr const char *kColumns =
    "id, folder_id, thread_id, body_state, uid, uidl, message_id, in_reply_to, refs, date, "
    "from_name, from_address, to_summary, cc_summary, subject, size, flags, keywords, "
    "has_attachments, snippet";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(kBatch, atoi(argv[1])) : 100'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    Store store = check(Store::open(path));
    const AccountId account =
        check(store.createAccount({AccountId{}, u"Bench"_s, Protocol::Imap, {}, {}}));
    const FolderId inbox =
        check(store.upsertFolder({FolderId{}, account, u"INBOX"_s, u'/', FolderRole::Inbox}));

    bench::SyntheticMail mail;
    std::vector<MessageRecord> records;
    std::vector<QString> bodies;
    for (int i = 0; i < count; ++i) {
        records.push_back(mail.next());
        bodies.push_back(mail.bodyText());
    }
    std::printf("store benchmark: %d messages, batches of %d, medians of %d runs\n\n", count,
                kBatch, kRuns);

    // Insert: headers (threading, FTS of headers, counts) then the body-text phase.
    std::vector<double> insertMs, indexMs;
    std::vector<MessageId> ids;
    QElapsedTimer total;
    total.start();
    for (int start = 0; start < count; start += kBatch) {
        const auto batch = std::span(records).subspan(std::size_t(start),
                                                      std::size_t(std::min(kBatch, count - start)));
        QElapsedTimer t;
        t.start();
        auto batchIds = check(store.upsertHeaders(inbox, batch));
        insertMs.push_back(double(t.nsecsElapsed()) / 1e6);
        ids.insert(ids.end(), batchIds.begin(), batchIds.end());
    }
    const double insertTotal = double(total.elapsed());
    total.restart();
    for (int start = 0; start < count; start += kBatch) {
        std::vector<BodyText> texts;
        for (int i = start; i < std::min(start + kBatch, count); ++i)
            texts.push_back({ids[std::size_t(i)], bodies[std::size_t(i)]});
        QElapsedTimer t;
        t.start();
        check(store.indexTexts(texts));
        indexMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double indexTotal = double(total.elapsed());

    // Insert floor: the same rows into a bare table with only the date index, one prepared
    // INSERT, same batch size; no threading, no FTS, no counts.
    sqlite3 *floorDb = nullptr;
    sqlite3_open(dir.filePath(u"floor.sqlite"_s).toUtf8().constData(), &floorDb);
    sqlite3_exec(floorDb,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE m (id INTEGER "
                 "PRIMARY KEY, folder_id INT, uid INT, message_id TEXT, date INT, from_name TEXT, "
                 "from_address TEXT, to_summary TEXT, subject TEXT, size INT, flags INT, snippet "
                 "TEXT); CREATE INDEX m_date ON m(folder_id, date DESC, id DESC);",
                 nullptr, nullptr, nullptr);
    std::vector<double> floorInsertMs;
    {
        RawQuery insert(floorDb, "INSERT INTO m (folder_id, uid, message_id, date, from_name, "
                                 "from_address, to_summary, subject, size, flags, snippet) "
                                 "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (int start = 0; start < count; start += kBatch) {
            QElapsedTimer t;
            t.start();
            sqlite3_exec(floorDb, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            for (int i = start; i < std::min(start + kBatch, count); ++i) {
                const MessageRecord &r = records[std::size_t(i)];
                insert.run([&](sqlite3_stmt *s) {
                    const QByteArray texts[] = {r.messageId.toUtf8(),   r.fromName.toUtf8(),
                                                r.fromAddress.toUtf8(), r.toSummary.toUtf8(),
                                                r.subject.toUtf8(),     r.snippet.toUtf8()};
                    sqlite3_bind_int64(s, 1, r.uid.value);
                    sqlite3_bind_text(s, 2, texts[0].constData(), -1, SQLITE_TRANSIENT);
                    sqlite3_bind_int64(s, 3, r.date);
                    for (int k = 1; k <= 4; ++k)
                        sqlite3_bind_text(s, 3 + k, texts[k].constData(), -1, SQLITE_TRANSIENT);
                    sqlite3_bind_int64(s, 8, r.size);
                    sqlite3_bind_int64(s, 9, r.flags.toInt());
                    sqlite3_bind_text(s, 10, texts[5].constData(), -1, SQLITE_TRANSIENT);
                });
            }
            sqlite3_exec(floorDb, "COMMIT", nullptr, nullptr, nullptr);
            floorInsertMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    sqlite3_close(floorDb);

    const double perBatch = median(insertMs), floorPerBatch = median(floorInsertMs);
    std::printf("insert headers: %.0f msg/s overall (%.1f s for %d)\n",
                count / (insertTotal / 1000.0), insertTotal / 1000.0, count);
    report("insert batch of 1000 headers", perBatch, floorPerBatch);
    std::printf("index body text: %.0f msg/s overall (%.1f s)\n", count / (indexTotal / 1000.0),
                indexTotal / 1000.0);
    report("index body text, batch of 1000", median(indexMs), floorPerBatch);
    std::printf("\n");

    // Reads go through a second connection, as the GUI's would.
    Store reader = check(Store::open(path));
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const std::string pageSql = std::string("SELECT ") + kColumns +
                                " FROM messages WHERE folder_id = ?1 ORDER BY date DESC, id DESC "
                                "LIMIT 50";
    RawQuery rawFirst(raw, pageSql.c_str());
    const std::string deepSql = std::string("SELECT ") + kColumns +
                                " FROM messages WHERE folder_id = ?1 AND (date, id) < (?2, ?3) "
                                "ORDER BY date DESC, id DESC LIMIT 50";
    RawQuery rawDeep(raw, deepSql.c_str());

    const double first = medianMs(kRuns, [&] {
        (void)check(reader.messagesPage(inbox, SortKey::Date, SortDirection::Descending, {}, 50));
    });
    const double firstFloor = medianMs(kRuns, [&] {
        rawFirst.run([&](sqlite3_stmt *s) { sqlite3_bind_int64(s, 1, inbox.value); });
    });
    report("first page by date (50 rows)", first, firstFloor);

    for (auto [key, name] : {std::pair{SortKey::Sender, "first page by sender"},
                             std::pair{SortKey::Subject, "first page by subject"},
                             std::pair{SortKey::Size, "first page by size, ascending"}}) {
        const auto direction =
            key == SortKey::Size ? SortDirection::Ascending : SortDirection::Descending;
        const double ms = medianMs(
            kRuns, [&] { (void)check(reader.messagesPage(inbox, key, direction, {}, 50)); });
        report(name, ms, firstFloor);
    }

    // A page 90% of the way down, reached by a cursor.
    std::optional<PageCursor> cursor;
    for (int walked = 0; walked < count * 9 / 10; walked += 10'000) {
        cursor = check(reader.messagesPage(inbox, SortKey::Date, SortDirection::Descending, cursor,
                                           std::min(10'000, count * 9 / 10 - walked)))
                     .next;
    }
    const double deep = medianMs(kRuns, [&] {
        (void)check(
            reader.messagesPage(inbox, SortKey::Date, SortDirection::Descending, cursor, 50));
    });
    const double deepFloor = medianMs(kRuns, [&] {
        rawDeep.run([&](sqlite3_stmt *s) {
            sqlite3_bind_int64(s, 1, inbox.value);
            sqlite3_bind_int64(s, 2, std::get<std::int64_t>(cursor->value));
            sqlite3_bind_int64(s, 3, cursor->id.value);
        });
    });
    report("page at 90% depth via keyset (50 rows)", deep, deepFloor);
    const double unified = medianMs(
        kRuns, [&] { (void)check(reader.unifiedInboxPage(SortDirection::Descending, {}, 50)); });
    report("unified inbox first page (1 inbox)", unified, firstFloor);
    std::printf("\n");

    // Full-text search; the floor is the bare MATCH returning its first 50 rowids.
    RawQuery rawFts(raw, "SELECT rowid FROM message_search WHERE message_search MATCH ?1 "
                         "ORDER BY rowid DESC LIMIT 50");
    for (const QString &query :
         {u"budget"_s, u"quarterly report"_s, u"\"budget meeting\""_s, u"from:alice"_s, u"mün"_s,
          u"invoice payment refund"_s, u"nonexistentword"_s}) {
        std::size_t hits = 0;
        const double ms =
            medianMs(kRuns, [&] { hits = check(reader.search(query, std::nullopt, 50)).size(); });
        const QByteArray fts = toFtsQuery(query).toUtf8();
        const double floorMs = medianMs(kRuns, [&] {
            rawFts.run([&](sqlite3_stmt *s) {
                sqlite3_bind_text(s, 1, fts.constData(), -1, SQLITE_TRANSIENT);
            });
        });
        const QByteArray label = u"search %1 (%2 hits)"_s.arg(query).arg(hits).toUtf8();
        report(label.constData(), ms, floorMs);
    }
    std::printf("\n");

    // Conversations: the largest thread and a typical one.
    std::int64_t bigThread = 0;
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(raw,
                           "SELECT thread_id, count(*) AS n FROM messages GROUP BY "
                           "thread_id ORDER BY n DESC LIMIT 1",
                           -1, &s, nullptr);
        if (sqlite3_step(s) == SQLITE_ROW) {
            bigThread = sqlite3_column_int64(s, 0);
        }
        sqlite3_finalize(s);
    }
    const ThreadId typical = check(reader.message(ids[ids.size() / 2]))->thread;
    const std::string threadSql =
        std::string("SELECT ") + kColumns + " FROM messages WHERE thread_id = ?1 ORDER BY date, id";
    RawQuery rawThread(raw, threadSql.c_str());
    for (auto [thread, label] :
         {std::pair{ThreadId{bigThread}, "largest thread"}, std::pair{typical, "typical thread"}}) {
        std::size_t size = 0;
        const double ms =
            medianMs(kRuns, [&] { size = check(reader.threadMessages(thread)).size(); });
        const double floorMs = medianMs(kRuns, [&] {
            rawThread.run([&](sqlite3_stmt *s) { sqlite3_bind_int64(s, 1, thread.value); });
        });
        const QByteArray text =
            QByteArray(label) + " (" + QByteArray::number(qulonglong(size)) + " msgs)";
        report(text.constData(), ms, floorMs);
    }
    const double byId = medianMs(kRuns, [&] {
        (void)check(reader.messagesByMessageId(records[std::size_t(count / 3)].messageId));
    });
    report("message by Message-ID", byId, 0);
    sqlite3_close(raw);
    return 0;
}
