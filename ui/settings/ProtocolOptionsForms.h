// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace lb::ui {

// What an IMAP account keeps on the server and downloads for reading offline.
class ImapOptionsForm : public QWidget
{
    Q_OBJECT
public:
    explicit ImapOptionsForm(QWidget *parent = nullptr);
    void setOptions(const accounts::ImapOptions &options);
    // Only the fields this form shows change; the rest of `base` is kept.
    [[nodiscard]] accounts::ImapOptions options(accounts::ImapOptions base = {}) const;

signals:
    void changed();

private:
    void updateEnabled();

    QCheckBox *m_sent = nullptr;
    QCheckBox *m_drafts = nullptr;
    QCheckBox *m_trash = nullptr;
    QComboBox *m_offline = nullptr;
    QSpinBox *m_days = nullptr;
};

// What a POP3 account does with the server's copy.
class Pop3OptionsForm : public QWidget
{
    Q_OBJECT
public:
    explicit Pop3OptionsForm(QWidget *parent = nullptr);
    void setOptions(const accounts::Pop3Options &options);
    [[nodiscard]] accounts::Pop3Options options(accounts::Pop3Options base = {}) const;

signals:
    void changed();

private:
    void updateEnabled();

    QCheckBox *m_leave = nullptr;
    QCheckBox *m_deleteAfter = nullptr;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_deleteHere = nullptr;
};

} // namespace lb::ui
