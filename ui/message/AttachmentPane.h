// SPDX-License-Identifier: GPL-3.0-or-later
// The files a message carries: name, type and size, with Open and Save as.
#pragma once

#include "mime/Attachments.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QTreeWidget;

namespace lb::ui {

class AttachmentPane : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentPane(QWidget *parent = nullptr);

    void showAttachments(const std::vector<mime::AttachmentInfo> &attachments);
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] int currentIndex() const;

signals:
    void openRequested(int index);
    void saveRequested(int index);

private:
    QTreeWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
};

// "1.2 MB", "340 kB", "12 bytes", in the user's locale.
[[nodiscard]] QString formatSize(qint64 bytes);

} // namespace lb::ui
