// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace lb::ui {

struct WizardState;
class ServerSettingsForm;

// Step 4: every setting, as found, editable (manual setup), with where it came from.
class ServersPage : public QWizardPage
{
    Q_OBJECT
public:
    ServersPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool validatePage() override;

    [[nodiscard]] ServerSettingsForm *incomingForm() const { return m_incoming; }
    [[nodiscard]] ServerSettingsForm *smtpForm() const { return m_smtp; }

private:
    WizardState &m_state;
    ServerSettingsForm *m_incoming = nullptr;
    ServerSettingsForm *m_smtp = nullptr;
    QCheckBox *m_sendMail = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace lb::ui
