// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MainWindow.h"

#include "composer/DraftKeeper.h"
#include "main/FolderDelegate.h"
#include "main/FolderTreeModel.h"
#include "main/Icons.h"
#include "main/MessageListModel.h"
#include "main/MessageListView.h"
#include "main/StatusPanel.h"
#include "message/MessageView.h"
#include "store/Store.h"
#include "sync/service/SyncService.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace lb::ui {

MainWindow::MainWindow(store::Store &store, sync::SyncService *service, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_service(service),
      m_drafts(std::make_unique<StoreDraftKeeper>(store))
{
    setWindowTitle(tr("Letterbox"));
    resize(1200, 760);
    m_folders = new FolderTreeModel(m_store, this);
    m_messages = new MessageListModel(m_store, this);
    m_syncSoon = new QTimer(this);
    m_syncSoon->setSingleShot(true);
    m_syncSoon->setInterval(1500); // several quick actions, one sync
    connect(m_syncSoon, &QTimer::timeout, this, [this] {
        if (m_service) {
            for (const qint64 id : std::as_const(m_accountsToSync))
                m_service->syncNow(AccountId{id});
        }
        m_accountsToSync.clear();
    });
    buildPanes();
    buildActions();
    buildMenus();
    connectService();
    for (const AccountId account : m_folders->accountIds())
        m_status->setAccountName(account, m_folders->accountName(account));
    m_folderView->expandAll();
    updateEmptyState();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanes()
{
    m_folderView = new QTreeView(this);
    m_folderView->setObjectName(QStringLiteral("folderTree"));
    m_folderView->setModel(m_folders);
    m_folderView->setHeaderHidden(true);
    m_folderView->setItemDelegate(new FolderDelegate(m_folderView));
    m_folderView->setDragDropMode(QAbstractItemView::DropOnly);
    m_folderView->setAcceptDrops(true);
    m_folderView->setDropIndicatorShown(true);
    m_folderView->setMinimumWidth(160);
    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onFolderSelected);
    connect(m_folders, &FolderTreeModel::messagesDropped, this, &MainWindow::moveMessages);
    connect(m_folders, &QAbstractItemModel::rowsInserted, this, [this] {
        m_folderView->expandAll();
        updateEmptyState();
    });

    // The list with its quick filter above it.
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(listPane);
    m_filter->setObjectName(QStringLiteral("quickFilter"));
    m_filter->setPlaceholderText(tr("Filter these messages <Ctrl+Shift+K>"));
    m_filter->setClearButtonEnabled(true);
    m_search = new QLineEdit(listPane);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search all mail <Ctrl+K>"));
    m_search->setClearButtonEnabled(true);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_search, 1);
    listLayout->addLayout(filterRow);
    m_list = new MessageListView(listPane);
    m_list->setMessageModel(m_messages);
    listLayout->addWidget(m_list);
    connect(m_filter, &QLineEdit::textChanged, m_messages, &MessageListModel::setQuickFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::onSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            onFolderSelected();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onMessageSelected);
    connect(m_messages, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the message being read selected across a reset (sort change, new thread).
        if (m_shown.isValid()) {
            const QModelIndex again = m_messages->indexOf(m_shown);
            if (again.isValid())
                m_list->setCurrentIndex(again);
        }
    });
    connect(m_messages, &MessageListModel::loadFailed, this, &MainWindow::showActionError);

    m_readerStack = new QStackedWidget(this);
    auto *view = new MessageView(m_store, m_readerStack);
    view->setObjectName(QStringLiteral("messageView"));
    m_reader = view;
    m_emptyState = new QWidget(m_readerStack);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    auto *title = new QLabel(tr("No mail account is set up yet"), m_emptyState);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *add = new QPushButton(tr("Add an account…"), m_emptyState);
    connect(add, &QPushButton::clicked, this, &MainWindow::addAccount);
    emptyLayout->addStretch();
    emptyLayout->addWidget(title);
    emptyLayout->addWidget(add, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_readerStack->addWidget(m_reader);
    m_readerStack->addWidget(m_emptyState);

    m_inner = new QSplitter(Qt::Vertical, this);
    m_inner->setObjectName(QStringLiteral("listReaderSplitter"));
    m_inner->addWidget(listPane);
    m_inner->addWidget(m_readerStack);
    m_inner->setStretchFactor(0, 2);
    m_inner->setStretchFactor(1, 3);
    m_inner->setSizes({300, 420});
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->setObjectName(QStringLiteral("folderSplitter"));
    m_outer->addWidget(m_folderView);
    m_outer->addWidget(m_inner);
    m_outer->setStretchFactor(1, 1);
    m_outer->setSizes({240, 960});
    setCentralWidget(m_outer);

    m_status = new StatusPanel(this);
    statusBar()->addWidget(m_status, 1);
    connect(m_status, &StatusPanel::workOfflineToggled, this, [this](bool offline) {
        if (m_service)
            m_service->setWorkOffline(offline);
        m_status->setOnline(m_service ? m_service->isOnline() : false, offline);
    });
    m_status->setOnline(m_service ? m_service->isOnline() : false, false);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icon(IconKind::Inbox), this);
        m_tray->setToolTip(tr("Letterbox"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
}

void MainWindow::connectService()
{
    if (!m_service)
        return;
    connect(m_service, &sync::SyncService::progress, m_status, &StatusPanel::showProgress);
    connect(m_service, &sync::SyncService::error, m_status, &StatusPanel::showError);
    connect(m_service, &sync::SyncService::folderChanged, this,
            [this](AccountId, FolderId folder) { onFolderChanged(folder); });
    connect(m_service, &sync::SyncService::accountChanged, this, &MainWindow::onAccountChanged);
    connect(m_service, &sync::SyncService::newMail, this, &MainWindow::onNewMail);
    connect(m_service, &sync::SyncService::bodyFetched, this, [this](AccountId, MessageId id) {
        if (id == m_shown)
            static_cast<MessageView *>(m_reader)->showMessage(id);
    });
    connect(m_service, &sync::SyncService::onlineChanged, this,
            [this](bool online) { m_status->setOnline(online, m_service->workOffline()); });
    connect(m_service, &sync::SyncService::serverUsageChanged, this, [this](AccountId account) {
        const sync::ServerUsage usage = m_service->serverUsage(account);
        if (usage.quotaLimitBytes > 0)
            m_folders->setUsage(account, {usage.quotaUsedBytes, usage.quotaLimitBytes, -1});
        else
            m_folders->setUsage(account, {usage.octets, -1, usage.messages});
    });
}

void MainWindow::setSettingsFile(const QString &path)
{
    m_settingsFile = path;
    restoreLayout();
}

void MainWindow::restoreLayout()
{
    if (m_settingsFile.isEmpty())
        return;
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_outer->restoreState(settings.value(QStringLiteral("window/folderSplitter")).toByteArray());
    m_inner->restoreState(settings.value(QStringLiteral("window/readerSplitter")).toByteArray());
    m_list->header()->restoreState(
        settings.value(QStringLiteral("messageList/header")).toByteArray());
    const bool threaded = settings.value(QStringLiteral("messageList/threaded"), false).toBool();
    if (QAction *threads = action(QStringLiteral("threads")))
        threads->setChecked(threaded);
}

void MainWindow::saveLayout()
{
    if (m_settingsFile.isEmpty())
        return;
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/folderSplitter"), m_outer->saveState());
    settings.setValue(QStringLiteral("window/readerSplitter"), m_inner->saveState());
    settings.setValue(QStringLiteral("messageList/header"), m_list->header()->saveState());
    settings.setValue(QStringLiteral("messageList/threaded"), m_messages->isThreaded());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::showTlsProblem(const QString &explanation)
{
    auto *bar = new QLabel(explanation, this);
    bar->setWordWrap(true);
    bar->setStyleSheet(QStringLiteral("background:#fdecea;color:#611a15;padding:8px;"));
    setMenuWidget(bar);
}

void MainWindow::updateTitle()
{
    const qint64 unread = m_folders->unreadInInboxes();
    setWindowTitle(unread > 0 ? tr("Letterbox (%n unread)", nullptr, int(unread))
                              : tr("Letterbox"));
    if (m_tray)
        m_tray->setToolTip(windowTitle());
}

void MainWindow::updateEmptyState()
{
    const bool none = m_folders->accountIds().isEmpty();
    m_readerStack->setCurrentWidget(none ? m_emptyState : m_reader);
}

void MainWindow::selectFolder(FolderId folder)
{
    m_folderView->setCurrentIndex(m_folders->folderIndex(folder));
}

void MainWindow::selectUnifiedInbox()
{
    m_folderView->setCurrentIndex(m_folders->unifiedInboxIndex());
}

void MainWindow::onFolderSelected()
{
    const QModelIndex current = m_folderView->currentIndex();
    const auto kind = FolderTreeModel::NodeKind(current.data(FolderTreeModel::KindRole).toInt());
    if (!current.isValid() || kind == FolderTreeModel::NodeKind::Account) {
        m_messages->setSource({});
        return;
    }
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    if (kind == FolderTreeModel::NodeKind::UnifiedInbox)
        m_messages->setSource(ListSource::unifiedInbox());
    else
        m_messages->setSource(ListSource::ofFolder(
            FolderId{current.data(FolderTreeModel::FolderIdRole).toLongLong()}));
}

void MainWindow::onSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        onFolderSelected();
        return;
    }
    m_messages->setSource(ListSource::search(text));
}

