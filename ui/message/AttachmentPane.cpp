// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/AttachmentPane.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lb::ui {

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

AttachmentPane::AttachmentPane(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 8);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Attachment"), tr("Type"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setMaximumHeight(110);
    auto *buttons = new QVBoxLayout;
    m_open = new QPushButton(tr("Open"), this);
    m_save = new QPushButton(tr("Save as…"), this);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch();
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (currentIndex() >= 0)
            emit openRequested(currentIndex());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (currentIndex() >= 0)
            emit saveRequested(currentIndex());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openRequested(m_list->indexOfTopLevelItem(item));
    });
}

void AttachmentPane::showAttachments(const std::vector<mime::AttachmentInfo> &attachments)
{
    m_list->clear();
    QMimeDatabase mimeDb;
    for (const mime::AttachmentInfo &a : attachments) {
        const QMimeType type = mimeDb.mimeTypeForName(QString::fromLatin1(a.mimeType));
        const QString name = a.filename.isEmpty() ? tr("(unnamed)") : a.filename;
        auto *item = new QTreeWidgetItem(
            m_list, {name, type.isValid() ? type.comment() : QString::fromLatin1(a.mimeType),
                     formatSize(a.size)});
        item->setIcon(0,
                      QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName())));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!attachments.empty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    setVisible(!attachments.empty());
}

int AttachmentPane::currentIndex() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

} // namespace lb::ui
