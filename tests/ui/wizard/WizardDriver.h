// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestServers.h"

#include "store/Store.h"
#include "wizard/AccountWizard.h"

#include <QTemporaryDir>

#include <functional>
#include <optional>

class QWidget;

namespace lb::test {

// Processes events until `done` holds or `timeout` passes; false on timeout. The wizard's
// work runs on other threads and reports through queued signals, which this lets through.
[[nodiscard]] bool waitUntil(const std::function<bool()> &done,
                             std::chrono::milliseconds timeout = std::chrono::seconds(20));

// Saves what `widget` shows as <build dir>/screenshots/<name>.png and returns the path.
QString screenshot(QWidget *widget, const QString &name);

// A fresh cache for the wizard to save accounts into.
class WizardCache
{
public:
    WizardCache();
    [[nodiscard]] store::Store &store() { return *m_store; }

private:
    QTemporaryDir m_dir;
    std::optional<store::Store> m_store;
};

// A discovery result pointing at the fixture's servers, as the probes would report them
// (untrusted guesses): IMAP on IMAPS, POP3 on POP3S, SMTP on submission with STARTTLS.
[[nodiscard]] accounts::discovery::DiscoveryResult fixtureDiscovery(const TestServers &servers,
                                                                    const QString &email);

} // namespace lb::test
