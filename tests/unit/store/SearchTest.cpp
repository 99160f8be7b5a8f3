// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

using namespace lb;
using namespace lb::store;
using namespace lb::store::test;
using namespace Qt::Literals::StringLiterals;

namespace {

struct SearchFixture : StoreFixture
{
    std::vector<MessageId> ids;

    SearchFixture()
    {
        std::vector<MessageRecord> batch;
        auto add = [&](const QString &subject, const QString &fromName, const QString &from,
                       const QString &to, std::int64_t date) {
            MessageRecord r = record(std::uint32_t(batch.size() + 1), date, subject);
            r.fromName = fromName;
            r.fromAddress = from;
            r.toSummary = to;
            batch.push_back(r);
        };
        add(u"Quarterly budget review"_s, u"Alice Smith"_s, u"alice@corp.example"_s,
            u"Team <team@corp.example>"_s, 100);
        add(u"Re: Quarterly budget review"_s, u"Bob Jones"_s, u"bob@corp.example"_s,
            u"Alice Smith <alice@corp.example>"_s, 200);
        add(u"Lunch on Friday?"_s, u"Jürgen Müller"_s, u"juergen@beispiel.example"_s,
            u"bob@corp.example"_s, 300);
        add(u"Отчёт за май"_s, u"Иван"_s, u"ivan@example.ru"_s, u"me@example.org"_s, 400);
        add(u"会議の議事録"_s, u"田中"_s, u"tanaka@example.jp"_s, u"me@example.org"_s, 500);
        add(u"Invoice \"AND\" (final) *urgent*"_s, u"Billing"_s, u"billing@shop.example"_s,
            u"me@example.org"_s, 600);
        ids = must(store.upsertHeaders(inbox, batch));
        must(store.indexText(ids[2], u"Shall we try the new Café near the station?"_s));
    }

    std::vector<MessageId> find(const QString &text, int limit = 50,
                                std::optional<AccountId> in = std::nullopt)
    {
        std::vector<MessageId> out;
        for (const auto &row : must(store.search(text, in, limit)))
            out.push_back(row.id);
        return out;
    }
};

} // namespace

TEST_CASE("Search finds words in subject, sender, recipients and body, newest first",
          "[store][fts]")
{
    SearchFixture f;
    CHECK(f.find(u"budget"_s) == std::vector{f.ids[1], f.ids[0]});
    CHECK(f.find(u"BUDG"_s) == std::vector{f.ids[1], f.ids[0]}); // prefix, any case
    CHECK(f.find(u"budget bob"_s) == std::vector{f.ids[1]});     // all words must match
    CHECK(f.find(u"alice"_s) == std::vector{f.ids[1], f.ids[0]});
    CHECK(f.find(u"from:alice"_s) == std::vector{f.ids[0]});
    CHECK(f.find(u"to:alice"_s) == std::vector{f.ids[1]});
    CHECK(f.find(u"subject:lunch"_s) == std::vector{f.ids[2]});
    CHECK(f.find(u"station"_s) == std::vector{f.ids[2]});
    CHECK(f.find(u"body:station"_s) == std::vector{f.ids[2]});
    CHECK(f.find(u"\"budget review\""_s) == std::vector{f.ids[1], f.ids[0]});
    CHECK(f.find(u"\"review budget\""_s).empty());
    CHECK(f.find(u"budget"_s, 1) == std::vector{f.ids[1]});
    CHECK(f.find(u"nothing-like-this"_s).empty());
}

TEST_CASE("Search handles non-ASCII text and diacritics", "[store][fts]")
{
    SearchFixture f;
    CHECK(f.find(u"müller"_s) == std::vector{f.ids[2]});
    CHECK(f.find(u"muller"_s) == std::vector{f.ids[2]});
    CHECK(f.find(u"JÜRGEN"_s) == std::vector{f.ids[2]});
    CHECK(f.find(u"cafe"_s) == std::vector{f.ids[2]});
    CHECK(f.find(u"отчёт"_s) == std::vector{f.ids[3]});
    CHECK(f.find(u"иван"_s) == std::vector{f.ids[3]});
    CHECK(f.find(u"会議"_s) == std::vector{f.ids[4]}); // a prefix of the unsegmented run
}

TEST_CASE("Hostile search text is never an FTS syntax error", "[store][fts]")
{
    SearchFixture f;
    const QString hostile[] = {
        u"\""_s,
        u"\"\"\""_s,
        u"AND"_s,
        u"OR"_s,
        u"NOT"_s,
        u"AND OR NOT"_s,
        u"*"_s,
        u"**"_s,
        u"a*b*"_s,
        u"("_s,
        u")"_s,
        u"(("_s,
        u"foo)"_s,
        u"NEAR("_s,
        u"NEAR(a b, 2)"_s,
        u"^"_s,
        u"{subject}: x"_s,
        u"subject:"_s,
        u"sender : x"_s,
        u"-x"_s,
        u"+x"_s,
        u":"_s,
        u"a:b:c"_s,
        u"\\"_s,
        u"'; DROP TABLE messages; --"_s,
        u"\u00A0\u200B"_s,
        u"x"_s + QChar(0) + u"\"y"_s,
        QString(500, u'('),
        QString(10000, u'a'),
        u"\xD83D\xDE00 emoji"_s,
        QString(QChar(0xD800)) /* lone surrogate */,
    };
    for (const QString &text : hostile) {
        CAPTURE(text);
        auto result = f.store.search(text, std::nullopt, 10);
        REQUIRE(result.ok());
    }
    // Operators and punctuation are searched as the text they are.
    CHECK(f.find(u"AND"_s) == std::vector{f.ids[5]});
    CHECK(f.find(u"(final)"_s) == std::vector{f.ids[5]});
    CHECK(f.find(u"*urgent*"_s) == std::vector{f.ids[5]});
    CHECK(f.find(u"\"AND\" (final"_s) == std::vector{f.ids[5]});
    CHECK(f.find(u"   "_s).empty());
}

TEST_CASE("Search can be limited to one account", "[store][fts]")
{
    SearchFixture f;
    const AccountId other =
        must(f.store.createAccount({AccountId{}, u"Other"_s, Protocol::Imap, {}, {}}));
    const FolderId otherInbox =
        must(f.store.upsertFolder({FolderId{}, other, u"INBOX"_s, u'/', FolderRole::Inbox}));
    const MessageId theirs =
        must(f.store.upsertHeaders(otherInbox, std::vector{record(1, 50, u"budget plan"_s)}))[0];
    CHECK(f.find(u"budget"_s).size() == 3);
    CHECK(f.find(u"budget"_s, 50, other) == std::vector{theirs});
    CHECK(f.find(u"budget"_s, 50, f.account) == std::vector{f.ids[1], f.ids[0]});
}

TEST_CASE("Search results come newest first, equal dates by id, odd dates included", "[store][fts]")
{
    StoreFixture f;
    std::vector<MessageRecord> batch{record(1, 500), record(2, 500), record(3, -86'400),
                                     record(4, 900), record(5, 500)};
    const auto ids = must(f.store.upsertHeaders(f.inbox, batch));
    std::vector<MessageId> found;
    for (const auto &row : must(f.store.search(u"hello"_s, std::nullopt, 10)))
        found.push_back(row.id);
    CHECK(found == std::vector{ids[3], ids[4], ids[1], ids[0], ids[2]});
    found.clear();
    for (const auto &row : must(f.store.search(u"hello"_s, std::nullopt, 2)))
        found.push_back(row.id);
    CHECK(found == std::vector{ids[3], ids[4]});
}
