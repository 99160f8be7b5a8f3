// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SortKeys.h"

#include "StoreFixture.h"

#include <algorithm>

using namespace lb;
using namespace lb::store;
using namespace lb::store::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Few distinct values per key, so pages end in the middle of runs of equal sort values.
MessageRecord varied(std::uint32_t uid)
{
    static const QString names[] = {u"alice"_s, u"Bob"_s, u"ALICE"_s, u""_s, u"Élodie"_s};
    static const QString subjects[] = {u"Re: Plans"_s, u"plans"_s, u"Fwd: Budget"_s,
                                       u"budget"_s,    u"Zebra"_s, u"RE: re: Plans"_s};
    MessageRecord r = record(uid, 1'000 + (uid * 7) % 4, subjects[uid % 6]);
    r.fromName = names[uid % 5];
    r.fromAddress = u"user%1@example.org"_s.arg(uid % 3);
    r.size = 100 * (uid % 3);
    return r;
}

using Key = std::pair<std::variant<std::int64_t, QString>, std::int64_t>;

Key keyOf(const MessageRow &row, SortKey key)
{
    const MessageRecord &r = row.record;
    switch (key) {
    case SortKey::Date:
        return {r.date, row.id.value};
    case SortKey::Size:
        return {r.size, row.id.value};
    case SortKey::Sender:
        return {sortSender(r.fromName, r.fromAddress), row.id.value};
    case SortKey::Subject:
        return {sortSubject(r.subject), row.id.value};
    }
    return {};
}

std::vector<MessageId> expectedOrder(std::vector<MessageRow> rows, SortKey key,
                                     SortDirection direction)
{
    std::sort(rows.begin(), rows.end(), [&](const MessageRow &a, const MessageRow &b) {
        return direction == SortDirection::Ascending ? keyOf(a, key) < keyOf(b, key)
                                                     : keyOf(b, key) < keyOf(a, key);
    });
    std::vector<MessageId> ids;
    for (const auto &row : rows)
        ids.push_back(row.id);
    return ids;
}

template <typename NextPage>
std::vector<MessageId> collectPages(NextPage nextPage, int limit, std::size_t total)
{
    std::vector<MessageId> seen;
    std::optional<PageCursor> cursor;
    for (std::size_t guard = 0; guard <= total + 1; ++guard) {
        const MessagePage page = nextPage(cursor, limit);
        REQUIRE(page.rows.size() <= std::size_t(limit));
        for (const auto &row : page.rows)
            seen.push_back(row.id);
        if (!page.next) {
            return seen;
        }
        CHECK(page.rows.size() == std::size_t(limit));
        CHECK(page.next->id == page.rows.back().id);
        cursor = page.next;
    }
    FAIL("paging did not end");
    return seen;
}

} // namespace

TEST_CASE("Keyset pages cover a folder exactly once in every order", "[store][paging]")
{
    StoreFixture f;
    std::vector<MessageRecord> batch;
    for (std::uint32_t uid = 1; uid <= 23; ++uid)
        batch.push_back(varied(uid));
    must(f.store.upsertHeaders(f.inbox, batch));
    // Another folder's rows must never show up.
    const FolderId other =
        must(f.store.upsertFolder({FolderId{}, f.account, u"Other"_s, u'/', FolderRole::None}));
    must(f.store.upsertHeaders(other, std::vector{varied(1), varied(2)}));

    const auto all =
        must(f.store.messagesPage(f.inbox, SortKey::Date, SortDirection::Descending, {}, 1000));
    REQUIRE(all.rows.size() == 23);
    CHECK_FALSE(all.next.has_value());

    const SortKey key = GENERATE(SortKey::Date, SortKey::Sender, SortKey::Subject, SortKey::Size);
    const SortDirection direction = GENERATE(SortDirection::Descending, SortDirection::Ascending);
    const int limit = GENERATE(1, 4, 5, 22, 23, 24);
    CAPTURE(int(key), int(direction), limit);
    const auto pages = collectPages(
        [&](const std::optional<PageCursor> &after, int n) {
            return must(f.store.messagesPage(f.inbox, key, direction, after, n));
        },
        limit, 23);
    CHECK(pages == expectedOrder(all.rows, key, direction));
}

