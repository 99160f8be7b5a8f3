// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace lb::ui {

struct WizardState;

// Step 6: the password goes to the system keyring (off the GUI thread); where there is none,
// the page says so and offers to ask for the password at each start. Finishing saves the
// account.
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    FinishPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool keyringFailed() const { return m_keyringFailed; }
    [[nodiscard]] QCheckBox *askEachStart() const { return m_askEachStart; }
    [[nodiscard]] QLabel *keyringLabel() const { return m_keyring; }

private:
    void onStored();

    WizardState &m_state;
    QLabel *m_summary = nullptr;
    QLabel *m_keyring = nullptr;
    QCheckBox *m_askEachStart = nullptr;
    QLabel *m_error = nullptr;
    QFutureWatcher<Result<void>> m_watcher;
    bool m_busy = false;
    bool m_keyringFailed = false;
};

} // namespace lb::ui
