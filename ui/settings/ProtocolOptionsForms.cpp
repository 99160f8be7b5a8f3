// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/ProtocolOptionsForms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lb::ui {

using accounts::OfflinePolicy;

ImapOptionsForm::ImapOptionsForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sent = new QCheckBox(tr("Keep &sent mail on the server"), this);
    m_drafts = new QCheckBox(tr("Keep &drafts on the server"), this);
    m_trash = new QCheckBox(tr("Keep &deleted mail (Trash) on the server"), this);
    for (QCheckBox *box : {m_sent, m_drafts, m_trash}) {
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ImapOptionsForm::changed);
    }
    auto *offlineRow = new QHBoxLayout;
    auto *offlineLabel = new QLabel(tr("For offline &reading, download:"), this);
    m_offline = new QComboBox(this);
    m_offline->setAccessibleName(tr("What to download for offline reading"));
    m_offline->addItem(tr("all messages"), static_cast<int>(OfflinePolicy::Kind::Everything));
    m_offline->addItem(tr("messages of the last days"),
                       static_cast<int>(OfflinePolicy::Kind::RecentBodies));
    m_offline->addItem(tr("headers only"), static_cast<int>(OfflinePolicy::Kind::HeadersOnly));
    offlineLabel->setBuddy(m_offline);
    m_days = new QSpinBox(this);
    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days of mail to download"));
    layout->addWidget(offlineLabel);
    offlineRow->addWidget(m_offline);
    offlineRow->addWidget(m_days);
    offlineRow->addStretch();
    layout->addLayout(offlineRow);
    connect(m_offline, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        emit changed();
    });
    connect(m_days, &QSpinBox::valueChanged, this, &ImapOptionsForm::changed);
    setOptions({});
}

void ImapOptionsForm::setOptions(const accounts::ImapOptions &options)
{
    m_sent->setChecked(options.serverSent);
    m_drafts->setChecked(options.serverDrafts);
    m_trash->setChecked(options.serverTrash);
    m_offline->setCurrentIndex(m_offline->findData(static_cast<int>(options.offline.kind)));
    m_days->setValue(options.offline.recentDays);
    updateEnabled();
}

accounts::ImapOptions ImapOptionsForm::options(accounts::ImapOptions base) const
{
    base.serverSent = m_sent->isChecked();
    base.serverDrafts = m_drafts->isChecked();
    base.serverTrash = m_trash->isChecked();
    base.offline.kind = static_cast<OfflinePolicy::Kind>(m_offline->currentData().toInt());
    base.offline.recentDays = m_days->value();
    return base;
}

void ImapOptionsForm::updateEnabled()
{
    m_days->setEnabled(m_offline->currentData().toInt() ==
                       static_cast<int>(OfflinePolicy::Kind::RecentBodies));
}

Pop3OptionsForm::Pop3OptionsForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_leave = new QCheckBox(tr("&Leave a copy on the server"), this);
    auto *afterRow = new QHBoxLayout;
    m_deleteAfter = new QCheckBox(tr("Delete it from the server &after"), this);
    m_days = new QSpinBox(this);
    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days before deleting from the server"));
    afterRow->addSpacing(20);
    afterRow->addWidget(m_deleteAfter);
    afterRow->addWidget(m_days);
    afterRow->addStretch();
    m_deleteHere = new QCheckBox(tr("Delete it from the server when I &delete it here"), this);
    auto *hereRow = new QHBoxLayout;
    hereRow->addSpacing(20);
    hereRow->addWidget(m_deleteHere);
    layout->addWidget(m_leave);
    layout->addLayout(afterRow);
    layout->addLayout(hereRow);
    for (QCheckBox *box : {m_leave, m_deleteAfter, m_deleteHere}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            emit changed();
        });
    }
    connect(m_days, &QSpinBox::valueChanged, this, &Pop3OptionsForm::changed);
    setOptions({});
}

void Pop3OptionsForm::setOptions(const accounts::Pop3Options &options)
{
    m_leave->setChecked(options.leaveOnServer);
    m_deleteAfter->setChecked(options.deleteAfterDays.has_value());
    m_days->setValue(options.deleteAfterDays.value_or(14));
    m_deleteHere->setChecked(options.deleteWhenDeletedHere);
    updateEnabled();
}

accounts::Pop3Options Pop3OptionsForm::options(accounts::Pop3Options base) const
{
    base.leaveOnServer = m_leave->isChecked();
    base.deleteAfterDays = base.leaveOnServer && m_deleteAfter->isChecked()
                               ? std::optional(m_days->value())
                               : std::nullopt;
    base.deleteWhenDeletedHere = base.leaveOnServer && m_deleteHere->isChecked();
    return base;
}

void Pop3OptionsForm::updateEnabled()
{
    const bool leave = m_leave->isChecked();
    m_deleteAfter->setEnabled(leave);
    m_deleteHere->setEnabled(leave);
    m_days->setEnabled(leave && m_deleteAfter->isChecked());
}

} // namespace lb::ui
