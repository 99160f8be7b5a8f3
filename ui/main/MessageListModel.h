// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "main/MessagePager.h"
#include "store/Records.h"

#include <QAbstractItemModel>
#include <QSet>

#include <memory>
#include <vector>

namespace lb::store {
class Store;
}

namespace lb::ui {

// The message list over the cache: a page at a time (fetchMore/canFetchMore over keyset
// queries), never a whole folder in memory; flat or threaded (each thread once, at its first
// message in the list order, its other messages of the same folder as children).
//
// Contract: GUI thread, reading the GUI thread's Store connection only; data() never touches
// the store or the network. refresh() re-reads the first page and the rows the view shows
// (setVisibleRows), not the whole list.
class MessageListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        FlagColumn,
        AttachmentColumn,
        SubjectColumn,
        FromColumn,
        DateColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        FolderIdRole,
        ThreadIdRole,
        FlagsRole, // int of store::MessageFlags
        UnreadRole,
    };
    static constexpr const char *kMimeType = "application/x-letterbox-message-ids";

    explicit MessageListModel(store::Store &store, QObject *parent = nullptr);
    ~MessageListModel() override;

    void setSource(const ListSource &source);
    [[nodiscard]] const ListSource &source() const { return m_source; }
    void setQuickFilter(const QString &text);
    void setSortOrder(store::SortKey key, store::SortDirection direction);
    [[nodiscard]] store::SortKey sortKey() const { return m_key; }
    [[nodiscard]] store::SortDirection sortDirection() const { return m_direction; }
    void setThreaded(bool threaded);
    [[nodiscard]] bool isThreaded() const { return m_threaded; }
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }

    // The rows (top level) the view shows, so refresh() can re-read just those.
    void setVisibleRows(int first, int last);
    // Re-reads after a change was committed in `folder` (invalid: any folder, e.g. an
    // account's folder list changed).
    void refresh(FolderId folder = {});
    // Rows held in memory (top level plus thread children).
    [[nodiscard]] qsizetype loadedRows() const;
    [[nodiscard]] MessageId messageAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(MessageId message) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    // QAbstractItemModel
    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    void loadFailed(const QString &sentence);

private:
    // What a row keeps: enough to paint it, nothing more (a 100k list stays small).
    struct Row
    {
        MessageId id;
        FolderId folder;
        ThreadId thread;
        qint64 date = 0;
        qint64 size = 0;
        store::MessageFlags flags;
        bool attachment = false;
        QString from;
        QString fromAddress;
        QString subject;
        quint32 checkedAt = 0; // the refresh generation this row was last read in
        std::vector<Row> children;
    };
    [[nodiscard]] static Row toRow(const store::MessageRow &message);
    void reload();
    void appendRows(std::vector<store::MessageRow> rows, bool announce = true);
    void addThreadChildren(Row &root);
    [[nodiscard]] const Row *rowAt(const QModelIndex &index) const;
    [[nodiscard]] QVariant display(const Row &row, int column) const;
    [[nodiscard]] QVariant decoration(const Row &row, int column) const;
    void refreshHead();
    void refreshVisible();
    // Re-reads rows [first, last] that were not read since the last refresh; removes the gone.
    void verifyRows(int first, int last);
    void fail(const QString &message);

    store::Store &m_store;
    ListSource m_source;
    QString m_filter;
    store::SortKey m_key = store::SortKey::Date;
    store::SortDirection m_direction = store::SortDirection::Descending;
    bool m_threaded = false;
    int m_pageSize = 200;
    std::unique_ptr<MessagePager> m_pager;
    std::vector<Row> m_rows;
    QSet<qint64> m_threadsShown;
    int m_visibleFirst = 0;
    int m_visibleLast = -1;
    QString m_lastError;
    quint32 m_generation = 0;
    bool m_fetchQueued = false;
    // True while listeners handle a change: a fetchMore from them waits for the next call.
    bool m_notifying = false;
};

} // namespace lb::ui
