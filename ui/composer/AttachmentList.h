// SPDX-License-Identifier: GPL-3.0-or-later
// The files going out with a message: name and size, with remove. Files are read when added,
// so what is sent is what the user saw listed.
#pragma once

#include "common/Result.h"
#include "mime/compose/OutgoingMessage.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lb::ui {

class AttachmentList : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxFileBytes = 100 * 1024 * 1024;

    explicit AttachmentList(QWidget *parent = nullptr);

    [[nodiscard]] Result<void> addFile(const QString &path);
    void addAttachment(mime::Attachment attachment);
    void removeAt(int index);
    void clear();

    [[nodiscard]] const std::vector<mime::Attachment> &attachments() const { return m_items; }
    [[nodiscard]] QTreeWidget *list() const { return m_list; }

signals:
    void changed();

private:
    void refresh();

    std::vector<mime::Attachment> m_items;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_total = nullptr;
};

} // namespace lb::ui
