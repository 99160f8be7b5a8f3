// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MessageListView.h"

#include "main/MessageListModel.h"

#include <QHeaderView>

namespace lb::ui {

MessageListView::MessageListView(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("messageList"));
    setRootIsDecorated(false);
    setUniformRowHeights(true); // lets the view lay out 100k rows without asking each one
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSortingEnabled(true);
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(false);
}

void MessageListView::setMessageModel(MessageListModel *model)
{
    m_model = model;
    setModel(model);
    header()->setSortIndicator(MessageListModel::DateColumn, Qt::DescendingOrder);
    header()->setSectionResizeMode(MessageListModel::FlagColumn, QHeaderView::Fixed);
    header()->setSectionResizeMode(MessageListModel::AttachmentColumn, QHeaderView::Fixed);
    header()->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    header()->resizeSection(MessageListModel::FlagColumn, 26);
    header()->resizeSection(MessageListModel::AttachmentColumn, 26);
    header()->resizeSection(MessageListModel::FromColumn, 200);
    header()->resizeSection(MessageListModel::DateColumn, 150);
    header()->resizeSection(MessageListModel::SizeColumn, 70);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { reportVisibleRows(); });
}

void MessageListView::scrollContentsBy(int dx, int dy)
{
    QTreeView::scrollContentsBy(dx, dy);
    reportVisibleRows();
}

void MessageListView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    reportVisibleRows();
}

void MessageListView::reportVisibleRows()
{
    if (!m_model)
        return;
    QModelIndex top = indexAt(QPoint(1, 1));
    QModelIndex bottom = indexAt(QPoint(1, viewport()->height() - 2));
    while (top.parent().isValid())
        top = top.parent();
    while (bottom.parent().isValid())
        bottom = bottom.parent();
    const int first = top.isValid() ? top.row() : 0;
    const int last = bottom.isValid() ? bottom.row() : m_model->rowCount() - 1;
    m_model->setVisibleRows(first, last);
}

} // namespace lb::ui
