// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/FinishPage.h"

#include "wizard/Background.h"
#include "wizard/WizardState.h"
#include "wizard/WizardText.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lb::ui {

FinishPage::FinishPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Ready"));
    setSubTitle(tr("Your account is ready to be added."));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_keyring = new QLabel(this);
    m_keyring->setWordWrap(true);
    m_keyring->setAccessibleName(tr("Password storage"));
    m_askEachStart = new QCheckBox(tr("&Ask for my password each time Letterbox starts"), this);
    m_askEachStart->setVisible(false);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_error->setVisible(false);
    layout->addWidget(m_summary);
    layout->addWidget(m_keyring);
    layout->addWidget(m_askEachStart);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_askEachStart, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(&m_watcher, &QFutureWatcher<Result<void>>::finished, this, &FinishPage::onStored);
}

void FinishPage::initializePage()
{
    const accounts::AccountSettings &s = m_state.settings;
    QString summary =
        tr("The account \"%1\" will receive mail with %2 from %3 and %4.")
            .arg(s.name, accounts::toString(s.protocol).toUpper(), s.incoming.host,
                 s.smtp ? tr("send through %1").arg(s.smtp->host) : tr("not send mail"));
    summary += u' ' + tr("Its first download starts as soon as you finish.");
    m_summary->setText(summary);
    m_keyring->setText(tr("Saving your password in the system keyring…"));
    m_askEachStart->setVisible(false);
    m_error->setVisible(false);
    m_busy = true;
    m_keyringFailed = false;
    emit completeChanged();
    auto store = m_state.services.storePassword;
    const QString account = s.name;
    const QString password = m_state.password;
    m_watcher.setFuture(runInBackground<Result<void>>([store, account,
                                                       password](QPromise<Result<void>> &promise) {
        promise.addResult(
            store ? store(account, password)
                  : Result<void>(Error{
                        ErrorScope::Account, Remedy::AskUser, QStringLiteral("No keyring."), {}}));
    }));
}

void FinishPage::onStored()
{
    if (m_watcher.future().resultCount() == 0)
        return;
    const Result<void> stored = m_watcher.result();
    m_busy = false;
    m_keyringFailed = !stored.ok();
    m_state.passwordStored = stored.ok();
    if (stored) {
        m_keyring->setText(tr("Your password is saved in the system keyring."));
    } else {
        m_keyring->setText(
            tr("No system keyring is available here, so Letterbox cannot keep your password "
               "safely. It can ask for it each time it starts instead.\nThe keyring said: %1")
                .arg(stored.error().message));
        m_askEachStart->setChecked(true);
        m_askEachStart->setVisible(true);
    }
    emit completeChanged();
}

bool FinishPage::isComplete() const
{
    return !m_busy && (!m_keyringFailed || m_askEachStart->isChecked());
}

bool FinishPage::validatePage()
{
    if (m_state.created)
        return true;
    Result<AccountId> saved = m_state.services.saveAccount(m_state.settings);
    if (!saved) {
        m_error->setText(tr("The account could not be saved: %1").arg(saved.error().message));
        m_error->setVisible(true);
        return false;
    }
    m_state.created = *saved;
    return true;
}

} // namespace lb::ui
