// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/FolderTreeModel.h"

#include "main/Icons.h"
#include "main/MessageListModel.h"
#include "store/Store.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace lb::ui {

struct FolderTreeModel::Node
{
    NodeKind kind = NodeKind::Folder;
    AccountId account;
    store::FolderRecord folder;
    QString name;
    QString email;
    AccountUsage usage;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    [[nodiscard]] int row() const
    {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

namespace {

// Inbox first, then the special folders in the order people look for them, then the rest.
int roleRank(store::FolderRole role)
{
    switch (role) {
    case store::FolderRole::Inbox:
        return 0;
    case store::FolderRole::Drafts:
        return 1;
    case store::FolderRole::Sent:
        return 2;
    case store::FolderRole::Archive:
        return 3;
    case store::FolderRole::Junk:
        return 4;
    case store::FolderRole::Trash:
        return 5;
    case store::FolderRole::None:
        break;
    }
    return 6;
}

QString leafName(const store::FolderRecord &folder)
{
    if (folder.role == store::FolderRole::Inbox &&
        folder.path.compare(u"INBOX", Qt::CaseInsensitive) == 0)
        return FolderTreeModel::tr("Inbox");
    if (folder.delimiter.isNull())
        return folder.path;
    return folder.path.section(folder.delimiter, -1);
}

QString parentPath(const store::FolderRecord &folder)
{
    if (folder.delimiter.isNull() || !folder.path.contains(folder.delimiter))
        return {};
    return folder.path.section(folder.delimiter, 0, -2);
}

} // namespace

FolderTreeModel::FolderTreeModel(store::Store &store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store), m_root(std::make_unique<Node>())
{
    reload();
}

FolderTreeModel::~FolderTreeModel() = default;

void FolderTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    auto unified = std::make_unique<Node>();
    unified->kind = NodeKind::UnifiedInbox;
    unified->name = tr("Unified Inbox");
    unified->parent = m_root.get();
    m_root->children.push_back(std::move(unified));
    if (auto accounts = m_store.accounts()) {
        for (const store::AccountRecord &account : *accounts) {
            auto node = accountNode(account);
            node->parent = m_root.get();
            m_root->children.push_back(std::move(node));
        }
    }
    endResetModel();
}

std::unique_ptr<FolderTreeModel::Node>
FolderTreeModel::accountNode(const store::AccountRecord &account)
{
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::Account;
    node->account = account.id;
    node->name = account.name;
    node->email = account.email;
    if (auto folders = m_store.folders(account.id))
        buildFolders(*node, std::move(*folders));
    return node;
}

void FolderTreeModel::buildFolders(Node &account, std::vector<store::FolderRecord> folders)
{
    std::sort(folders.begin(), folders.end(), [](const auto &a, const auto &b) {
        const int ra = roleRank(a.role), rb = roleRank(b.role);
        if (ra != rb)
            return ra < rb;
        return a.path.compare(b.path, Qt::CaseInsensitive) < 0;
    });
    QHash<QString, Node *> byPath;
    // Parents before children: a shorter path cannot sort after its own children by depth.
    std::stable_sort(folders.begin(), folders.end(), [](const auto &a, const auto &b) {
        const int da = a.delimiter.isNull() ? 0 : int(a.path.count(a.delimiter));
        const int db = b.delimiter.isNull() ? 0 : int(b.path.count(b.delimiter));
        return da < db;
    });
    for (store::FolderRecord &folder : folders) {
        Node *parent = byPath.value(parentPath(folder), &account);
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Folder;
        node->account = account.account;
        node->name = leafName(folder);
        node->folder = std::move(folder);
        node->parent = parent;
        byPath.insert(node->folder.path, node.get());
        parent->children.push_back(std::move(node));
    }
}

void FolderTreeModel::reloadAccount(AccountId account)
{
    const QModelIndex accountIdx = accountIndex(account);
    if (!accountIdx.isValid()) {
        // A new account (the wizard just added it): append it.
        auto record = m_store.account(account);
        if (!record || !record->has_value())
            return;
        auto node = accountNode(**record);
        node->parent = m_root.get();
        const int row = int(m_root->children.size());
        beginInsertRows({}, row, row);
        m_root->children.push_back(std::move(node));
        endInsertRows();
        return;
    }
    Node *node = nodeAt(accountIdx);
    auto folders = m_store.folders(account);
    if (!folders)
        return;
    // The same folders as before: only the counts changed; keep the tree (and what the user
    // expanded) as it is.
    std::vector<Node *> existing;
    std::function<void(Node &)> collect = [&](Node &n) {
        for (auto &child : n.children) {
            existing.push_back(child.get());
            collect(*child);
        }
    };
    collect(*node);
    bool same = existing.size() == folders->size();
    for (std::size_t i = 0; same && i < folders->size(); ++i) {
        const auto &f = (*folders)[i];
        same = std::any_of(existing.begin(), existing.end(), [&](Node *n) {
            return n->folder.id == f.id && n->folder.path == f.path && n->folder.role == f.role;
        });
    }
    if (same) {
        for (const store::FolderRecord &f : *folders)
            refreshFolder(f.id);
        return;
    }
    if (!node->children.empty()) {
        beginRemoveRows(accountIdx, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    Node fresh;
    fresh.account = account;
    buildFolders(fresh, std::move(*folders));
    if (fresh.children.empty())
        return;
    beginInsertRows(accountIdx, 0, int(fresh.children.size()) - 1);
    node->children = std::move(fresh.children);
    for (auto &child : node->children)
        child->parent = node;
    endInsertRows();
}

void FolderTreeModel::refreshFolder(FolderId folder)
{
    Node *node = findFolder(folder);
    if (!node)
        return;
    auto counts = m_store.counts(folder);
    if (!counts)
        return;
    if (counts->total == node->folder.total && counts->unread == node->folder.unread)
        return;
    node->folder.total = counts->total;
    node->folder.unread = counts->unread;
    const QModelIndex idx = indexOf(node);
    Q_EMIT dataChanged(idx, idx);
    if (node->folder.role == store::FolderRole::Inbox) {
        const QModelIndex unified = unifiedInboxIndex();
        Q_EMIT dataChanged(unified, unified);
    }
}

void FolderTreeModel::setUsage(AccountId account, const AccountUsage &usage)
{
    const QModelIndex idx = accountIndex(account);
    if (Node *node = nodeAt(idx)) {
        node->usage = usage;
        Q_EMIT dataChanged(idx, idx);
    }
}

FolderTreeModel::Node *FolderTreeModel::findFolder(FolderId folder) const
{
    std::function<Node *(Node &)> find = [&](Node &n) -> Node * {
        if (n.kind == NodeKind::Folder && n.folder.id == folder)
            return &n;
        for (auto &child : n.children) {
            if (Node *hit = find(*child))
                return hit;
        }
        return nullptr;
    };
    return find(*m_root);
}

QModelIndex FolderTreeModel::unifiedInboxIndex() const
{
    return index(0, 0);
}

QModelIndex FolderTreeModel::accountIndex(AccountId account) const
{
    for (std::size_t i = 0; i < m_root->children.size(); ++i) {
        const Node &n = *m_root->children[i];
        if (n.kind == NodeKind::Account && n.account == account)
            return index(int(i), 0);
    }
    return {};
}

QModelIndex FolderTreeModel::folderIndex(FolderId folder) const
{
    const Node *node = findFolder(folder);
    return node ? indexOf(node) : QModelIndex();
}

QString FolderTreeModel::accountName(AccountId account) const
{
    const Node *node = nodeAt(accountIndex(account));
    return node ? node->name : QString();
}

QList<AccountId> FolderTreeModel::accountIds() const
{
    QList<AccountId> out;
    for (const auto &n : m_root->children) {
        if (n->kind == NodeKind::Account)
            out << n->account;
    }
    return out;
}

qint64 FolderTreeModel::unreadInInboxes() const
{
    qint64 unread = 0;
    for (const auto &account : m_root->children) {
        for (const auto &folder : account->children) {
            if (folder->folder.role == store::FolderRole::Inbox)
                unread += folder->folder.unread;
        }
    }
    return unread;
}

bool FolderTreeModel::isInbox(FolderId folder) const
{
    const Node *node = findFolder(folder);
    return node && node->folder.role == store::FolderRole::Inbox;
}

FolderTreeModel::Node *FolderTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex FolderTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *p = parent.isValid() ? nodeAt(parent) : m_root.get();
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[std::size_t(row)].get());
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeAt(child);
    if (!node || !node->parent || node->parent == m_root.get())
        return {};
    return indexOf(node->parent);
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = parent.isValid() ? nodeAt(parent) : m_root.get();
    return p ? int(p->children.size()) : 0;
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString FolderTreeModel::usageText(const Node &account) const
{
    const AccountUsage &u = account.usage;
    const QLocale locale;
    if (u.usedBytes >= 0 && u.limitBytes > 0)
        return tr("%1 of %2 used on the server")
            .arg(locale.formattedDataSize(u.usedBytes), locale.formattedDataSize(u.limitBytes));
    if (u.usedBytes >= 0 && u.messages >= 0)
        return tr("The server holds %n message(s), %1", nullptr, int(u.messages))
            .arg(locale.formattedDataSize(u.usedBytes));
    if (u.usedBytes >= 0)
        return tr("The server holds %1").arg(locale.formattedDataSize(u.usedBytes));
    return {};
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    qint64 unread = node->folder.unread;
    if (node->kind == NodeKind::UnifiedInbox)
        unread = unreadInInboxes();
    switch (role) {
    case Qt::DisplayRole:
        if (node->kind != NodeKind::Account && unread > 0)
            return tr("%1 (%2)").arg(node->name, QLocale().toString(unread));
        return node->name;
    case Qt::EditRole:
        return node->name;
    case Qt::DecorationRole:
        switch (node->kind) {
        case NodeKind::UnifiedInbox:
            return icon(IconKind::UnifiedInbox);
        case NodeKind::Account:
            return icon(IconKind::Account);
        case NodeKind::Folder:
            return folderIcon(node->folder.role);
        }
        return {};
    case Qt::FontRole:
        if (unread > 0 || node->kind == NodeKind::Account) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (node->kind == NodeKind::Account) {
            const QString usage = usageText(*node);
            return usage.isEmpty() ? node->email : node->email + u'\n' + usage;
        }
        if (node->kind == NodeKind::Folder)
            return tr("%1: %n message(s)", nullptr, int(node->folder.total)).arg(node->folder.path);
        return {};
    case KindRole:
        return int(node->kind);
    case AccountIdRole:
        return qint64(node->account.value);
    case FolderIdRole:
        return qint64(node->folder.id.value);
    case UnreadRole:
        return qint64(unread);
    case TotalRole:
        return qint64(node->folder.total);
    case FolderRoleRole:
        return int(node->folder.role);
    case UsageFractionRole:
        if (node->kind == NodeKind::Account && node->usage.limitBytes > 0 &&
            node->usage.usedBytes >= 0)
            return std::clamp(double(node->usage.usedBytes) / double(node->usage.limitBytes), 0.0,
                              1.0);
        return {};
    case UsageTextRole:
        return node->kind == NodeKind::Account ? usageText(*node) : QString();
    default:
        return {};
    }
}

Qt::ItemFlags FolderTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->kind == NodeKind::Folder)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList FolderTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(MessageListModel::kMimeType)};
}

bool FolderTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                      const QModelIndex &parent) const
{
    const Node *node = nodeAt(parent);
    return node && node->kind == NodeKind::Folder && data &&
           data->hasFormat(QString::fromLatin1(MessageListModel::kMimeType));
}

bool FolderTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<MessageId> messages;
    const QByteArray encoded = data->data(QString::fromLatin1(MessageListModel::kMimeType));
    for (const QByteArray &part : encoded.split(',')) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok)
            messages << MessageId{id};
    }
    if (messages.isEmpty())
        return false;
    Q_EMIT messagesDropped(messages, nodeAt(parent)->folder.id, action == Qt::CopyAction);
    // The list drops the rows itself when the cache changes; nothing for the view to remove.
    return false;
}

Qt::DropActions FolderTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

} // namespace lb::ui
