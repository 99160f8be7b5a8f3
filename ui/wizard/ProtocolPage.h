// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace lb::ui {

struct WizardState;
class ImapOptionsForm;
class Pop3OptionsForm;

// Step 3: IMAP or POP3, explained side by side in plain words with the user's own figures,
// and each protocol's options. Warns when the same mailbox is already set up with the other.
class ProtocolPage : public QWizardPage
{
    Q_OBJECT
public:
    ProtocolPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool validatePage() override;

    [[nodiscard]] QRadioButton *imapButton() const { return m_imap; }
    [[nodiscard]] QRadioButton *pop3Button() const { return m_pop3; }
    [[nodiscard]] QLabel *conflictLabel() const { return m_conflict; }
    [[nodiscard]] QLabel *figuresLabel() const { return m_figures; }
    [[nodiscard]] Pop3OptionsForm *pop3Options() const { return m_pop3Options; }
    [[nodiscard]] ImapOptionsForm *imapOptions() const { return m_imapOptions; }

private:
    void updateChoice();
    [[nodiscard]] QString cacheLine(bool imap) const;

    WizardState &m_state;
    QLabel *m_figures = nullptr;
    QRadioButton *m_imap = nullptr;
    QRadioButton *m_pop3 = nullptr;
    QLabel *m_imapText = nullptr;
    QLabel *m_pop3Text = nullptr;
    QLabel *m_imapCache = nullptr;
    QLabel *m_pop3Cache = nullptr;
    ImapOptionsForm *m_imapOptions = nullptr;
    Pop3OptionsForm *m_pop3Options = nullptr;
    QLabel *m_conflict = nullptr;
};

} // namespace lb::ui
