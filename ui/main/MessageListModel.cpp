// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MessageListModel.h"

#include "main/Icons.h"
#include "store/Store.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QTimer>

#include <algorithm>

namespace lb::ui {

using store::MessageFlag;

MessageListModel::MessageListModel(store::Store &store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store)
{}

MessageListModel::~MessageListModel() = default;

MessageListModel::Row MessageListModel::toRow(const store::MessageRow &message)
{
    const store::MessageRecord &r = message.record;
    Row row;
    row.id = message.id;
    row.folder = message.folder;
    row.thread = message.thread;
    row.date = r.date;
    row.size = r.size;
    row.flags = r.flags;
    row.attachment = r.hasAttachments;
    row.from = r.fromName.isEmpty() ? r.fromAddress : r.fromName;
    row.fromAddress = r.fromAddress;
    row.subject = r.subject;
    return row;
}

void MessageListModel::setSource(const ListSource &source)
{
    m_source = source;
    reload();
}

void MessageListModel::setQuickFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

void MessageListModel::setSortOrder(store::SortKey key, store::SortDirection direction)
{
    if (key == m_key && direction == m_direction)
        return;
    m_key = key;
    m_direction = direction;
    reload();
}

void MessageListModel::setThreaded(bool threaded)
{
    if (threaded == m_threaded)
        return;
    m_threaded = threaded;
    reload();
}

void MessageListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_threadsShown.clear();
    m_pager = std::make_unique<MessagePager>(m_store, m_source, m_key, m_direction, m_filter);
    m_visibleFirst = 0;
    m_visibleLast = -1;
    // The first page is read inside the reset, so views see it at once and no insertion
    // starts while they still handle the reset.
    if (auto first = m_pager->next(m_pageSize))
        appendRows(std::move(*first), false);
    else
        m_lastError = first.error().message;
    // Listeners of modelReset (QAbstractItemModelTester among them) may call fetchMore while
    // still handling the reset; they get the first page only, and fetch more afterwards.
    m_notifying = true;
    endResetModel();
    m_notifying = false;
}

void MessageListModel::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT loadFailed(message);
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager && !m_pager->atEnd();
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_pager || m_pager->atEnd() || m_notifying)
        return;
    auto rows = m_pager->next(m_pageSize);
    if (!rows) {
        fail(rows.error().message);
        return;
    }
    const qsizetype before = m_rows.size();
    appendRows(std::move(*rows));
    // A quick filter that matched nothing in this slice: scan on from the event loop, so the
    // window stays responsive while a sparse filter walks a large folder.
    if (qsizetype(m_rows.size()) == before && !m_pager->atEnd() && !m_fetchQueued) {
        m_fetchQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_fetchQueued = false;
            fetchMore({});
        });
    }
}

void MessageListModel::appendRows(std::vector<store::MessageRow> rows, bool announce)
{
    std::vector<Row> added;
    added.reserve(rows.size());
    for (const store::MessageRow &message : rows) {
        if (m_threaded && message.thread.isValid()) {
            if (m_threadsShown.contains(message.thread.value))
                continue;
            m_threadsShown.insert(message.thread.value);
        }
        Row row = toRow(message);
        row.checkedAt = m_generation;
        if (m_threaded)
            addThreadChildren(row);
        added.push_back(std::move(row));
    }
    if (added.empty())
        return;
    const int first = int(m_rows.size());
    if (announce)
        beginInsertRows({}, first, first + int(added.size()) - 1);
    std::move(added.begin(), added.end(), std::back_inserter(m_rows));
    if (announce) {
        m_notifying = true; // no nested fetch from a listener of rowsInserted either
        endInsertRows();
        m_notifying = false;
    }
}

void MessageListModel::addThreadChildren(Row &root)
{
    if (!root.thread.isValid())
        return;
    auto thread = m_store.threadMessages(root.thread);
    if (!thread)
        return;
    for (const store::MessageRow &message : *thread) {
        if (message.id == root.id || message.folder != root.folder)
            continue;
        Row child = toRow(message);
        child.checkedAt = m_generation;
        root.children.push_back(std::move(child));
    }
}

void MessageListModel::setVisibleRows(int first, int last)
{
    m_visibleFirst = std::max(0, first);
    m_visibleLast = std::min(last, int(m_rows.size()) - 1);
    verifyRows(m_visibleFirst, m_visibleLast);
}

