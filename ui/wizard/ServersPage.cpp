// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ServersPage.h"

#include "settings/ServerSettingsForm.h"
#include "wizard/WizardState.h"
#include "wizard/WizardText.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lb::ui {

using accounts::Protocol;

ServersPage::ServersPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Server settings"));
    setSubTitle(tr("Check or change what was found. Letterbox signs in with them next."));
    auto *layout = new QVBoxLayout(this);
    auto *incomingBox = new QGroupBox(tr("Incoming mail"), this);
    auto *incomingLayout = new QVBoxLayout(incomingBox);
    m_incoming = new ServerSettingsForm(ServerSettingsForm::Kind::Imap, incomingBox);
    incomingLayout->addWidget(m_incoming);
    auto *smtpBox = new QGroupBox(tr("Outgoing mail (SMTP)"), this);
    auto *smtpLayout = new QVBoxLayout(smtpBox);
    m_sendMail = new QCheckBox(tr("&Send mail from this account"), smtpBox);
    m_sendMail->setChecked(true);
    m_smtp = new ServerSettingsForm(ServerSettingsForm::Kind::Smtp, smtpBox);
    smtpLayout->addWidget(m_sendMail);
    smtpLayout->addWidget(m_smtp);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_error->setVisible(false);
    layout->addWidget(incomingBox);
    layout->addWidget(smtpBox);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_sendMail, &QCheckBox::toggled, m_smtp, &QWidget::setEnabled);
}

namespace {

QString sourceLine(const std::optional<accounts::discovery::DiscoveredServer> &found)
{
    if (!found)
        return ServersPage::tr("Not found: please enter it.");
    return ServersPage::tr("Source: %1.").arg(WizardText::source(found->source));
}

} // namespace

void ServersPage::initializePage()
{
    const bool imap = m_state.settings.protocol == Protocol::Imap;
    m_incoming->setKind(imap ? ServerSettingsForm::Kind::Imap : ServerSettingsForm::Kind::Pop3);
    m_incoming->setSettings(m_state.settings.incoming);
    m_incoming->setSourceText(sourceLine(m_state.discovered(m_state.settings.protocol)));
    m_sendMail->setChecked(m_state.settings.smtp.has_value());
    if (m_state.settings.smtp)
        m_smtp->setSettings(*m_state.settings.smtp);
    m_smtp->setSourceText(sourceLine(m_state.discovery ? m_state.discovery->smtp : std::nullopt));
    m_error->setVisible(false);
}

bool ServersPage::validatePage()
{
    accounts::AccountSettings settings = m_state.settings;
    settings.name = m_state.uniqueName();
    settings.incoming = m_incoming->settings();
    if (m_sendMail->isChecked())
        settings.smtp = m_smtp->settings();
    else
        settings.smtp.reset();
    if (Result<void> valid = accounts::validate(settings); !valid) {
        m_error->setText(tr("Please check the settings: %1").arg(valid.error().message));
        m_error->setVisible(true);
        return false;
    }
    m_state.settings = settings;
    return true;
}

} // namespace lb::ui
