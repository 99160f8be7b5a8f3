// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ProtocolPage.h"

#include "settings/ProtocolOptionsForms.h"
#include "sync/pop3/MailboxConflict.h"
#include "wizard/WizardState.h"
#include "wizard/WizardText.h"

#include <QButtonGroup>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lb::ui {

using accounts::Protocol;

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QFrame *column(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}

} // namespace

ProtocolPage::ProtocolPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setTitle(tr("How should Letterbox keep your mail?"));
    setSubTitle(tr("Both work. They differ in where your mail lives."));
    auto *layout = new QVBoxLayout(this);
    m_figures = wrapped(QString(), this);
    m_figures->setAccessibleName(tr("Your mailbox"));
    layout->addWidget(m_figures);

    auto *columns = new QGridLayout;
    auto *imapFrame = column(this);
    auto *imapLayout = new QVBoxLayout(imapFrame);
    m_imap = new QRadioButton(tr("&IMAP: mail stays on the server"), imapFrame);
    m_imapText =
        wrapped(tr("• Mail lives on the server; Letterbox keeps a copy for reading offline.\n"
                   "• Your phone, webmail and this computer all see the same folders, read and "
                   "deleted messages.\n"
                   "• Counts against your provider's storage limit.\n"
                   "• The provider keeps the mail safe; a lost computer loses nothing.\n"
                   "• Offline you can read and write; changes reach the server when you are back "
                   "online."),
                imapFrame);
    m_imapCache = wrapped(QString(), imapFrame);
    m_imapOptions = new ImapOptionsForm(imapFrame);
    imapLayout->addWidget(m_imap);
    imapLayout->addWidget(m_imapText);
    imapLayout->addWidget(m_imapCache);
    imapLayout->addWidget(m_imapOptions);
    imapLayout->addStretch();

    auto *popFrame = column(this);
    auto *popLayout = new QVBoxLayout(popFrame);
    m_pop3 = new QRadioButton(tr("&POP3: mail moves to this computer"), popFrame);
    m_pop3Text =
        wrapped(tr("• Mail is downloaded into this computer and can be removed from the server.\n"
                   "• Other devices do not see what you read, file or delete here; once removed "
                   "from the server, mail is gone from webmail and your phone.\n"
                   "• Frees the server's storage when mail is deleted there.\n"
                   "• Backing up this computer is up to you.\n"
                   "• Everything downloaded is readable offline."),
                popFrame);
    m_pop3Cache = wrapped(QString(), popFrame);
    m_pop3Options = new Pop3OptionsForm(popFrame);
    popLayout->addWidget(m_pop3);
    popLayout->addWidget(m_pop3Text);
    popLayout->addWidget(m_pop3Cache);
    popLayout->addWidget(m_pop3Options);
    popLayout->addStretch();

    columns->addWidget(imapFrame, 0, 0);
    columns->addWidget(popFrame, 0, 1);
    columns->setColumnStretch(0, 1);
    columns->setColumnStretch(1, 1);
    layout->addLayout(columns, 1);

    m_conflict = wrapped(QString(), this);
    m_conflict->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; font-weight: bold; }"));
    m_conflict->setAccessibleName(tr("Warning"));
    m_conflict->setVisible(false);
    layout->addWidget(m_conflict);

    auto *group = new QButtonGroup(this);
    group->addButton(m_imap);
    group->addButton(m_pop3);
    connect(m_imap, &QRadioButton::toggled, this, &ProtocolPage::updateChoice);
    connect(m_imapOptions, &ImapOptionsForm::changed, this, &ProtocolPage::updateChoice);
    connect(m_pop3Options, &Pop3OptionsForm::changed, this, &ProtocolPage::updateChoice);
}

