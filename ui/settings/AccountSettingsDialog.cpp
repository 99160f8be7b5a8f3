// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AccountSettingsDialog.h"

#include "settings/ProtocolOptionsForms.h"
#include "settings/ServerSettingsForm.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lb::ui {

using accounts::Protocol;

AccountSettingsDialog::AccountSettingsDialog(AccountId id,
                                             const accounts::AccountSettings &settings,
                                             QWidget *parent)
    : QDialog(parent), m_id(id), m_original(settings)
{
    setWindowTitle(tr("Settings of %1").arg(settings.name));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(generalTab(), tr("&General"));
    tabs->addTab(serversTab(), tr("&Servers"));
    tabs->addTab(optionsTab(),
                 settings.protocol == Protocol::Imap ? tr("&IMAP options") : tr("&POP3 options"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_error->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountSettingsDialog::reject);
    resize(640, 560);
}

QWidget *AccountSettingsDialog::generalTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(m_original.name, page);
    m_name->setAccessibleName(tr("Account name"));
    m_displayName = new QLineEdit(m_original.displayName, page);
    m_displayName->setAccessibleName(tr("Your name"));
    m_email = new QLineEdit(m_original.email, page);
    m_email->setAccessibleName(tr("Email address"));
    m_signature = new QPlainTextEdit(m_original.signature, page);
    m_signature->setAccessibleName(tr("Signature"));
    m_autosave = new QSpinBox(page);
    m_autosave->setRange(0, 3600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setSpecialValueText(tr("only when closing"));
    m_autosave->setValue(m_original.draftAutosaveSeconds);
    m_autosave->setAccessibleName(tr("Save drafts every"));
    form->addRow(tr("Account &name:"), m_name);
    form->addRow(tr("Your n&ame:"), m_displayName);
    form->addRow(tr("&Email address:"), m_email);
    form->addRow(tr("S&ignature:"), m_signature);
    form->addRow(tr("Save &drafts every:"), m_autosave);
    return page;
}

QWidget *AccountSettingsDialog::serversTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    const bool imap = m_original.protocol == Protocol::Imap;
    auto *incomingBox =
        new QGroupBox(imap ? tr("Incoming mail (IMAP)") : tr("Incoming mail (POP3)"), page);
    auto *incomingLayout = new QVBoxLayout(incomingBox);
    m_incoming = new ServerSettingsForm(
        imap ? ServerSettingsForm::Kind::Imap : ServerSettingsForm::Kind::Pop3, incomingBox);
    m_incoming->setSettings(m_original.incoming);
    incomingLayout->addWidget(m_incoming);
    auto *smtpBox = new QGroupBox(tr("Outgoing mail (SMTP)"), page);
    auto *smtpLayout = new QVBoxLayout(smtpBox);
    m_sendMail = new QCheckBox(tr("Send mail from this acc&ount"), smtpBox);
    m_smtp = new ServerSettingsForm(ServerSettingsForm::Kind::Smtp, smtpBox);
    if (m_original.smtp)
        m_smtp->setSettings(*m_original.smtp);
    m_sendMail->setChecked(m_original.smtp.has_value());
    m_smtp->setEnabled(m_original.smtp.has_value());
    connect(m_sendMail, &QCheckBox::toggled, m_smtp, &QWidget::setEnabled);
    smtpLayout->addWidget(m_sendMail);
    smtpLayout->addWidget(m_smtp);
    m_forgetPins = new QCheckBox(tr("&Forget the certificates I trusted for this account"), page);
    const bool pinned = !m_original.incoming.trust.pinnedSha256.isEmpty() ||
                        (m_original.smtp && !m_original.smtp->trust.pinnedSha256.isEmpty());
    m_forgetPins->setVisible(pinned);
    layout->addWidget(incomingBox);
    layout->addWidget(smtpBox);
    layout->addWidget(m_forgetPins);
    layout->addStretch();
    return page;
}

QWidget *AccountSettingsDialog::optionsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_imapOptions = new ImapOptionsForm(page);
    m_imapOptions->setOptions(m_original.imap);
    m_pop3Options = new Pop3OptionsForm(page);
    m_pop3Options->setOptions(m_original.pop3);
    const bool imap = m_original.protocol == Protocol::Imap;
    m_imapOptions->setVisible(imap);
    m_pop3Options->setVisible(!imap);
    layout->addWidget(m_imapOptions);
    layout->addWidget(m_pop3Options);
    auto *checkRow = new QFormLayout;
    m_checkEvery = new QSpinBox(page);
    m_checkEvery->setRange(1, 1440);
    m_checkEvery->setSuffix(tr(" min"));
    m_checkEvery->setValue(m_original.pop3.checkEveryMinutes);
    m_checkEvery->setAccessibleName(tr("Check for new mail every"));
    checkRow->addRow(tr("Check for new mail &every:"), m_checkEvery);
    if (!imap)
        layout->addLayout(checkRow);
    else
        m_checkEvery->setVisible(false);
    layout->addStretch();
    return page;
}

accounts::AccountSettings AccountSettingsDialog::settings() const
{
    accounts::AccountSettings s = m_original;
    s.name = m_name->text().trimmed();
    s.displayName = m_displayName->text().trimmed();
    s.email = m_email->text().trimmed();
    s.signature = m_signature->toPlainText();
    s.draftAutosaveSeconds = m_autosave->value();
    s.incoming = m_incoming->settings();
    if (m_sendMail->isChecked())
        s.smtp = m_smtp->settings();
    else
        s.smtp.reset();
    if (m_forgetPins->isChecked()) {
        s.incoming.trust.pinnedSha256.clear();
        if (s.smtp)
            s.smtp->trust.pinnedSha256.clear();
    }
    s.imap = m_imapOptions->options(m_original.imap);
    s.pop3 = m_pop3Options->options(m_original.pop3);
    s.pop3.checkEveryMinutes = m_checkEvery->value();
    return s;
}

void AccountSettingsDialog::accept()
{
    const accounts::AccountSettings edited = settings();
    if (Result<void> valid = accounts::validate(edited); !valid) {
        m_error->setText(tr("Please check the settings: %1").arg(valid.error().message));
        m_error->setVisible(true);
        return;
    }
    emit settingsAccepted(m_id, edited);
    QDialog::accept();
}

} // namespace lb::ui
