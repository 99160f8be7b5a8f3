// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFixture.h"

#include "main/MessageListModel.h"

#include "QtCatch.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSet>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using lb::ui::ListSource;
using lb::ui::MessageListModel;

namespace {

qint64 idAt(const MessageListModel &model, int row)
{
    return model.data(model.index(row, 0), MessageListModel::MessageIdRole).toLongLong();
}

QString subjectAt(const MessageListModel &model, int row)
{
    return model.data(model.index(row, MessageListModel::SubjectColumn), Qt::DisplayRole)
        .toString();
}

} // namespace

TEST_CASE("The message list pages over a 10k folder and holds only what was fetched", "[ui][model]")
{
    lb::test::ModelFixture f(10000);
    MessageListModel model(*f.store);
    model.setPageSize(200);
    model.setSource(ListSource::ofFolder(f.inbox));

    REQUIRE(model.rowCount() == 200);
    CHECK(model.loadedRows() == 200);
    CHECK(model.canFetchMore({}));
    // Newest first: message 9999 on top.
    CHECK(subjectAt(model, 0) == u"Re: Message 9998"_s);

    model.fetchMore({});
    REQUIRE(model.rowCount() == 400);
    CHECK(model.loadedRows() == 400);
    // The second page continues the first in order, across the boundary.
    const auto date = [&](int row) {
        return model.index(row, MessageListModel::DateColumn).data(Qt::ToolTipRole).toString();
    };
    CHECK_FALSE(date(199).isEmpty());
    CHECK(idAt(model, 199) != idAt(model, 200));

    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 10000);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(idAt(model, row));
    CHECK(ids.size() == 10000);
    CHECK(subjectAt(model, 9999) == u"Message 0"_s);
}

TEST_CASE("Message list rows show flags, attachments, answered marks and unread in bold",
          "[ui][model]")
{
    lb::test::ModelFixture f(30);
    MessageListModel model(*f.store);
    model.setSource(ListSource::ofFolder(f.inbox));
    REQUIRE(model.rowCount() == 30);
    // Row r holds message 29 - r.
    const auto rowOf = [](int message) { return 29 - message; };
    using C = MessageListModel;
    CHECK(model.index(rowOf(20), C::FlagColumn).data(Qt::DecorationRole).isValid());
    CHECK_FALSE(model.index(rowOf(21), C::FlagColumn).data(Qt::DecorationRole).isValid());
    CHECK(model.index(rowOf(21), C::AttachmentColumn).data(Qt::DecorationRole).isValid());
    CHECK_FALSE(model.index(rowOf(20), C::AttachmentColumn).data(Qt::DecorationRole).isValid());
    CHECK(model.index(rowOf(22), C::SubjectColumn).data(Qt::DecorationRole).isValid()); // answered
    CHECK(model.index(rowOf(1), C::SubjectColumn).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(model.index(rowOf(3), C::SubjectColumn).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model.index(rowOf(3), C::FromColumn).data().toString() == u"Sender 3"_s);
    CHECK(model.index(rowOf(3), C::FromColumn).data(Qt::ToolTipRole).toString() ==
          u"sender3@example.org"_s);
}

TEST_CASE("Changing the sort order resets the list to the first page of the new order",
          "[ui][model]")
{
    lb::test::ModelFixture f(1000);
    MessageListModel model(*f.store);
    model.setPageSize(100);
    model.setSource(ListSource::ofFolder(f.inbox));
    model.fetchMore({});
    REQUIRE(model.rowCount() == 200);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(MessageListModel::SizeColumn, Qt::AscendingOrder);
    CHECK(resets.count() == 1);
    REQUIRE(model.rowCount() == 100);
    qint64 previous = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        auto message = f.store->message(lb::MessageId{idAt(model, row)});
        REQUIRE(message.ok());
        const qint64 size = (*message)->record.size;
        CHECK(size >= previous);
        previous = size;
    }
    model.sort(MessageListModel::SubjectColumn, Qt::DescendingOrder);
    CHECK(resets.count() == 2);
    CHECK(model.sortKey() == lb::store::SortKey::Subject);
    CHECK(subjectAt(model, 0).compare(subjectAt(model, 1), Qt::CaseInsensitive) >= 0);
    // The same sort again changes nothing.
    model.sort(MessageListModel::SubjectColumn, Qt::DescendingOrder);
    CHECK(resets.count() == 2);
}

