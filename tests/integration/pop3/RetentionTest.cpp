// SPDX-License-Identifier: GPL-3.0-or-later
// Server-side retention against a real Dovecot: keep at most N messages / N MB (newest kept,
// only what is committed here deleted) and deletions requested by deleting messages here.
#include "Pop3Fixture.h"

#include "sync/pop3/Pop3Download.h"

#include "QtCatch.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;
using lb::sync::pop3::downloadMail;
using lb::sync::pop3::EngineOptions;

namespace {

lb::sync::SyncReport mustDownload(lb::test::Pop3Fixture &f, const EngineOptions &options = {})
{
    auto report = downloadMail(f.request(), options);
    if (!report)
        FAIL(report.error().toString().toStdString());
    return *report;
}

// The sample indexes of the messages still on the server, ascending.
QList<int> onServer(lb::test::Pop3Fixture &f, int highest)
{
    auto messages = f.servers().dovecot().messages(f.servers().user(0).name, u"INBOX"_s);
    REQUIRE(messages.ok());
    QList<int> out;
    for (int i = 1; i <= highest; ++i) {
        const QByteArray id = "<" + lb::test::sampleMessageId(i).toUtf8() + ">";
        for (const auto &m : *messages) {
            if (m.content.contains(id)) {
                out << i;
                break;
            }
        }
    }
    return out;
}

QStringList expectedIds(std::initializer_list<int> indexes)
{
    QStringList ids;
    for (int i : indexes)
        ids << lb::test::sampleMessageId(i);
    ids.sort();
    return ids;
}

EngineOptions at(qint64 when)
{
    EngineOptions options;
    options.now = [when] { return when; };
    return options;
}

lb::MessageId localId(lb::test::Pop3Fixture &f, int index)
{
    auto rows = f.store().messagesByMessageId(lb::test::sampleMessageId(index));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    return rows->front().id;
}

} // namespace

TEST_CASE("Keep at most N messages deletes the oldest downloads from the server", "[pop3]")
{
    lb::test::Pop3Fixture f;
    for (int i = 1; i <= 5; ++i)
        f.deliver(i);
    f.settings().pop3.keepAtMostMessages = 3;
    const qint64 today = QDateTime::currentSecsSinceEpoch();

    // One run downloads all five at once: same first download, so server order decides.
    const auto first = mustDownload(f, at(today));
    CHECK(first.newMessages == 5);
    CHECK(first.deletedOnServer == 2);
    CHECK(onServer(f, 7) == QList<int>{3, 4, 5});

    f.deliver(6);
    f.deliver(7);
    const auto second = mustDownload(f, at(today + 86400));
    CHECK(second.newMessages == 2);
    CHECK(second.deletedOnServer == 2); // 3 and 4, downloaded a day before 6 and 7
    CHECK(onServer(f, 7) == QList<int>{5, 6, 7});
    CHECK(f.localMessageIds() == expectedIds({1, 2, 3, 4, 5, 6, 7}));

    const auto third = mustDownload(f, at(today + 2 * 86400));
    CHECK(third.newMessages == 0);
    CHECK(third.deletedOnServer == 0);
}

TEST_CASE("Keep at most N MB counts every byte on the server", "[pop3]")
{
    lb::test::Pop3Fixture f;
    // About 0.7 MB, 0.7 MB and a few hundred bytes: 1.4 MB on the server.
    f.deliverRaw(lb::test::sampleMessage(1, "zebrafinch", 32000));
    f.deliverRaw(lb::test::sampleMessage(2, "zebrafinch", 32000));
    f.deliver(3);
    f.settings().pop3.keepAtMostMb = 1;
    const auto report = mustDownload(f);
    CHECK(report.newMessages == 3);
    CHECK(report.deletedOnServer == 1);
    CHECK(onServer(f, 3) == QList<int>{2, 3});
}

TEST_CASE("Keep at most never deletes a message that is only previewed here", "[pop3]")
{
    lb::test::Pop3Fixture f;
    f.deliverRaw(lb::test::sampleMessage(1, "zebrafinch", 400)); // over the limit: preview
    f.deliver(2);
    f.deliver(3);
    f.settings().pop3.maxMessageSizeKb = 4;
    f.settings().pop3.keepAtMostMessages = 1;
    const auto report = mustDownload(f);
    CHECK(report.newMessages == 3);
    CHECK(report.deletedOnServer == 2);
    CHECK(onServer(f, 3) == QList<int>{1}); // over the limit, but the only whole copy
    CHECK(f.localMessageIds() == expectedIds({1, 2, 3}));
}

TEST_CASE("A deletion requested here removes the server copy at the next run, once", "[pop3]")
{
    lb::test::Pop3Fixture f;
    for (int i = 1; i <= 3; ++i)
        f.deliver(i);
    f.settings().pop3.deleteWhenDeletedHere = true;
    REQUIRE(mustDownload(f).newMessages == 3);

    // What emptying the local Trash does: the ledger entry first, then the local row.
    const lb::MessageId doomed = localId(f, 2);
    auto row = f.store().message(doomed);
    REQUIRE(row.ok());
    const std::vector<QString> uidls{(*row)->record.uidl};
    auto marked = f.store().requestPopDeletion(f.account(), uidls);
    REQUIRE(marked.ok());
    CHECK(*marked == 1);
    REQUIRE(f.store().removeMessages(std::vector{doomed}).ok());

    const auto report = mustDownload(f);
    CHECK(report.deletedOnServer == 1);
    CHECK(report.newMessages == 0);
    CHECK(onServer(f, 3) == QList<int>{1, 3});
    auto gone = f.store().popSeen(f.account(), lb::store::PopState::Gone);
    REQUIRE(gone.ok());
    REQUIRE(gone->size() == 1);
    CHECK(gone->front().uidl == uidls.front());

    const auto again = mustDownload(f);
    CHECK(again.newMessages == 0);
    CHECK(again.deletedOnServer == 0);
    CHECK(f.localMessageIds() == expectedIds({1, 3}));
}

TEST_CASE("A requested deletion whose local removal never happened keeps the local copy", "[pop3]")
{
    // A crash between marking the ledger and removing the local row: the server copy goes as
    // the user asked, the local copy stays, and nothing comes back as new.
    lb::test::Pop3Fixture f;
    f.deliver(1);
    f.deliver(2);
    REQUIRE(mustDownload(f).newMessages == 2);
    auto row = f.store().message(localId(f, 1));
    REQUIRE(row.ok());
    const std::vector<QString> uidls{(*row)->record.uidl};
    REQUIRE(f.store().requestPopDeletion(f.account(), uidls).ok());

    const auto report = mustDownload(f);
    CHECK(report.deletedOnServer == 1);
    CHECK(onServer(f, 2) == QList<int>{2});
    CHECK(f.localMessageIds() == expectedIds({1, 2}));
    CHECK(mustDownload(f).newMessages == 0);
}
