// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DiscoveryPage.h"

#include "wizard/Background.h"
#include "wizard/WizardState.h"
#include "wizard/WizardText.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace lb::ui {

using accounts::discovery::DiscoveredServer;
using accounts::discovery::DiscoveryResult;

DiscoveryPage::DiscoveryPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Finding your servers"));
    setSubTitle(tr("Letterbox looks up your provider's settings. This takes a few seconds."));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setAccessibleName(tr("Searching"));
    m_steps = new QLabel(this);
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::PlainText);
    m_steps->setAccessibleName(tr("Search steps"));
    m_found = new QLabel(this);
    m_found->setWordWrap(true);
    m_found->setTextFormat(Qt::RichText);
    m_found->setAccessibleName(tr("Settings found"));
    layout->addWidget(m_status);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_steps);
    layout->addWidget(m_found);
    layout->addStretch();
    connect(&m_discovery, &QFutureWatcher<DiscoveryUpdate>::resultReadyAt, this,
            &DiscoveryPage::onUpdate);
    connect(&m_figures, &QFutureWatcher<sync::verify::VerifyReport>::finished, this,
            &DiscoveryPage::onFigures);
}

DiscoveryPage::~DiscoveryPage()
{
    cancel();
}

void DiscoveryPage::initializePage()
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_state.discovery.reset();
    m_state.figures.reset();
    m_stepLines.clear();
    m_steps->clear();
    m_found->clear();
    m_busy = true;
    m_busyBar->setVisible(true);
    m_status->setText(tr("Looking for the settings of %1…").arg(m_state.email));
    emit completeChanged();

    auto discover = m_state.services.discover;
    const QString email = m_state.email;
    auto cancelFlag = m_cancel;
    m_discovery.setFuture(runInBackground<DiscoveryUpdate>(
        [discover, email, cancelFlag](QPromise<DiscoveryUpdate> &promise) {
            DiscoveryResult result = discover(
                email,
                [&promise](const accounts::discovery::DiscoveryProgress &progress) {
                    promise.addResult(DiscoveryUpdate{progress, std::nullopt});
                },
                cancelFlag.get());
            promise.addResult(DiscoveryUpdate{std::nullopt, std::move(result)});
        }));
}

void DiscoveryPage::cleanupPage()
{
    cancel();
    m_busy = false;
}

void DiscoveryPage::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    // The work ends on its own soon; its results go nowhere.
    m_discovery.setFuture(QFuture<DiscoveryUpdate>());
    m_figures.setFuture(QFuture<sync::verify::VerifyReport>());
}

void DiscoveryPage::onUpdate(int index)
{
    const DiscoveryUpdate update = m_discovery.resultAt(index);
    if (update.progress) {
        if (update.progress->step != accounts::discovery::DiscoveryStep::Finished) {
            m_stepLines.append(WizardText::progress(*update.progress));
            // The last few steps are enough to show that something is happening.
            m_steps->setText(
                m_stepLines.mid(std::max<qsizetype>(0, m_stepLines.size() - 6)).join(u'\n'));
        }
        return;
    }
    if (update.result)
        onDiscovered(*update.result);
}

namespace {

QString foundLine(const QString &what, const std::optional<DiscoveredServer> &server)
{
    if (!server)
        return DiscoveryPage::tr("<b>%1:</b> not found").arg(what);
    return DiscoveryPage::tr("<b>%1:</b> %2<br>&nbsp;&nbsp;&nbsp;<i>%3</i>")
        .arg(what, WizardText::server(*server).toHtmlEscaped(),
             WizardText::source(server->source).toHtmlEscaped());
}

} // namespace

void DiscoveryPage::onDiscovered(const DiscoveryResult &result)
{
    m_state.discovery = result;
    m_state.applyDiscovery(result.imap || !result.pop3 ? accounts::Protocol::Imap
                                                       : accounts::Protocol::Pop3);
    QStringList lines;
    if (!result.providerName.isEmpty())
        lines << tr("Provider: %1").arg(result.providerName.toHtmlEscaped());
    lines << foundLine(tr("Incoming mail, IMAP"), result.imap)
          << foundLine(tr("Incoming mail, POP3"), result.pop3)
          << foundLine(tr("Outgoing mail, SMTP"), result.smtp);
    m_found->setText(lines.join(QStringLiteral("<br>")));
    m_steps->clear();
    if (!result.foundIncoming()) {
        finish(tr("No settings were found for %1. Enter them on the next pages; your provider's "
                  "help pages list them.")
                   .arg(result.domain));
        return;
    }
    startFigures();
}

void DiscoveryPage::startFigures()
{
    m_status->setText(tr("Signing in to see how much mail your mailbox holds…"));
    sync::verify::VerifyRequest request;
    request.settings = m_state.settings;
    request.settings.smtp.reset();
    request.password = m_state.password;
    request.cancel = m_cancel.get();
    auto verify = m_state.services.verify;
    auto cancelFlag = m_cancel; // kept alive with the work
    m_figures.setFuture(runInBackground<sync::verify::VerifyReport>(
        [verify, request, cancelFlag](QPromise<sync::verify::VerifyReport> &promise) {
            promise.addResult(verify(request));
        }));
}

void DiscoveryPage::onFigures()
{
    if (m_figures.future().resultCount() == 0)
        return;
    const sync::verify::VerifyReport report = m_figures.result();
    if (report.incoming.ok() && report.figures) {
        m_state.figures = report.figures;
        finish(
            tr("Found your settings and signed in. %1").arg(WizardText::figures(*report.figures)));
        return;
    }
    // Not fatal here: the check before finishing says exactly what is wrong.
    finish(tr("Found settings for your address. Signing in did not work yet; the check at the "
              "end says why."));
}

void DiscoveryPage::finish(const QString &status)
{
    m_busy = false;
    m_busyBar->setVisible(false);
    m_status->setText(status);
    emit completeChanged();
}

bool DiscoveryPage::isComplete() const
{
    return !m_busy && m_state.discovery.has_value();
}

} // namespace lb::ui
