// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Qt's headers first: moc (parsing as C++17) then skips the C++20 parts of <compare>.
#include <QAbstractItemModel>

#include "common/StrongId.h"
#include "store/Records.h"

#include <memory>
#include <vector>

namespace lb::store {
class Store;
}

namespace lb::ui {

// What the server said about an account's mailbox size, where known.
struct AccountUsage
{
    qint64 usedBytes = -1;  // -1: unknown
    qint64 limitBytes = -1; // a quota's limit; -1: none known (POP3 shows only the size)
    qint64 messages = -1;
};

// The folder pane: "Unified Inbox" first, then each account with its folders (nested by the
// folder delimiter, inbox and special folders first), unread counts, role icons and, per
// account, the server's mailbox size or quota.
//
// Contract: GUI thread, reading the GUI thread's Store connection; a few rows per account, so
// a whole account is re-read on accountChanged, one folder's counts on folderChanged.
class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind
    {
        UnifiedInbox,
        Account,
        Folder
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int of NodeKind
        AccountIdRole,
        FolderIdRole,
        UnreadRole,
        TotalRole,
        FolderRoleRole,    // int of store::FolderRole
        UsageFractionRole, // double 0..1 for a quota; absent when unknown
        UsageTextRole,     // "1.2 GB of 5 GB" / "Server holds 12 MB"
    };

    explicit FolderTreeModel(store::Store &store, QObject *parent = nullptr);
    ~FolderTreeModel() override;

    void reload();
    void reloadAccount(AccountId account);
    void refreshFolder(FolderId folder);
    void setUsage(AccountId account, const AccountUsage &usage);

    [[nodiscard]] QModelIndex unifiedInboxIndex() const;
    [[nodiscard]] QModelIndex accountIndex(AccountId account) const;
    [[nodiscard]] QModelIndex folderIndex(FolderId folder) const;
    [[nodiscard]] QString accountName(AccountId account) const;
    [[nodiscard]] QList<AccountId> accountIds() const;
    // Unread messages in every inbox: the window title and the tray show it.
    [[nodiscard]] qint64 unreadInInboxes() const;
    [[nodiscard]] bool isInbox(FolderId folder) const;

    // QAbstractItemModel
    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent) const override;
    [[nodiscard]] bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent) override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;

Q_SIGNALS:
    // Messages dragged from the list onto a folder: the window moves (or copies) them.
    void messagesDropped(const QList<lb::MessageId> &messages, lb::FolderId target, bool copy);

private:
    struct Node;
    [[nodiscard]] Node *nodeAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(const Node *node) const;
    [[nodiscard]] std::unique_ptr<Node> accountNode(const store::AccountRecord &account);
    void buildFolders(Node &account, std::vector<store::FolderRecord> folders);
    [[nodiscard]] Node *findFolder(FolderId folder) const;
    [[nodiscard]] QString usageText(const Node &account) const;

    store::Store &m_store;
    std::unique_ptr<Node> m_root;
};

} // namespace lb::ui
