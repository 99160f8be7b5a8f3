// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/discovery/DiscoveryResult.h"
#include "sync/verify/VerifyReport.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;

namespace lb::ui {

struct WizardState;

// One step of the background discovery: a progress line, or the final result.
struct DiscoveryUpdate
{
    std::optional<accounts::discovery::DiscoveryProgress> progress;
    std::optional<accounts::discovery::DiscoveryResult> result;
};

// Step 2: finds the servers off the GUI thread, shows each step and where every setting came
// from, then signs in once to count the mail for the POP3/IMAP explanation.
class DiscoveryPage : public QWizardPage
{
    Q_OBJECT
public:
    DiscoveryPage(WizardState &state, QWidget *parent = nullptr);
    ~DiscoveryPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] bool isBusy() const { return m_busy; }

private:
    void onUpdate(int index);
    void onDiscovered(const accounts::discovery::DiscoveryResult &result);
    void startFigures();
    void onFigures();
    void finish(const QString &status);
    void cancel();

    WizardState &m_state;
    QLabel *m_status = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_found = nullptr;
    QStringList m_stepLines;
    QFutureWatcher<DiscoveryUpdate> m_discovery;
    QFutureWatcher<sync::verify::VerifyReport> m_figures;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_busy = false;
};

} // namespace lb::ui
