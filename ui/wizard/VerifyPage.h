// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/verify/VerifyReport.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace lb::ui {

struct WizardState;

// Step 5: signs in for real to the incoming and SMTP servers (off the GUI thread) and says
// exactly what failed. An untrusted certificate is shown with subject, issuer, validity and
// SHA-256, and can be trusted exactly (a pin for this account).
class VerifyPage : public QWizardPage
{
    Q_OBJECT
public:
    VerifyPage(WizardState &state, QWidget *parent = nullptr);
    ~VerifyPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QPushButton *trustButton() const { return m_trust; }
    [[nodiscard]] QPushButton *retryButton() const { return m_retry; }
    [[nodiscard]] QLabel *resultLabel() const { return m_result; }
    [[nodiscard]] QLabel *certificateLabel() const { return m_certificateText; }

private:
    void start();
    void onFinished();
    void trustCertificate();
    [[nodiscard]] const sync::verify::ServerCheck *certificateProblem() const;

    WizardState &m_state;
    QLabel *m_status = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_result = nullptr;
    QGroupBox *m_certificate = nullptr;
    QLabel *m_certificateText = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_retry = nullptr;
    QFutureWatcher<sync::verify::VerifyReport> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_busy = false;
};

} // namespace lb::ui
