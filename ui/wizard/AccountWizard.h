// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/StrongId.h"
#include "wizard/WizardServices.h"

#include <QWizard>

#include <memory>

namespace lb::ui {

struct WizardState;
class IdentityPage;
class DiscoveryPage;
class ProtocolPage;
class ServersPage;
class VerifyPage;
class FinishPage;

// The account setup wizard (issue 6): name, address and password; discovery with visible
// progress; the IMAP/POP3 choice explained with the user's figures; every setting editable;
// a real sign-in with exact failures and a certificate to trust; the password to the keyring.
// All network work runs off the GUI thread.
//
//   auto *wizard = new lb::ui::AccountWizard(lb::ui::WizardServices::standard(store), this);
//   connect(wizard, &lb::ui::AccountWizard::accountCreated, this, &X::startFirstSync);
//   wizard->open();
class AccountWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Identity,
        Discovery,
        Choice,
        Servers,
        Verify,
        Finish
    };

    explicit AccountWizard(WizardServices services, QWidget *parent = nullptr);
    ~AccountWizard() override;

    // The new account, once the wizard was accepted.
    [[nodiscard]] std::optional<AccountId> createdAccount() const;
    [[nodiscard]] const WizardState &state() const { return *m_state; }

    [[nodiscard]] IdentityPage *identityPage() const { return m_identity; }
    [[nodiscard]] DiscoveryPage *discoveryPage() const { return m_discovery; }
    [[nodiscard]] ProtocolPage *protocolPage() const { return m_protocol; }
    [[nodiscard]] ServersPage *serversPage() const { return m_servers; }
    [[nodiscard]] VerifyPage *verifyPage() const { return m_verify; }
    [[nodiscard]] FinishPage *finishPage() const { return m_finish; }

    void accept() override;
    // Cancelling after the password went to the keyring takes it out again.
    void reject() override;

signals:
    // The account is saved: the main window starts its first sync.
    void accountCreated(lb::AccountId id);

private:
    std::unique_ptr<WizardState> m_state;
    IdentityPage *m_identity = nullptr;
    DiscoveryPage *m_discovery = nullptr;
    ProtocolPage *m_protocol = nullptr;
    ServersPage *m_servers = nullptr;
    VerifyPage *m_verify = nullptr;
    FinishPage *m_finish = nullptr;
};

} // namespace lb::ui
