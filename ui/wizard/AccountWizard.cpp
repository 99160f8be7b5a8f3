// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/AccountWizard.h"

#include "wizard/Background.h"
#include "wizard/DiscoveryPage.h"
#include "wizard/FinishPage.h"
#include "wizard/IdentityPage.h"
#include "wizard/ProtocolPage.h"
#include "wizard/ServersPage.h"
#include "wizard/VerifyPage.h"
#include "wizard/WizardState.h"

namespace lb::ui {

AccountWizard::AccountWizard(WizardServices services, QWidget *parent)
    : QWizard(parent), m_state(std::make_unique<WizardState>())
{
    m_state->services = std::move(services);
    setWindowTitle(tr("Add a mail account"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(760, 560);
    m_identity = new IdentityPage(*m_state, this);
    m_discovery = new DiscoveryPage(*m_state, this);
    m_protocol = new ProtocolPage(*m_state, this);
    m_servers = new ServersPage(*m_state, this);
    m_verify = new VerifyPage(*m_state, this);
    m_finish = new FinishPage(*m_state, this);
    setPage(Identity, m_identity);
    setPage(Discovery, m_discovery);
    setPage(Choice, m_protocol);
    setPage(Servers, m_servers);
    setPage(Verify, m_verify);
    setPage(Finish, m_finish);
}

AccountWizard::~AccountWizard() = default;

std::optional<AccountId> AccountWizard::createdAccount() const
{
    return m_state->created;
}

void AccountWizard::accept()
{
    QWizard::accept();
    if (m_state->created)
        emit accountCreated(*m_state->created);
}

void AccountWizard::reject()
{
    if (m_state->passwordStored && !m_state->created && m_state->services.removePassword) {
        auto remove = m_state->services.removePassword;
        const QString account = m_state->settings.name;
        (void)runInBackground<bool>([remove, account](QPromise<bool> &promise) {
            promise.addResult(remove(account).ok());
        });
        m_state->passwordStored = false;
    }
    QWizard::reject();
}

} // namespace lb::ui