TEST_CASE("Paging at the boundaries", "[store][paging]")
{
    StoreFixture f;
    // Empty folder: an empty page and no cursor.
    auto empty =
        must(f.store.messagesPage(f.inbox, SortKey::Date, SortDirection::Descending, {}, 10));
    CHECK(empty.rows.empty());
    CHECK_FALSE(empty.next.has_value());

    // Every row has the same date: only the id orders them.
    std::vector<MessageRecord> same;
    for (std::uint32_t uid = 1; uid <= 6; ++uid)
        same.push_back(record(uid, 5'000));
    const auto ids = must(f.store.upsertHeaders(f.inbox, same));
    auto first =
        must(f.store.messagesPage(f.inbox, SortKey::Date, SortDirection::Descending, {}, 3));
    REQUIRE(first.rows.size() == 3);
    CHECK(first.rows[0].id == ids[5]);
    CHECK(first.rows[2].id == ids[3]);
    REQUIRE(first.next.has_value());
    CHECK(std::get<std::int64_t>(first.next->value) == 5'000);
    auto second = must(
        f.store.messagesPage(f.inbox, SortKey::Date, SortDirection::Descending, first.next, 3));
    REQUIRE(second.rows.size() == 3);
    CHECK(second.rows[0].id == ids[2]);
    CHECK(second.rows[2].id == ids[0]);
    // A full last page still offers a cursor; the page after it is empty and final.
    REQUIRE(second.next.has_value());
    auto third = must(
        f.store.messagesPage(f.inbox, SortKey::Date, SortDirection::Descending, second.next, 3));
    CHECK(third.rows.empty());
    CHECK_FALSE(third.next.has_value());

    // A limit of zero or less is an empty page, a cursor of the wrong kind an error.
    CHECK(must(f.store.messagesPage(f.inbox, SortKey::Date, SortDirection::Ascending, {}, 0))
              .rows.empty());
    auto wrong =
        f.store.messagesPage(f.inbox, SortKey::Subject, SortDirection::Ascending, first.next, 3);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(u"cursor"_s));
}

TEST_CASE("The unified inbox pages across every account's inbox", "[store][paging]")
{
    StoreFixture f;
    const AccountId second =
        must(f.store.createAccount({AccountId{}, u"Second"_s, Protocol::Pop3, {}, {}}));
    const FolderId secondInbox =
        must(f.store.upsertFolder({FolderId{}, second, u"INBOX"_s, u'/', FolderRole::Inbox}));
    const FolderId notInbox =
        must(f.store.upsertFolder({FolderId{}, f.account, u"Lists"_s, u'/', FolderRole::None}));
    std::vector<MessageRecord> a, b;
    for (std::uint32_t uid = 1; uid <= 9; ++uid) {
        a.push_back(record(uid, 100 + uid % 3));
        b.push_back(record(uid, 100 + uid % 4));
    }
    must(f.store.upsertHeaders(f.inbox, a));
    must(f.store.upsertHeaders(secondInbox, b));
    must(f.store.upsertHeaders(notInbox, a));

    std::vector<MessageRow> inboxRows;
    for (FolderId folder : {f.inbox, secondInbox}) {
        auto page =
            must(f.store.messagesPage(folder, SortKey::Date, SortDirection::Ascending, {}, 100));
        inboxRows.insert(inboxRows.end(), page.rows.begin(), page.rows.end());
    }
    const SortDirection direction = GENERATE(SortDirection::Descending, SortDirection::Ascending);
    const int limit = GENERATE(1, 4, 7, 18, 50);
    CAPTURE(int(direction), limit);
    const auto pages =
        collectPages([&](const std::optional<PageCursor> &after,
                         int n) { return must(f.store.unifiedInboxPage(direction, after, n)); },
                     limit, 18);
    CHECK(pages == expectedOrder(inboxRows, SortKey::Date, direction));

    // A user-chosen inbox role counts too; another folder's rows never do.
    must(f.store.setFolderRole(notInbox, FolderRole::Inbox));
    CHECK(must(f.store.unifiedInboxPage(direction, {}, 100)).rows.size() == 27);
}
