// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/WizardServices.h"

#include <optional>

namespace lb::ui {

// What the wizard's pages have learnt so far; owned by AccountWizard, read and written by the
// pages on the GUI thread only.
struct WizardState
{
    WizardServices services;
    QString fullName;
    QString email;
    QString password;
    std::optional<accounts::discovery::DiscoveryResult> discovery;
    // From a first login right after discovery, for the POP3/IMAP explanation.
    std::optional<sync::verify::MailboxFigures> figures;
    accounts::AccountSettings settings;
    std::optional<sync::verify::VerifyReport> report;
    std::vector<accounts::StoredAccount> existing;
    std::optional<AccountId> created;
    bool passwordStored = false; // in the keyring under settings.name

    // The discovered server for a protocol, if any.
    [[nodiscard]] std::optional<accounts::discovery::DiscoveredServer>
    discovered(accounts::Protocol protocol) const;
    // Copies the discovered servers for `protocol` (and SMTP) into settings.
    void applyDiscovery(accounts::Protocol protocol);
    // A name for the account that no other account has: the address, or "address (2)".
    [[nodiscard]] QString uniqueName() const;
};

} // namespace lb::ui