void ProtocolPage::initializePage()
{
    m_state.existing = m_state.services.existingAccounts ? m_state.services.existingAccounts()
                                                         : std::vector<accounts::StoredAccount>();
    const bool imapFound = m_state.discovered(Protocol::Imap).has_value();
    const bool popFound = m_state.discovered(Protocol::Pop3).has_value();
    const bool anyFound = imapFound || popFound;
    m_imap->setText(imapFound || !anyFound ? tr("&IMAP: mail stays on the server (recommended)")
                                           : tr("&IMAP: not offered by your provider"));
    m_pop3->setText(popFound || !anyFound ? tr("&POP3: mail moves to this computer")
                                          : tr("&POP3: not offered by your provider"));
    // Recommend IMAP whenever the server offers it: it is the only way every device stays
    // in step, and nothing is lost with this computer.
    const bool chooseImap = imapFound || !popFound;
    (chooseImap ? m_imap : m_pop3)->setChecked(true);
    m_imapOptions->setOptions(m_state.settings.imap);
    m_pop3Options->setOptions(m_state.settings.pop3);

    QString figures;
    if (m_state.figures && m_state.figures->messages) {
        figures = WizardText::figures(*m_state.figures);
        if (*m_state.figures->messages > 0)
            figures += u' ' + tr("With POP3 and deleting from the server, these messages "
                                 "vanish from webmail and your phone once downloaded here.");
    }
    if (imapFound)
        figures += (figures.isEmpty() ? QString() : QStringLiteral("\n")) +
                   tr("We recommend IMAP: your provider offers it, every device stays in step, "
                      "and a lost or broken computer loses no mail.");
    m_figures->setText(figures);
    m_figures->setVisible(!figures.isEmpty());
    updateChoice();
}

QString ProtocolPage::cacheLine(bool imap) const
{
    if (!m_state.figures)
        return {};
    const std::optional<quint64> bytes = sync::verify::estimateCacheBytes(
        *m_state.figures, imap ? Protocol::Imap : Protocol::Pop3, m_imapOptions->options().offline);
    if (!bytes)
        return {};
    return tr("On this computer: about %1.").arg(WizardText::dataSize(*bytes));
}

void ProtocolPage::updateChoice()
{
    const bool imap = m_imap->isChecked();
    m_imapOptions->setEnabled(imap);
    m_pop3Options->setEnabled(!imap);
    const QString imapCache = cacheLine(true);
    const QString popCache = cacheLine(false);
    m_imapCache->setText(imapCache);
    m_imapCache->setVisible(!imapCache.isEmpty());
    m_pop3Cache->setText(popCache);
    m_pop3Cache->setVisible(!popCache.isEmpty());

    // The same mailbox already set up with the other protocol: mixing them loses mail.
    accounts::AccountSettings candidate = m_state.settings;
    candidate.name = m_state.uniqueName();
    const Protocol chosen = imap ? Protocol::Imap : Protocol::Pop3;
    if (candidate.protocol != chosen) {
        if (const auto found = m_state.discovered(chosen))
            candidate.incoming.host = found->host, candidate.incoming.user = found->user;
        candidate.protocol = chosen;
    }
    QString warning;
    for (const accounts::StoredAccount &other : m_state.existing) {
        if (sync::pop3::mixedProtocolWarning(candidate, std::span(&other, 1))) {
            warning = tr("Careful: this mailbox is already set up as the %1 account \"%2\". "
                         "Using POP3 and IMAP on the same mailbox makes mail disappear: POP3 "
                         "downloads and deletes what the IMAP account then no longer shows. "
                         "Choose the same protocol, or remove the other account.")
                          .arg(accounts::toString(other.settings.protocol).toUpper(),
                               other.settings.name);
            break;
        }
    }
    m_conflict->setText(warning);
    m_conflict->setVisible(!warning.isEmpty());
}

bool ProtocolPage::validatePage()
{
    const Protocol chosen = m_imap->isChecked() ? Protocol::Imap : Protocol::Pop3;
    if (chosen != m_state.settings.protocol || m_state.settings.incoming.host.isEmpty())
        m_state.applyDiscovery(chosen);
    m_state.settings.imap = m_imapOptions->options(m_state.settings.imap);
    m_state.settings.pop3 = m_pop3Options->options(m_state.settings.pop3);
    return true;
}

} // namespace lb::ui