void MainWindow::onMessageSelected()
{
    const MessageId id = m_messages->messageAt(m_list->currentIndex());
    if (!id.isValid() || id == m_shown)
        return;
    m_shown = id;
    static_cast<MessageView *>(m_reader)->showMessage(id);
    // Not in the cache (headers-only policy, a POP3 preview): ask the account's worker.
    if (m_service) {
        auto row = m_store.message(id);
        if (row && row->has_value() && (*row)->bodyState != store::BodyState::Full)
            m_service->fetchBody(AccountId{m_folders->folderIndex((*row)->folder)
                                               .data(FolderTreeModel::AccountIdRole)
                                               .toLongLong()},
                                 id);
    }
    // Reading a message marks it read, as in other clients.
    if (m_list->currentIndex().data(MessageListModel::UnreadRole).toBool())
        toggleRead();
}

void MainWindow::onAccountChanged(AccountId account)
{
    m_folders->reloadAccount(account);
    m_status->setAccountName(account, m_folders->accountName(account));
    m_messages->refresh();
    updateTitle();
}

void MainWindow::onFolderChanged(FolderId folder)
{
    m_folders->refreshFolder(folder);
    if (m_messages->source().kind != ListSource::Kind::UnifiedInbox || m_folders->isInbox(folder))
        m_messages->refresh(folder);
    updateTitle();
}

void MainWindow::onNewMail(AccountId account, qint64 count)
{
    updateTitle();
    if (!m_tray || count <= 0)
        return;
    m_tray->showMessage(
        tr("New mail"),
        tr("%n new message(s) for %1", nullptr, int(count)).arg(m_folders->accountName(account)),
        QSystemTrayIcon::Information, 5000);
}

} // namespace lb::ui
