// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions: menus, Thunderbird's shortcuts, and what they do to messages
// through sync::MessageActions (the cache and the offline queue; the sync sends it on).
#include "main/MainWindow.h"

#include "accounts/AccountRepository.h"
#include "composer/ComposerWindow.h"
#include "composer/DraftKeeper.h"
#include "main/FolderTreeModel.h"
#include "main/MessageListModel.h"
#include "main/MessageListView.h"
#include "main/OfflineQueueDialog.h"
#include "main/StatusPanel.h"
#include "store/Store.h"
#include "sync/actions/MessageActions.h"
#include "sync/service/SyncService.h"
#include "wizard/AccountWizard.h"
#include "wizard/WizardServices.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>

namespace lb::ui {

namespace {
QAction *makeAction(QWidget *owner, const QString &name, const QString &text,
                    const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, owner);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    // Single-letter shortcuts must not fire while typing in the filter or search fields.
    action->setShortcutContext(shortcut.count() == 1 &&
                                       shortcut[0].keyboardModifiers() == Qt::NoModifier
                                   ? Qt::WidgetWithChildrenShortcut
                                   : Qt::WindowShortcut);
    owner->addAction(action);
    return action;
}
} // namespace

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::buildActions()
{
    // Thunderbird's keys where they exist: Ctrl+N write, Ctrl+R reply, Ctrl+Shift+R reply all,
    // Ctrl+L forward, Del delete, M read/unread, S star, N next unread, F/B next/previous,
    // Ctrl+K search, Ctrl+Shift+K quick filter, F5 get messages.
    QWidget *lists = m_list;
    connect(makeAction(this, QStringLiteral("newMessage"), tr("&New Message"),
                       QKeySequence(Qt::CTRL | Qt::Key_N)),
            &QAction::triggered, this, [this] { compose(ComposeMode::New); });
    connect(
        makeAction(this, QStringLiteral("reply"), tr("&Reply"), QKeySequence(Qt::CTRL | Qt::Key_R)),
        &QAction::triggered, this, [this] { compose(ComposeMode::Reply); });
    connect(makeAction(this, QStringLiteral("replyAll"), tr("Reply to &All"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)),
            &QAction::triggered, this, [this] { compose(ComposeMode::ReplyAll); });
    connect(makeAction(this, QStringLiteral("forward"), tr("&Forward"),
                       QKeySequence(Qt::CTRL | Qt::Key_L)),
            &QAction::triggered, this, [this] { compose(ComposeMode::ForwardInline); });
    connect(
        makeAction(lists, QStringLiteral("delete"), tr("&Delete"), QKeySequence(Qt::Key_Delete)),
        &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(makeAction(lists, QStringLiteral("toggleRead"), tr("Mark as Read/&Unread"),
                       QKeySequence(Qt::Key_M)),
            &QAction::triggered, this, &MainWindow::toggleRead);
    connect(makeAction(lists, QStringLiteral("toggleFlag"), tr("&Star"), QKeySequence(Qt::Key_S)),
            &QAction::triggered, this, &MainWindow::toggleFlag);
    connect(makeAction(lists, QStringLiteral("nextUnread"), tr("Next &Unread Message"),
                       QKeySequence(Qt::Key_N)),
            &QAction::triggered, this, [this] { selectNext(true, 1); });
    connect(makeAction(lists, QStringLiteral("next"), tr("Ne&xt Message"), QKeySequence(Qt::Key_F)),
            &QAction::triggered, this, [this] { selectNext(false, 1); });
    connect(makeAction(lists, QStringLiteral("previous"), tr("&Previous Message"),
                       QKeySequence(Qt::Key_B)),
            &QAction::triggered, this, [this] { selectNext(false, -1); });
    connect(makeAction(this, QStringLiteral("search"), tr("&Search All Mail"),
                       QKeySequence(Qt::CTRL | Qt::Key_K)),
            &QAction::triggered, this, [this] {
                m_search->setFocus();
                m_search->selectAll();
            });
    connect(makeAction(this, QStringLiteral("quickFilter"), tr("&Quick Filter"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)),
            &QAction::triggered, this, [this] {
                m_filter->setFocus();
                m_filter->selectAll();
            });
    connect(makeAction(this, QStringLiteral("getMessages"), tr("&Get Messages"),
                       QKeySequence(Qt::Key_F5)),
            &QAction::triggered, this, [this] {
                if (m_service)
                    m_service->syncAll();
            });
    QAction *threads = makeAction(this, QStringLiteral("threads"), tr("&Threads"));
    threads->setCheckable(true);
    connect(threads, &QAction::toggled, m_messages, &MessageListModel::setThreaded);
    connect(threads, &QAction::toggled, m_list, &QTreeView::setRootIsDecorated);
    QAction *offline = makeAction(this, QStringLiteral("workOffline"), tr("Work &Offline"));
    offline->setCheckable(true);
    connect(offline, &QAction::toggled, this, [this](bool on) {
        if (m_service)
            m_service->setWorkOffline(on);
        m_status->setOnline(m_service && m_service->isOnline(), on);
    });
    connect(m_status, &StatusPanel::workOfflineToggled, offline, &QAction::setChecked);
    connect(makeAction(this, QStringLiteral("emptyTrash"), tr("&Empty Trash")), &QAction::triggered,
            this, &MainWindow::emptyTrash);
    connect(makeAction(this, QStringLiteral("queue"), tr("&Waiting for the Servers…")),
            &QAction::triggered, this, &MainWindow::showQueue);
    connect(makeAction(this, QStringLiteral("addAccount"), tr("&Add Account…")),
            &QAction::triggered, this, &MainWindow::addAccount);
    connect(makeAction(this, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit),
            &QAction::triggered, this, &QWidget::close);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newMessage")));
    file->addAction(action(QStringLiteral("getMessages")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("addAccount")));
    file->addAction(action(QStringLiteral("workOffline")));
    file->addAction(action(QStringLiteral("queue")));
    file->addAction(action(QStringLiteral("emptyTrash")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("threads")));
    view->addAction(action(QStringLiteral("quickFilter")));
    view->addAction(action(QStringLiteral("search")));
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(action(QStringLiteral("nextUnread")));
    go->addAction(action(QStringLiteral("next")));
    go->addAction(action(QStringLiteral("previous")));
    QMenu *message = menuBar()->addMenu(tr("&Message"));
    for (const char *name : {"reply", "replyAll", "forward", "toggleRead", "toggleFlag", "delete"})
        message->addAction(action(QString::fromLatin1(name)));
}

QList<MessageId> MainWindow::selectedMessages() const
{
    QList<MessageId> out;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows()) {
        const MessageId id = m_messages->messageAt(index);
        if (id.isValid())
            out << id;
    }
    if (out.isEmpty() && m_list->currentIndex().isValid())
        out << m_messages->messageAt(m_list->currentIndex());
    return out;
}

