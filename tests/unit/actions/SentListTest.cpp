// SPDX-License-Identifier: GPL-3.0-or-later
// Sent never shows two copies of one Message-ID (the server's own filing and ours); other
// folders show every message.
#include "ActionsFixture.h"

using namespace Qt::Literals::StringLiterals;
using lb::MessageId;
using lb::store::SortDirection;
using lb::store::SortKey;
using lb::test::ActionsFixture;
using lb::test::must;

TEST_CASE("Sent list: one row per Message-ID, every row elsewhere", "[actions][sent]")
{
    ActionsFixture f;
    const MessageId first = f.add(u"Sent"_s, 1, u"same@example.org"_s);
    f.add(u"Sent"_s, 2, u"same@example.org"_s);
    f.add(u"Sent"_s, 3, u"other@example.org"_s);
    f.add(u"Sent"_s, 4, QString()); // no Message-ID: never folded
    f.add(u"Sent"_s, 5, QString());
    f.add(u"INBOX"_s, 1, u"same@example.org"_s);
    f.add(u"INBOX"_s, 2, u"same@example.org"_s);

    const auto sent = must(f.store().messagesPage(f.folder(u"Sent"_s), SortKey::Date,
                                                  SortDirection::Descending, std::nullopt, 50));
    REQUIRE(sent.rows.size() == 4);
    int same = 0;
    for (const auto &row : sent.rows) {
        if (row.record.messageId == u"same@example.org"_s) {
            ++same;
            CHECK(row.id == first);
        }
    }
    CHECK(same == 1);

    // Paging over the folded list stays consistent.
    const auto page1 = must(f.store().messagesPage(f.folder(u"Sent"_s), SortKey::Date,
                                                   SortDirection::Descending, std::nullopt, 2));
    REQUIRE(page1.next.has_value());
    const auto page2 = must(f.store().messagesPage(f.folder(u"Sent"_s), SortKey::Date,
                                                   SortDirection::Descending, page1.next, 2));
    CHECK(page1.rows.size() + page2.rows.size() == 4);

    const auto inbox = must(f.store().messagesPage(f.folder(u"INBOX"_s), SortKey::Date,
                                                   SortDirection::Descending, std::nullopt, 50));
    CHECK(inbox.rows.size() == 2);
}
