// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/StrongId.h"

#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace lb::store {
class Store;
}

namespace lb::ui {

// What waits for the servers: queued changes (flags, moves, deletions) and unsent mail, with
// the failed ones and why, and Retry / Discard for the selected entry. Reads the cache only.
class OfflineQueueDialog : public QDialog
{
    Q_OBJECT
public:
    OfflineQueueDialog(store::Store &store, QWidget *parent = nullptr);

    void reload();
    [[nodiscard]] int entryCount() const;

Q_SIGNALS:
    // The user asked to try again: the account should sync (or send) now.
    void retryRequested(lb::AccountId account);

private:
    void retrySelected();
    void discardSelected();
    void updateButtons();

    store::Store &m_store;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace lb::ui
