// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/FolderDelegate.h"

#include "main/FolderTreeModel.h"

#include <QPainter>

namespace lb::ui {

bool FolderDelegate::hasUsage(const QModelIndex &index)
{
    return !index.data(FolderTreeModel::UsageTextRole).toString().isEmpty();
}

QSize FolderDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (hasUsage(index))
        size.rheight() += option.fontMetrics.height() * 3 / 4 + 4;
    return size;
}

void FolderDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    if (!hasUsage(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int extra = option.fontMetrics.height() * 3 / 4 + 4;
    QStyleOptionViewItem top = option;
    top.rect.setBottom(option.rect.bottom() - extra);
    QStyledItemDelegate::paint(painter, top, index);

    const QRect below(option.rect.left() + 22, option.rect.bottom() - extra + 1,
                      option.rect.width() - 28, extra - 2);
    painter->save();
    const QVariant fraction = index.data(FolderTreeModel::UsageFractionRole);
    const QPalette &pal = option.palette;
    if (fraction.isValid()) {
        const QRect bar(below.left(), below.center().y() - 2, below.width(), 5);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::Mid));
        painter->drawRoundedRect(bar, 2, 2);
        const double f = fraction.toDouble();
        QRect used = bar;
        used.setWidth(int(bar.width() * f));
        painter->setBrush(f >= 0.9 ? QColor(0xc0, 0x39, 0x2b) : pal.color(QPalette::Highlight));
        painter->drawRoundedRect(used, 2, 2);
    } else {
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(below, Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(FolderTreeModel::UsageTextRole).toString());
    }
    painter->restore();
}

} // namespace lb::ui