AccountId MainWindow::accountOfFolder(FolderId folder) const
{
    const QModelIndex index = m_folders->folderIndex(folder);
    return AccountId{index.data(FolderTreeModel::AccountIdRole).toLongLong()};
}

void MainWindow::showActionError(const QString &sentence)
{
    m_status->showError({}, sentence);
}

void MainWindow::afterAction(const QList<AccountId> &accounts)
{
    m_messages->refresh();
    for (const AccountId account : accounts) {
        m_folders->reloadAccount(account);
        m_accountsToSync.insert(account.value);
    }
    m_syncSoon->start();
    updateTitle();
}

namespace {
QList<AccountId> accountsOf(store::Store &store, const QList<MessageId> &messages,
                            const FolderTreeModel &folders)
{
    QList<AccountId> out;
    for (const MessageId id : messages) {
        auto row = store.message(id);
        if (!row || !row->has_value())
            continue;
        const QModelIndex folder = folders.folderIndex((*row)->folder);
        const AccountId account{folder.data(FolderTreeModel::AccountIdRole).toLongLong()};
        if (account.isValid() && !out.contains(account))
            out << account;
    }
    return out;
}
} // namespace

void MainWindow::toggleRead()
{
    const QList<MessageId> messages = selectedMessages();
    if (messages.isEmpty())
        return;
    const bool unread =
        m_messages->indexOf(messages.first()).data(MessageListModel::UnreadRole).toBool();
    const std::vector<MessageId> ids(messages.begin(), messages.end());
    auto done = sync::MessageActions(m_store).mark(ids, unread ? sync::FlagChange::Read
                                                               : sync::FlagChange::Unread);
    if (!done)
        showActionError(done.error().message);
    afterAction(accountsOf(m_store, messages, *m_folders));
}

void MainWindow::toggleFlag()
{
    const QList<MessageId> messages = selectedMessages();
    if (messages.isEmpty())
        return;
    const auto flags = store::MessageFlags(
        m_messages->indexOf(messages.first()).data(MessageListModel::FlagsRole).toInt());
    const bool flagged = flags.testFlag(store::MessageFlag::Flagged);
    const std::vector<MessageId> ids(messages.begin(), messages.end());
    auto done = sync::MessageActions(m_store).mark(ids, flagged ? sync::FlagChange::Unflagged
                                                                : sync::FlagChange::Flagged);
    if (!done)
        showActionError(done.error().message);
    afterAction(accountsOf(m_store, messages, *m_folders));
}

