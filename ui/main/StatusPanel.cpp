// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/StatusPanel.h"

#include "main/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace lb::ui {

using Phase = sync::SyncProgress::Phase;

StatusPanel::StatusPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("lastError"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_offline = new QToolButton(this);
    m_offline->setObjectName(QStringLiteral("offlineIndicator"));
    m_offline->setCheckable(true);
    m_offline->setAutoRaise(true);
    m_offline->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_progress, 2);
    layout->addWidget(m_error, 3);
    layout->addWidget(m_offline);
    connect(m_offline, &QToolButton::toggled, this, &StatusPanel::workOfflineToggled);
    setOnline(true, false);
}

void StatusPanel::setAccountName(AccountId account, const QString &name)
{
    m_names.insert(account.value, name);
}

QString StatusPanel::describe(const sync::SyncProgress &p)
{
    const QLocale locale;
    QString what;
    switch (p.phase) {
    case Phase::Connecting:
        what = tr("connecting");
        break;
    case Phase::LoggingIn:
        what = tr("signing in");
        break;
    case Phase::ListingFolders:
        what = tr("listing folders");
        break;
    case Phase::FetchingHeaders:
        what = tr("fetching headers");
        break;
    case Phase::FetchingBodies:
        what = tr("downloading messages for offline use");
        break;
    case Phase::Downloading:
        what = tr("downloading");
        break;
    case Phase::Indexing:
        what = tr("indexing for search");
        break;
    case Phase::ApplyingLocalChanges:
        what = tr("sending your changes");
        break;
    case Phase::Sending:
        what = tr("sending mail");
        break;
    case Phase::CleaningUp:
        what = tr("cleaning up");
        break;
    case Phase::Done:
        return tr("up to date");
    }
    if (!p.folder.isEmpty())
        what = tr("%1 in %2").arg(what, p.folder);
    if (p.total > 0)
        what += tr(", %1 of %2").arg(locale.toString(p.done), locale.toString(p.total));
    if (p.secondsLeft > 0) {
        if (p.secondsLeft < 90)
            what += tr(", about %n second(s) left", nullptr, int(p.secondsLeft));
        else
            what += tr(", about %n minute(s) left", nullptr, int((p.secondsLeft + 30) / 60));
    }
    if (p.inboxReady)
        what = tr("inbox ready; %1").arg(what);
    return what;
}

void StatusPanel::showProgress(const sync::SyncProgress &progress)
{
    m_lines.insert(progress.account.value, describe(progress));
    updateProgressLabel();
}

void StatusPanel::updateProgressLabel()
{
    QStringList parts;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const QString name = m_names.value(it.key());
        parts << (name.isEmpty() ? it.value() : tr("%1: %2").arg(name, it.value()));
    }
    parts.sort();
    m_progress->setText(parts.join(QStringLiteral("  ·  ")));
}

void StatusPanel::showError(AccountId account, const QString &sentence)
{
    const QString name = m_names.value(account.value);
    m_error->setText(name.isEmpty() ? sentence : tr("%1: %2").arg(name, sentence));
    m_error->setToolTip(m_error->text());
}

void StatusPanel::setOnline(bool online, bool workOffline)
{
    const QSignalBlocker block(m_offline);
    m_offline->setChecked(workOffline);
    if (online) {
        m_offline->setIcon({});
        m_offline->setText(tr("Online"));
        m_offline->setToolTip(tr("Click to work offline: changes wait in the queue"));
    } else {
        m_offline->setIcon(icon(IconKind::Offline));
        m_offline->setText(workOffline ? tr("Working offline") : tr("Offline"));
        m_offline->setToolTip(workOffline ? tr("Click to go online again")
                                          : tr("The mail servers cannot be reached; what you "
                                               "do now waits in the queue"));
    }
}

QString StatusPanel::progressText() const
{
    return m_progress->text();
}

QString StatusPanel::errorText() const
{
    return m_error->text();
}

} // namespace lb::ui
