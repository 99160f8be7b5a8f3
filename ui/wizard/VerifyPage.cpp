// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/VerifyPage.h"

#include "wizard/Background.h"
#include "wizard/WizardState.h"
#include "wizard/WizardText.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lb::ui {

using sync::verify::Failure;
using sync::verify::ServerCheck;
using sync::verify::VerifyReport;

VerifyPage::VerifyPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Checking your settings"));
    setSubTitle(tr("Letterbox signs in to your servers to make sure everything works."));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setAccessibleName(tr("Signing in"));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Result"));

    m_certificate = new QGroupBox(tr("Certificate shown by the server"), this);
    auto *certLayout = new QVBoxLayout(m_certificate);
    m_certificateText = new QLabel(m_certificate);
    m_certificateText->setWordWrap(true);
    m_certificateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificateText->setAccessibleName(tr("Certificate details"));
    m_trust = new QPushButton(tr("&Trust this certificate for this account"), m_certificate);
    auto *trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trust);
    trustRow->addStretch();
    certLayout->addWidget(m_certificateText);
    certLayout->addLayout(trustRow);
    m_certificate->setVisible(false);

    m_retry = new QPushButton(tr("T&ry again"), this);
    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retry);
    retryRow->addStretch();

    layout->addWidget(m_status);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_result);
    layout->addWidget(m_certificate);
    layout->addLayout(retryRow);
    layout->addStretch();

    connect(&m_watcher, &QFutureWatcher<VerifyReport>::finished, this, &VerifyPage::onFinished);
    connect(m_retry, &QPushButton::clicked, this, &VerifyPage::start);
    connect(m_trust, &QPushButton::clicked, this, &VerifyPage::trustCertificate);
}

VerifyPage::~VerifyPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void VerifyPage::initializePage()
{
    start();
}

void VerifyPage::cleanupPage()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.setFuture(QFuture<VerifyReport>());
    m_busy = false;
}

void VerifyPage::start()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_state.report.reset();
    m_busy = true;
    m_busyBar->setVisible(true);
    m_retry->setEnabled(false);
    m_certificate->setVisible(false);
    m_result->clear();
    m_status->setText(tr("Signing in to %1 and %2…")
                          .arg(m_state.settings.incoming.host, m_state.settings.smtp
                                                                   ? m_state.settings.smtp->host
                                                                   : tr("no outgoing server")));
    emit completeChanged();
    sync::verify::VerifyRequest request;
    request.settings = m_state.settings;
    request.password = m_state.password;
    request.cancel = m_cancel.get();
    auto verify = m_state.services.verify;
    auto cancelFlag = m_cancel;
    m_watcher.setFuture(runInBackground<VerifyReport>(
        [verify, request, cancelFlag](QPromise<VerifyReport> &promise) {
            promise.addResult(verify(request));
        }));
}

const ServerCheck *VerifyPage::certificateProblem() const
{
    if (!m_state.report)
        return nullptr;
    if (m_state.report->incoming.failure == Failure::Certificate &&
        m_state.report->incoming.certificate)
        return &m_state.report->incoming;
    if (m_state.report->smtp && m_state.report->smtp->failure == Failure::Certificate &&
        m_state.report->smtp->certificate)
        return &*m_state.report->smtp;
    return nullptr;
}

void VerifyPage::onFinished()
{
    if (m_watcher.future().resultCount() == 0)
        return;
    const VerifyReport report = m_watcher.result();
    m_state.report = report;
    if (report.figures)
        m_state.figures = report.figures;
    m_busy = false;
    m_busyBar->setVisible(false);
    m_retry->setEnabled(true);
    QStringList lines{WizardText::check(report.incoming)};
    if (report.smtp)
        lines << WizardText::check(*report.smtp);
    m_result->setText(lines.join(u'\n'));
    if (report.ok()) {
        m_status->setText(tr("Everything works."));
    } else {
        m_status->setText(tr("Something needs your attention. Go back to change a setting, "
                             "or try again."));
    }
    if (const ServerCheck *problem = certificateProblem()) {
        m_certificateText->setText(WizardText::certificate(*problem->certificate));
        m_certificate->setTitle(tr("Certificate shown by %1").arg(problem->host));
        m_certificate->setVisible(true);
    }
    emit completeChanged();
}

void VerifyPage::trustCertificate()
{
    const ServerCheck *problem = certificateProblem();
    if (!problem)
        return;
    // Pin exactly this leaf for the server that showed it (and for the other server when it
    // is the same host, as a provider often uses one certificate for both).
    const QString pin = problem->certificate->sha256Fingerprint;
    const QString host = problem->host;
    if (m_state.settings.incoming.host == host)
        m_state.settings.incoming.trust.pinnedSha256 = pin;
    if (m_state.settings.smtp && m_state.settings.smtp->host == host)
        m_state.settings.smtp->trust.pinnedSha256 = pin;
    start();
}

bool VerifyPage::isComplete() const
{
    return !m_busy && m_state.report && m_state.report->ok();
}

} // namespace lb::ui
