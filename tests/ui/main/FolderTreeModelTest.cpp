// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFixture.h"

#include "main/FolderTreeModel.h"
#include "main/MessageListModel.h"

#include "QtCatch.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using lb::ui::FolderTreeModel;

TEST_CASE("The folder tree lists accounts, nested folders, roles and unread counts", "[ui][model]")
{
    lb::test::ModelFixture f(30);
    FolderTreeModel model(*f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2); // Unified Inbox, Home
    CHECK(model.index(0, 0).data().toString().startsWith(u"Unified Inbox"_s));
    const QModelIndex account = model.accountIndex(f.account);
    REQUIRE(account.isValid());
    CHECK(account.data().toString() == u"Home"_s);
    // Inbox, Sent, Trash, then Work (holding Projects).
    REQUIRE(model.rowCount(account) == 4);
    const QModelIndex inbox = model.index(0, 0, account);
    CHECK(inbox.data(FolderTreeModel::FolderIdRole).toLongLong() == f.inbox.value);
    CHECK(inbox.data().toString() == u"Inbox (20)"_s); // every third of 30 is read
    CHECK(inbox.data(Qt::DecorationRole).isValid());
    CHECK(inbox.data(Qt::FontRole).value<QFont>().bold());
    CHECK(model.index(1, 0, account).data().toString() == u"Sent"_s);
    CHECK(model.index(2, 0, account).data().toString() == u"Trash"_s);
    const QModelIndex work = model.index(3, 0, account);
    CHECK(work.data().toString() == u"Work"_s);
    REQUIRE(model.rowCount(work) == 1);
    CHECK(model.index(0, 0, work).data().toString() == u"Projects"_s);
    CHECK(model.folderIndex(f.projects) == model.index(0, 0, work));
    CHECK(model.unreadInInboxes() == 20);
    CHECK(model.index(0, 0).data().toString() == u"Unified Inbox (20)"_s);
}

TEST_CASE("Folder counts and new folders follow the cache", "[ui][model]")
{
    lb::test::ModelFixture f(30);
    FolderTreeModel model(*f.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    (void)f.addNewest(u"New"_s);
    model.refreshFolder(f.inbox);
    CHECK(changed.count() >= 1);
    CHECK(model.folderIndex(f.inbox).data(FolderTreeModel::UnreadRole).toLongLong() == 21);

    lb::store::FolderRecord archive;
    archive.account = f.account;
    archive.path = u"Archive"_s;
    archive.delimiter = u'/';
    archive.role = lb::store::FolderRole::Archive;
    REQUIRE(f.store->upsertFolder(archive).ok());
    model.reloadAccount(f.account);
    const QModelIndex account = model.accountIndex(f.account);
    REQUIRE(model.rowCount(account) == 5);
    CHECK(model.index(2, 0, account).data().toString() == u"Archive"_s);

    model.setUsage(f.account, {.usedBytes = 512 * 1024, .limitBytes = 1024 * 1024});
    CHECK(account.data(FolderTreeModel::UsageFractionRole).toDouble() == Approx(0.5));
    CHECK_FALSE(account.data(FolderTreeModel::UsageTextRole).toString().isEmpty());
}

TEST_CASE("Dropping messages on a folder asks for a move", "[ui][model]")
{
    lb::test::ModelFixture f(3);
    FolderTreeModel model(*f.store);
    QSignalSpy dropped(&model, &FolderTreeModel::messagesDropped);
    QMimeData mime;
    mime.setData(QString::fromLatin1(lb::ui::MessageListModel::kMimeType), "4,7");
    const QModelIndex trash = model.folderIndex(f.trash);
    CHECK(model.canDropMimeData(&mime, Qt::MoveAction, -1, -1, trash));
    CHECK_FALSE(
        model.canDropMimeData(&mime, Qt::MoveAction, -1, -1, model.accountIndex(f.account)));
    (void)model.dropMimeData(&mime, Qt::MoveAction, -1, -1, trash);
    REQUIRE(dropped.count() == 1);
    const auto ids = dropped.at(0).at(0).value<QList<lb::MessageId>>();
    CHECK(ids == QList<lb::MessageId>{lb::MessageId{4}, lb::MessageId{7}});
    CHECK(dropped.at(0).at(1).value<lb::FolderId>() == f.trash);
}