TEST_CASE("A change signal updates only the affected rows", "[ui][model]")
{
    lb::test::ModelFixture f(2000);
    MessageListModel model(*f.store);
    model.setPageSize(100);
    model.setSource(ListSource::ofFolder(f.inbox));
    model.setVisibleRows(0, 30);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    SECTION("a flag change repaints the row")
    {
        const lb::MessageId target{idAt(model, 5)};
        REQUIRE(model.index(5, 0).data(MessageListModel::UnreadRole).toBool());
        REQUIRE(f.store->changeFlags(std::span(&target, 1), lb::store::MessageFlag::Seen, {}).ok());
        model.refresh(f.inbox);
        CHECK_FALSE(model.index(5, 0).data(MessageListModel::UnreadRole).toBool());
        CHECK(changed.count() >= 1);
        CHECK(resets.isEmpty());
        CHECK(model.rowCount() == 100);
    }
    SECTION("new mail is inserted on top")
    {
        const auto fresh = f.addNewest(u"Brand new"_s);
        model.refresh(f.inbox);
        CHECK(resets.isEmpty());
        REQUIRE(inserted.count() == 1);
        CHECK(model.rowCount() == 101);
        CHECK(subjectAt(model, 0) == u"Brand new"_s);
        CHECK(idAt(model, 0) == fresh.id.value);
    }
    SECTION("a deleted message leaves the list")
    {
        const lb::MessageId gone{idAt(model, 3)};
        REQUIRE(f.store->removeMessages(std::span(&gone, 1)).ok());
        model.refresh(f.inbox);
        CHECK(resets.isEmpty());
        CHECK(model.rowCount() == 99);
        CHECK_FALSE(model.indexOf(gone).isValid());
    }
    SECTION("a change in another folder is ignored")
    {
        model.refresh(f.sent);
        CHECK(changed.isEmpty());
        CHECK(resets.isEmpty());
    }
}

TEST_CASE("The threaded view lists each thread once with its replies as children", "[ui][model]")
{
    lb::test::ModelFixture f(50);
    MessageListModel model(*f.store);
    model.setSource(ListSource::ofFolder(f.inbox));
    model.setThreaded(true);
    // 50 messages, ten of them replies: 40 threads.
    REQUIRE(model.rowCount() == 40);
    CHECK(model.loadedRows() == 50);
    QSet<qint64> seen;
    int withChildren = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex parent = model.index(row, 0);
        CHECK_FALSE(seen.contains(idAt(model, row)));
        seen.insert(idAt(model, row));
        if (model.rowCount(parent) > 0) {
            ++withChildren;
            CHECK(model.parent(model.index(0, 0, parent)) == parent);
        }
    }
    CHECK(withChildren == 10);
    model.setThreaded(false);
    CHECK(model.rowCount() == 50);
}

TEST_CASE("The quick filter keeps matching rows and full-text search finds across folders",
          "[ui][model]")
{
    lb::test::ModelFixture f(3000);
    MessageListModel model(*f.store);
    model.setPageSize(50);
    model.setSource(ListSource::ofFolder(f.inbox));
    model.setQuickFilter(u"sender5@"_s);
    while (model.canFetchMore({}))
        model.fetchMore({});
    // Senders 0..36 in turn: sender 5 wrote 81 of the 3000.
    REQUIRE(model.rowCount() == 81);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, MessageListModel::FromColumn).data(Qt::ToolTipRole).toString() ==
              u"sender5@example.org"_s);

    model.setQuickFilter({});
    model.setSource(ListSource::search(u"Message 1233"_s));
    // The message and its reply ("Re: Message 1233").
    REQUIRE(model.rowCount() == 2);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row)
        found = found || subjectAt(model, row) == u"Message 1233"_s;
    CHECK(found);
}

TEST_CASE("Dragging messages carries their ids", "[ui][model]")
{
    lb::test::ModelFixture f(5);
    MessageListModel model(*f.store);
    model.setSource(ListSource::ofFolder(f.inbox));
    std::unique_ptr<QMimeData> mime(
        model.mimeData({model.index(0, 0), model.index(0, 2), model.index(1, 0)}));
    REQUIRE(mime);
    const QByteArray ids = mime->data(QString::fromLatin1(MessageListModel::kMimeType));
    CHECK(ids == QByteArray::number(idAt(model, 0)) + ',' + QByteArray::number(idAt(model, 1)));
}

TEST_CASE("QAbstractItemModelTester accepts the message list through paging, sorting, threads, "
          "changes and filters",
          "[ui][model]")
{
    // The tester fetches more on its own after every change, so row counts are checked in the
    // tests above, on models without it.
    lb::test::ModelFixture f(1200);
    MessageListModel model(*f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(100);
    model.setSource(ListSource::ofFolder(f.inbox));
    model.setVisibleRows(0, 40);
    model.fetchMore({});
    model.sort(MessageListModel::FromColumn, Qt::AscendingOrder);
    model.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
    const lb::MessageId first{idAt(model, 0)};
    REQUIRE(f.store->changeFlags(std::span(&first, 1), lb::store::MessageFlag::Flagged, {}).ok());
    (void)f.addNewest(u"Fresh"_s);
    model.refresh(f.inbox);
    const lb::MessageId gone{idAt(model, 4)};
    REQUIRE(f.store->removeMessages(std::span(&gone, 1)).ok());
    model.refresh(f.inbox);
    model.setThreaded(true);
    (void)f.addNewest(u"Fresher"_s);
    model.refresh(f.inbox);
    model.setThreaded(false);
    model.setQuickFilter(u"Message 11"_s);
    model.setSource(ListSource::unifiedInbox());
    model.setSource(ListSource::search(u"Message"_s));
    model.setSource({});
    CHECK(model.rowCount() == 0);
}