void MainWindow::deleteSelected()
{
    const QList<MessageId> messages = selectedMessages();
    if (messages.isEmpty())
        return;
    const QList<AccountId> accounts = accountsOf(m_store, messages, *m_folders);
    const int nextRow = m_list->currentIndex().row();
    const std::vector<MessageId> ids(messages.begin(), messages.end());
    auto done = sync::MessageActions(m_store).remove(ids);
    if (!done)
        showActionError(done.error().message);
    afterAction(accounts);
    // The next message takes the deleted one's place, as in Thunderbird.
    const QModelIndex next = m_messages->index(std::min(nextRow, m_messages->rowCount() - 1), 0);
    if (next.isValid())
        m_list->setCurrentIndex(next);
}

void MainWindow::moveMessages(const QList<MessageId> &messages, FolderId target, bool copy)
{
    const QList<AccountId> accounts = accountsOf(m_store, messages, *m_folders);
    const std::vector<MessageId> ids(messages.begin(), messages.end());
    sync::MessageActions actions(m_store);
    if (copy) {
        auto done = actions.copy(ids, target);
        if (!done)
            showActionError(done.error().message);
    } else if (auto done = actions.move(ids, target); !done) {
        showActionError(done.error().message);
    }
    afterAction(accounts);
}

void MainWindow::emptyTrash()
{
    QModelIndex current = m_folderView->currentIndex();
    AccountId account{current.data(FolderTreeModel::AccountIdRole).toLongLong()};
    if (!account.isValid()) {
        const QList<AccountId> all = m_folders->accountIds();
        if (all.isEmpty())
            return;
        account = all.first();
    }
    if (QMessageBox::question(this, tr("Empty Trash"),
                              tr("Delete every message in the Trash of %1 for good?")
                                  .arg(m_folders->accountName(account))) != QMessageBox::Yes)
        return;
    auto done = sync::MessageActions(m_store).emptyTrash(account);
    if (!done)
        showActionError(done.error().message);
    afterAction({account});
}

void MainWindow::compose(ComposeMode mode)
{
    auto stored = accounts::AccountRepository(m_store).all();
    if (!stored || stored->empty()) {
        showActionError(tr("Add an account before writing mail."));
        return;
    }
    std::vector<ComposerAccount> accounts;
    for (const auto &a : *stored)
        accounts.push_back(ComposerAccount::from(a));
    auto *window = new ComposerWindow(m_store, accounts, *m_drafts, nullptr);
    window->setAttribute(Qt::WA_DeleteOnClose, true);
    connect(this, &QObject::destroyed, window, &QObject::deleteLater);
    connect(window, &ComposerWindow::messageQueued, this, [this](AccountId account) {
        if (m_service)
            m_service->sendOutbox(account);
    });
    if (mode == ComposeMode::New) {
        AccountId account;
        const QModelIndex folder = m_folderView->currentIndex();
        account = AccountId{folder.data(FolderTreeModel::AccountIdRole).toLongLong()};
        window->startNew(account);
    } else {
        const MessageId original = m_messages->messageAt(m_list->currentIndex());
        if (!original.isValid()) {
            delete window;
            return;
        }
        if (auto started = window->startFrom(original, mode); !started) {
            showActionError(started.error().message);
            delete window;
            return;
        }
    }
    window->show();
}

void MainWindow::addAccount()
{
    auto *wizard = new AccountWizard(WizardServices::standard(m_store), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose, true);
    connect(wizard, &AccountWizard::accountCreated, this, [this](AccountId id) {
        m_folders->reloadAccount(id);
        m_status->setAccountName(id, m_folders->accountName(id));
        updateEmptyState();
        if (!m_service)
            return;
        auto all = accounts::AccountRepository(m_store).all();
        if (!all)
            return;
        for (const accounts::StoredAccount &account : *all) {
            if (account.id == id)
                m_service->addAccount(account); // its first sync starts now
        }
    });
    wizard->open();
}

void MainWindow::showQueue()
{
    auto *dialog = new OfflineQueueDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose, true);
    connect(dialog, &OfflineQueueDialog::retryRequested, this, [this](AccountId account) {
        if (m_service) {
            m_service->sendOutbox(account);
            m_service->syncNow(account);
        }
    });
    dialog->open();
}

void MainWindow::selectNext(bool unreadOnly, int step)
{
    int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    for (;;) {
        row += step;
        if (row < 0)
            return;
        if (row >= m_messages->rowCount()) {
            if (!m_messages->canFetchMore({}))
                return;
            m_messages->fetchMore({});
            if (row >= m_messages->rowCount())
                return;
        }
        const QModelIndex index = m_messages->index(row, MessageListModel::SubjectColumn);
        if (!unreadOnly || index.data(MessageListModel::UnreadRole).toBool()) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return;
        }
    }
}

} // namespace lb::ui
