// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLineEdit;

namespace lb::ui {

struct WizardState;

// Step 1: who you are and your password.
class IdentityPage : public QWizardPage
{
    Q_OBJECT
public:
    IdentityPage(WizardState &state, QWidget *parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit *emailEdit() const { return m_email; }
    [[nodiscard]] QLineEdit *passwordEdit() const { return m_password; }

private:
    WizardState &m_state;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace lb::ui
