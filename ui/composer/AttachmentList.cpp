// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/AttachmentList.h"

#include "message/AttachmentPane.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeDatabase>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lb::ui {

AttachmentList::AttachmentList(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Attachment"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(100);
    auto *side = new QVBoxLayout;
    m_remove = new QPushButton(tr("Remove"), this);
    m_total = new QLabel(this);
    side->addWidget(m_remove);
    side->addWidget(m_total);
    side->addStretch();
    row->addWidget(m_list, 1);
    row->addLayout(side);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (QTreeWidgetItem *item : m_list->selectedItems())
            rows << m_list->indexOfTopLevelItem(item);
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int r : rows)
            removeAt(r);
    });
    refresh();
}

Result<void> AttachmentList::addFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return inputError(tr("%1 is not a file.").arg(path));
    if (info.size() > kMaxFileBytes)
        return inputError(tr("%1 is larger than %2: servers refuse messages that large.")
                              .arg(info.fileName(), formatSize(kMaxFileBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inputError(tr("Could not read %1: %2").arg(path, file.errorString()));
    mime::Attachment attachment;
    attachment.filename = info.fileName();
    attachment.mimeType = QMimeDatabase().mimeTypeForFile(info).name().toLatin1();
    attachment.data = file.readAll();
    addAttachment(std::move(attachment));
    return Ok{};
}

void AttachmentList::addAttachment(mime::Attachment attachment)
{
    m_items.push_back(std::move(attachment));
    refresh();
    emit changed();
}

void AttachmentList::removeAt(int index)
{
    if (index < 0 || index >= int(m_items.size()))
        return;
    m_items.erase(m_items.begin() + index);
    refresh();
    emit changed();
}

void AttachmentList::clear()
{
    m_items.clear();
    refresh();
}

void AttachmentList::refresh()
{
    m_list->clear();
    qint64 total = 0;
    QMimeDatabase mimeDb;
    for (const mime::Attachment &a : m_items) {
        const QMimeType type = mimeDb.mimeTypeForName(QString::fromLatin1(a.mimeType));
        auto *item = new QTreeWidgetItem(m_list, {a.filename, formatSize(a.data.size())});
        item->setIcon(0,
                      QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName())));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        total += a.data.size();
    }
    m_total->setText(tr("Total %1").arg(formatSize(total)));
    setVisible(!m_items.empty());
}

} // namespace lb::ui
