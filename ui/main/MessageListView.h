// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace lb::ui {

class MessageListModel;

// The message list: a tree view (flat or threaded) that tells its model which rows are on
// screen, so a change re-reads those and not the whole list, and that drags messages.
class MessageListView : public QTreeView
{
    Q_OBJECT
public:
    explicit MessageListView(QWidget *parent = nullptr);
    void setMessageModel(MessageListModel *model);

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void reportVisibleRows();

    MessageListModel *m_model = nullptr;
};

} // namespace lb::ui