void MessageListModel::refresh(FolderId folder)
{
    if (!m_pager || m_source.kind == ListSource::Kind::None)
        return;
    if (folder.isValid() && m_source.kind == ListSource::Kind::Folder && folder != m_source.folder)
        return;
    ++m_generation;
    if (m_threaded) {
        // Threads regroup when mail arrives; start again from the top.
        reload();
        return;
    }
    if (m_source.kind != ListSource::Kind::Search)
        refreshHead();
    refreshVisible();
}

void MessageListModel::refreshHead()
{
    if (m_rows.empty()) {
        reload();
        return;
    }
    auto head = m_pager->head(m_pageSize);
    if (!head) {
        fail(head.error().message);
        return;
    }
    // The rows before the list's current first row in the fresh first page are new. If the
    // first row is not on that page any more (deleted, or a page of new mail), check it.
    for (int attempt = 0; attempt < 3 && !m_rows.empty(); ++attempt) {
        const MessageId first = m_rows.front().id;
        auto at = std::find_if(head->begin(), head->end(),
                               [first](const store::MessageRow &r) { return r.id == first; });
        if (at != head->end()) {
            const int count = int(at - head->begin());
            if (count == 0)
                return;
            std::vector<Row> fresh;
            for (auto it = head->begin(); it != at; ++it) {
                if (indexOf(it->id).isValid())
                    continue; // already listed further down (moved up by a sort change)
                fresh.push_back(toRow(*it));
                fresh.back().checkedAt = m_generation;
            }
            if (fresh.empty())
                return;
            beginInsertRows({}, 0, int(fresh.size()) - 1);
            m_rows.insert(m_rows.begin(), std::make_move_iterator(fresh.begin()),
                          std::make_move_iterator(fresh.end()));
            const QScopedValueRollback guard(m_notifying, true);
            endInsertRows();
            m_visibleFirst += int(fresh.size());
            m_visibleLast += int(fresh.size());
            return;
        }
        auto still = m_store.message(first);
        if (!still || !still->has_value()) {
            beginRemoveRows({}, 0, 0);
            m_rows.erase(m_rows.begin());
            const QScopedValueRollback guard(m_notifying, true);
            endRemoveRows();
            continue;
        }
        break;
    }
    reload(); // more new mail than a page, or the list head moved: start again
}

void MessageListModel::refreshVisible()
{
    // A short list is checked whole; a long one where the user looks. The rest is checked
    // when it scrolls into view (verifyRows from setVisibleRows).
    constexpr int kCheckAll = 400;
    if (int(m_rows.size()) <= kCheckAll)
        verifyRows(0, int(m_rows.size()) - 1);
    else
        verifyRows(m_visibleFirst, m_visibleLast);
}

void MessageListModel::verifyRows(int first, int last)
{
    last = std::min(last, int(m_rows.size()) - 1);
    for (int i = last; i >= std::max(0, first); --i) {
        Row &row = m_rows[std::size_t(i)];
        if (row.checkedAt == m_generation)
            continue;
        auto fresh = m_store.message(row.id);
        if (!fresh)
            return;
        if (!fresh->has_value()) {
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            const QScopedValueRollback guard(m_notifying, true);
            endRemoveRows();
            continue;
        }
        std::vector<Row> children = std::move(row.children);
        row = toRow(**fresh);
        row.children = std::move(children);
        row.checkedAt = m_generation;
        const QScopedValueRollback guard(m_notifying, true);
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

qsizetype MessageListModel::loadedRows() const
{
    qsizetype n = qsizetype(m_rows.size());
    for (const Row &row : m_rows)
        n += qsizetype(row.children.size());
    return n;
}

const MessageListModel::Row *MessageListModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == 0) {
        if (index.row() >= int(m_rows.size()))
            return nullptr;
        return &m_rows[std::size_t(index.row())];
    }
    const std::size_t parentRow = std::size_t(index.internalId() - 1);
    if (parentRow >= m_rows.size())
        return nullptr;
    const auto &children = m_rows[parentRow].children;
    if (index.row() >= int(children.size()))
        return nullptr;
    return &children[std::size_t(index.row())];
}

MessageId MessageListModel::messageAt(const QModelIndex &index) const
{
    const Row *row = rowAt(index);
    return row ? row->id : MessageId{};
}

QModelIndex MessageListModel::indexOf(MessageId message) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == message)
            return index(int(i), SubjectColumn);
        const auto &children = m_rows[i].children;
        for (std::size_t c = 0; c < children.size(); ++c) {
            if (children[c].id == message)
                return createIndex(int(c), SubjectColumn, quintptr(i + 1));
        }
    }
    return {};
}

