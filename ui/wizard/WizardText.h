// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/discovery/DiscoveryResult.h"
#include "sync/verify/VerifyReport.h"

#include <QCoreApplication>

namespace lb::ui {

// The sentences the wizard and the settings dialog show for core values, translated.
class WizardText
{
    Q_DECLARE_TR_FUNCTIONS(lb::ui::WizardText)
public:
    [[nodiscard]] static QString source(accounts::discovery::SettingSource source);
    [[nodiscard]] static QString security(net::TlsMode mode);
    [[nodiscard]] static QString server(const accounts::discovery::DiscoveredServer &server);
    [[nodiscard]] static QString progress(const accounts::discovery::DiscoveryProgress &progress);
    [[nodiscard]] static QString dataSize(quint64 bytes);
    // "Your mailbox holds 1,234 messages (56 MB) in 8 folders, with a quota of 1 GB."
    [[nodiscard]] static QString figures(const sync::verify::MailboxFigures &figures);
    // One sentence for a server's login outcome: what failed and what to do.
    [[nodiscard]] static QString check(const sync::verify::ServerCheck &check);
    [[nodiscard]] static QString certificate(const net::CertificateInfo &certificate);
};

} // namespace lb::ui
