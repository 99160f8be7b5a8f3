// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"
#include "common/StrongId.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace lb::ui {

class ImapOptionsForm;
class Pop3OptionsForm;
class ServerSettingsForm;

// The settings of an existing account: the same choices as the wizard (servers, security,
// IMAP or POP3 options) plus the name, sender, signature and a pinned certificate to forget.
// OK validates and emits settingsAccepted; saving is the caller's (AccountRepository::update
// on its Store), so the dialog stays free of the cache.
class AccountSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountSettingsDialog(AccountId id, const accounts::AccountSettings &settings,
                          QWidget *parent = nullptr);

    [[nodiscard]] AccountId accountId() const { return m_id; }
    // The settings as edited (validated when the dialog was accepted).
    [[nodiscard]] accounts::AccountSettings settings() const;

    void accept() override;

    [[nodiscard]] ServerSettingsForm *incomingForm() const { return m_incoming; }
    [[nodiscard]] ServerSettingsForm *smtpForm() const { return m_smtp; }
    [[nodiscard]] ImapOptionsForm *imapOptions() const { return m_imapOptions; }
    [[nodiscard]] Pop3OptionsForm *pop3Options() const { return m_pop3Options; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }

signals:
    void settingsAccepted(lb::AccountId id, const lb::accounts::AccountSettings &settings);

private:
    [[nodiscard]] QWidget *generalTab();
    [[nodiscard]] QWidget *serversTab();
    [[nodiscard]] QWidget *optionsTab();

    AccountId m_id;
    accounts::AccountSettings m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_signature = nullptr;
    QSpinBox *m_autosave = nullptr;
    ServerSettingsForm *m_incoming = nullptr;
    QCheckBox *m_sendMail = nullptr;
    ServerSettingsForm *m_smtp = nullptr;
    QCheckBox *m_forgetPins = nullptr;
    ImapOptionsForm *m_imapOptions = nullptr;
    Pop3OptionsForm *m_pop3Options = nullptr;
    QSpinBox *m_checkEvery = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace lb::ui