QModelIndex MessageListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_rows.size()))
            return {};
        return createIndex(row, column, quintptr(0));
    }
    if (parent.internalId() != 0 || parent.row() >= int(m_rows.size()))
        return {};
    if (row >= int(m_rows[std::size_t(parent.row())].children.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex MessageListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= int(m_rows.size()))
        return 0;
    return int(m_rows[std::size_t(parent.row())].children.size());
}

int MessageListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool MessageListModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

namespace {
QString shortDate(qint64 seconds)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(seconds).toLocalTime();
    const QLocale locale;
    // Some locales' short time still has seconds: a list does not need them.
    static const QString timeFormat =
        QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    const QString time = locale.toString(when.time(), timeFormat);
    if (when.date() == QDate::currentDate())
        return time;
    return locale.toString(when.date(), QLocale::ShortFormat) + u' ' + time;
}
} // namespace

QVariant MessageListModel::display(const Row &row, int column) const
{
    switch (column) {
    case SubjectColumn:
        return row.subject.isEmpty() ? tr("(no subject)") : row.subject;
    case FromColumn:
        return row.from;
    case DateColumn:
        return shortDate(row.date);
    case SizeColumn:
        return QLocale().formattedDataSize(row.size, 1, QLocale::DataSizeTraditionalFormat);
    default:
        return {};
    }
}

QVariant MessageListModel::decoration(const Row &row, int column) const
{
    switch (column) {
    case FlagColumn:
        return row.flags.testFlag(MessageFlag::Flagged) ? icon(IconKind::Flagged) : QVariant();
    case AttachmentColumn:
        return row.attachment ? icon(IconKind::Attachment) : QVariant();
    case SubjectColumn:
        if (row.flags.testFlag(MessageFlag::Answered))
            return icon(IconKind::Answered);
        if (row.flags.testFlag(MessageFlag::Forwarded))
            return icon(IconKind::Forwarded);
        return {};
    default:
        return {};
    }
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    const Row *row = rowAt(index);
    if (!row)
        return {};
    const bool unread = !row->flags.testFlag(MessageFlag::Seen);
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::DecorationRole:
        return decoration(*row, index.column());
    case Qt::FontRole:
        if (unread) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FromColumn)
            return row->fromAddress;
        if (index.column() == SizeColumn)
            return tr("%n bytes", nullptr, int(std::min<qint64>(row->size, INT_MAX)));
        if (index.column() == DateColumn)
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(row->date).toLocalTime(),
                                      QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MessageIdRole:
        return qint64(row->id.value);
    case FolderIdRole:
        return qint64(row->folder.value);
    case ThreadIdRole:
        return qint64(row->thread.value);
    case FlagsRole:
        return int(row->flags.toInt());
    case UnreadRole:
        return unread;
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SubjectColumn:
            return tr("Subject");
        case FromColumn:
            return tr("From");
        case DateColumn:
            return tr("Date");
        case SizeColumn:
            return tr("Size");
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if (section == FlagColumn)
            return icon(IconKind::Flagged);
        if (section == AttachmentColumn)
            return icon(IconKind::Attachment);
    }
    if (role == Qt::ToolTipRole) {
        if (section == FlagColumn)
            return tr("Flagged");
        if (section == AttachmentColumn)
            return tr("Attachments");
    }
    return {};
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    store::SortKey key;
    switch (column) {
    case SubjectColumn:
        key = store::SortKey::Subject;
        break;
    case FromColumn:
        key = store::SortKey::Sender;
        break;
    case DateColumn:
        key = store::SortKey::Date;
        break;
    case SizeColumn:
        key = store::SortKey::Size;
        break;
    default:
        return;
    }
    setSortOrder(key, order == Qt::DescendingOrder ? store::SortDirection::Descending
                                                   : store::SortDirection::Ascending);
}

QStringList MessageListModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData *MessageListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const MessageId id = messageAt(index);
        if (id.isValid() && !ids.contains(id.value))
            ids << id.value;
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray encoded;
    for (const qint64 id : ids) {
        if (!encoded.isEmpty())
            encoded += ',';
        encoded += QByteArray::number(id);
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), encoded);
    return mime;
}

Qt::DropActions MessageListModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

} // namespace lb::ui
