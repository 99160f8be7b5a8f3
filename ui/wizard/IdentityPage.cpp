// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/IdentityPage.h"

#include "wizard/WizardState.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace lb::ui {

IdentityPage::IdentityPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Set up your mail account"));
    setSubTitle(tr("Letterbox finds your provider's settings from your address."));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("as others see it, e.g. Ann Lee"));
    m_email = new QLineEdit(this);
    m_email->setAccessibleName(tr("Email address"));
    m_email->setPlaceholderText(tr("you@example.org"));
    m_password = new QLineEdit(this);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&Email address:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    auto *note = new QLabel(
        tr("The password goes to your system's keyring, never into Letterbox's files."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    for (QLineEdit *edit : {m_name, m_email, m_password})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool IdentityPage::isComplete() const
{
    const QString email = m_email->text().trimmed();
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    return at > 0 && at < email.size() - 1 && !email.contains(QLatin1Char(' ')) &&
           !m_password->text().isEmpty();
}

bool IdentityPage::validatePage()
{
    m_state.fullName = m_name->text().trimmed();
    m_state.email = m_email->text().trimmed();
    m_state.password = m_password->text();
    m_state.settings.email = m_state.email;
    m_state.settings.displayName = m_state.fullName;
    return true;
}

} // namespace lb::ui
