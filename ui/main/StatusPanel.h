// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/StrongId.h"
#include "sync/SyncProgress.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QToolButton;

namespace lb::ui {

// The status bar's contents: each account's sync in words ("Home: fetching headers in
// INBOX, 1,200 of 48,312, about 2 min left", "Home: inbox ready"), the last error, and the
// offline indicator that is also the "Work offline" switch.
class StatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPanel(QWidget *parent = nullptr);

    void setAccountName(AccountId account, const QString &name);
    void showProgress(const sync::SyncProgress &progress);
    void showError(AccountId account, const QString &sentence);
    void setOnline(bool online, bool workOffline);

    [[nodiscard]] QString progressText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] static QString describe(const sync::SyncProgress &progress);

Q_SIGNALS:
    void workOfflineToggled(bool offline);

private:
    void updateProgressLabel();

    QLabel *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_offline = nullptr;
    QHash<qint64, QString> m_names;
    QHash<qint64, QString> m_lines;
};

} // namespace lb::ui
