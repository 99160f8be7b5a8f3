// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QSet>

#include "common/StrongId.h"
#include "composer/ComposeStart.h"

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;
class QTreeView;

namespace lb::store {
class Store;
}
namespace lb::sync {
class SyncService;
struct SyncProgress;
} // namespace lb::sync

namespace lb::ui {

class FolderTreeModel;
class MessageListModel;
class MessageListView;
class MessageView;
class StatusPanel;
class StoreDraftKeeper;

// The window users live in: folders, the message list and the message, with search, the
// status of every account, the offline switch and queue, and Thunderbird's shortcuts.
//
// Contract: GUI thread. Reads the cache through `store` (the GUI thread's connection) and
// acts on messages through sync::MessageActions, which only write the cache and the offline
// queue; `service` (may be null: no syncing, e.g. in tests) does everything on the network.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(store::Store &store, sync::SyncService *service, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where the splitter and column layout are remembered (empty: nowhere).
    void setSettingsFile(const QString &path);
    // Shown in a bar at the top when TLS is unusable; Letterbox still opens the cache.
    void showTlsProblem(const QString &explanation);

    [[nodiscard]] FolderTreeModel *folderModel() const { return m_folders; }
    [[nodiscard]] MessageListModel *messageModel() const { return m_messages; }
    [[nodiscard]] QTreeView *folderView() const { return m_folderView; }
    [[nodiscard]] MessageListView *messageView() const { return m_list; }
    [[nodiscard]] StatusPanel *statusPanel() const { return m_status; }
    [[nodiscard]] QAction *action(const QString &name) const;
    void selectFolder(FolderId folder);
    void selectUnifiedInbox();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPanes();
    void buildActions();
    void buildMenus();
    void connectService();
    void restoreLayout();
    void saveLayout();
    void updateTitle();
    void updateEmptyState();

    void onFolderSelected();
    void onMessageSelected();
    void onSearch();
    void onAccountChanged(AccountId account);
    void onFolderChanged(FolderId folder);
    void onNewMail(AccountId account, qint64 count);

    // Message actions (MainWindowActions.cpp).
    [[nodiscard]] QList<MessageId> selectedMessages() const;
    void toggleRead();
    void toggleFlag();
    void deleteSelected();
    void moveMessages(const QList<MessageId> &messages, FolderId target, bool copy);
    void emptyTrash();
    void compose(ComposeMode mode);
    void openComposer(const std::function<void(class ComposerWindow &)> &start);
    void addAccount();
    void showQueue();
    void selectNext(bool unreadOnly, int step);
    void afterAction(const QList<AccountId> &accounts);
    [[nodiscard]] AccountId accountOfFolder(FolderId folder) const;
    void showActionError(const QString &sentence);

    store::Store &m_store;
    sync::SyncService *m_service = nullptr;
    FolderTreeModel *m_folders = nullptr;
    MessageListModel *m_messages = nullptr;
    QTreeView *m_folderView = nullptr;
    MessageListView *m_list = nullptr;
    QWidget *m_reader = nullptr;
    QStackedWidget *m_readerStack = nullptr;
    QWidget *m_emptyState = nullptr;
    QLineEdit *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_inner = nullptr;
    StatusPanel *m_status = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_syncSoon = nullptr;
    QSet<qint64> m_accountsToSync;
    std::unique_ptr<StoreDraftKeeper> m_drafts;
    QString m_settingsFile;
    MessageId m_shown;
};

} // namespace lb::ui
