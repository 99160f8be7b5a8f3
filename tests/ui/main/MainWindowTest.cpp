// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFixture.h"

#include "main/FolderTreeModel.h"
#include "main/MainWindow.h"
#include "main/MessageListModel.h"
#include "main/MessageListView.h"
#include "main/OfflineQueueDialog.h"
#include "main/StatusPanel.h"

#include "QtCatch.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using lb::ui::FolderTreeModel;
using lb::ui::MainWindow;
using lb::ui::MessageListModel;

namespace {

// Screenshots go where LETTERBOX_SCREENSHOT_DIR says (to look at them), else nowhere.
void keepScreenshot(QWidget &widget, const QString &name)
{
    const QPixmap shot = widget.grab();
    CHECK_FALSE(shot.isNull());
    CHECK(shot.width() > 400);
    const QString dir = qEnvironmentVariable("LETTERBOX_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        CHECK(shot.save(QDir(dir).filePath(name + u".png"_s)));
}

QStringList labelTexts(const QWidget &window)
{
    QStringList texts;
    for (const QLabel *label : window.findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

} // namespace

TEST_CASE("The window shows the cache's folders with unread counts and lists a folder",
          "[ui][window]")
{
    lb::test::ModelFixture f(60);
    MainWindow window(*f.store, nullptr);
    window.resize(1200, 760);
    window.show();
    const QModelIndex account = window.folderModel()->accountIndex(f.account);
    REQUIRE(account.isValid());
    CHECK(window.folderView()->isExpanded(account));
    CHECK(window.folderModel()->folderIndex(f.inbox).data().toString() == u"Inbox (40)"_s);
    CHECK(window.windowTitle() == u"Letterbox (40 unread)"_s);

    window.selectFolder(f.inbox);
    CHECK(window.messageModel()->source().kind == lb::ui::ListSource::Kind::Folder);
    CHECK(window.messageModel()->rowCount() == 60);
    window.messageView()->setCurrentIndex(window.messageModel()->index(1, 0));
    keepScreenshot(window, u"main-window"_s);

    window.selectUnifiedInbox();
    CHECK(window.messageModel()->source().kind == lb::ui::ListSource::Kind::UnifiedInbox);
    CHECK(window.messageModel()->rowCount() == 60);
}

TEST_CASE("Without accounts the window offers to add one", "[ui][window]")
{
    QTemporaryDir dir;
    auto store = lb::store::Store::open(dir.filePath(u"cache.sqlite"_s));
    REQUIRE(store.ok());
    MainWindow window(*store, nullptr);
    window.show();
    CHECK(labelTexts(window).contains(u"No mail account is set up yet"_s));
    const auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack != nullptr);
    CHECK(stack->currentWidget()->findChild<QLabel *>() != nullptr);
    CHECK(window.action(u"addAccount"_s) != nullptr);
}

TEST_CASE("A missing TLS backend is shown in a bar above the window", "[ui][window]")
{
    lb::test::ModelFixture f(0);
    MainWindow window(*f.store, nullptr);
    window.showTlsProblem(u"Secure connections are unavailable: no OpenSSL"_s);
    const auto *bar = qobject_cast<QLabel *>(window.menuWidget());
    REQUIRE(bar != nullptr);
    CHECK(bar->text().contains(u"no OpenSSL"_s));
}

TEST_CASE("Thunderbird's keys act on the selected message and changes wait in the queue",
          "[ui][window]")
{
    lb::test::ModelFixture f(20);
    MainWindow window(*f.store, nullptr);
    window.show();
    window.selectFolder(f.inbox);
    auto *model = window.messageModel();
    REQUIRE(model->rowCount() == 20);
    CHECK(window.action(u"reply"_s)->shortcut() == QKeySequence(u"Ctrl+R"_s));
    CHECK(window.action(u"replyAll"_s)->shortcut() == QKeySequence(u"Ctrl+Shift+R"_s));
    CHECK(window.action(u"forward"_s)->shortcut() == QKeySequence(u"Ctrl+L"_s));
    CHECK(window.action(u"newMessage"_s)->shortcut() == QKeySequence(u"Ctrl+N"_s));
    CHECK(window.action(u"delete"_s)->shortcut() == QKeySequence(QKeySequence::Delete));

    // Row 0 holds message 19: read, so selecting it leaves it read; M makes it unread.
    const lb::MessageId first = model->messageAt(model->index(0, 0));
    window.messageView()->setCurrentIndex(model->index(0, 0));
    CHECK_FALSE(model->indexOf(first).data(MessageListModel::UnreadRole).toBool());
    window.action(u"toggleRead"_s)->trigger();
    CHECK(model->indexOf(first).data(MessageListModel::UnreadRole).toBool());
    window.action(u"toggleFlag"_s)->trigger();
    CHECK(model->indexOf(first).data(MessageListModel::FlagsRole).toInt() &
          int(lb::store::MessageFlag::Flagged));

    // Delete moves it to the Trash, in the cache at once.
    window.action(u"delete"_s)->trigger();
    CHECK(model->rowCount() == 19);
    CHECK_FALSE(model->indexOf(first).isValid());
    CHECK(
        window.folderModel()->folderIndex(f.trash).data(FolderTreeModel::TotalRole).toLongLong() ==
        1);

    // The server has not heard of any of it yet: the queue says so.
    lb::ui::OfflineQueueDialog queue(*f.store);
    CHECK(queue.entryCount() >= 1);
    keepScreenshot(queue, u"offline-queue"_s);
}

TEST_CASE("The status bar tells each account's sync in words and the last error", "[ui][window]")
{
    lb::test::ModelFixture f(0);
    MainWindow window(*f.store, nullptr);
    lb::sync::SyncProgress p;
    p.account = f.account;
    p.phase = lb::sync::SyncProgress::Phase::FetchingHeaders;
    p.folder = u"INBOX"_s;
    p.done = 1200;
    p.total = 48312;
    p.secondsLeft = 125;
    p.inboxReady = true;
    window.statusPanel()->showProgress(p);
    CHECK(
        window.statusPanel()->progressText() ==
        u"Home: inbox ready; fetching headers in INBOX, 1,200 of 48,312, about 2 minute(s) left"_s);
    window.statusPanel()->showError(f.account, u"The server refused the password."_s);
    CHECK(window.statusPanel()->errorText() == u"Home: The server refused the password."_s);
    window.statusPanel()->setOnline(false, true);
    const auto *button = window.statusPanel()->findChild<QWidget *>(u"offlineIndicator"_s);
    REQUIRE(button != nullptr);
}

TEST_CASE("The window follows a dark system palette", "[ui][window]")
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb7));
    QApplication::setPalette(dark);
    {
        lb::test::ModelFixture f(30);
        MainWindow window(*f.store, nullptr);
        window.resize(1200, 760);
        window.show();
        window.selectFolder(f.inbox);
        // Drawn icons take the palette's text colour, so they stay visible on dark rows.
        const QIcon trash =
            window.folderModel()->folderIndex(f.trash).data(Qt::DecorationRole).value<QIcon>();
        const QImage image = trash.pixmap(16, 16).toImage();
        int lightPixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() > 128 && c.lightness() > 160)
                    ++lightPixels;
            }
        }
        CHECK(lightPixels > 5);
        keepScreenshot(window, u"main-window-dark"_s);
    }
    QApplication::setPalette(light);
}
