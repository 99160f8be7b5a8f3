// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace lb::ui {

// Paints the folder pane's rows, plus under each account a thin bar of its server quota when
// the server reports one, or the server's mailbox size in small text (POP3).
class FolderDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

private:
    [[nodiscard]] static bool hasUsage(const QModelIndex &index);
};

} // namespace lb::ui
