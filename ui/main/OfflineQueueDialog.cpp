// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/OfflineQueueDialog.h"

#include "store/Store.h"
#include "sync/outbox/Outbox.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lb::ui {
namespace {

enum Column
{
    AccountColumn,
    WhatColumn,
    SubjectColumn,
    AttemptsColumn,
    ProblemColumn,
};
enum Data
{
    KindData = Qt::UserRole + 1, // 0: pending op, 1: outbox entry
    IdData,
    AccountData,
};

QString opText(store::PendingOpKind kind)
{
    switch (kind) {
    case store::PendingOpKind::SetFlags:
        return OfflineQueueDialog::tr("Change flags");
    case store::PendingOpKind::Move:
        return OfflineQueueDialog::tr("Move");
    case store::PendingOpKind::Copy:
        return OfflineQueueDialog::tr("Copy");
    case store::PendingOpKind::Delete:
        return OfflineQueueDialog::tr("Delete");
    case store::PendingOpKind::Expunge:
        return OfflineQueueDialog::tr("Remove deleted messages");
    case store::PendingOpKind::Append:
        return OfflineQueueDialog::tr("Upload");
    case store::PendingOpKind::MoveLocal:
        return OfflineQueueDialog::tr("Move to a local folder");
    case store::PendingOpKind::EmptyFolder:
        return OfflineQueueDialog::tr("Empty Trash");
    }
    return {};
}

// The Outbox state in the user's words (the store's own names are for the database and logs).
QString outboxText(store::OutboxState state)
{
    switch (state) {
    case store::OutboxState::Queued:
        return OfflineQueueDialog::tr("Send (waiting)");
    case store::OutboxState::Sending:
        return OfflineQueueDialog::tr("Send (sending now)");
    case store::OutboxState::Sent:
        return OfflineQueueDialog::tr("Send (sent, filing in Sent)");
    case store::OutboxState::Failed:
        return OfflineQueueDialog::tr("Send (failed)");
    case store::OutboxState::Uncertain:
        return OfflineQueueDialog::tr("Send (may have been sent: check before retrying)");
    }
    return OfflineQueueDialog::tr("Send");
}

} // namespace

OfflineQueueDialog::OfflineQueueDialog(store::Store &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Waiting for the servers"));
    resize(760, 360);
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Account"), tr("What"), tr("Message"), tr("Attempts"), tr("Problem")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(AccountColumn, 110);
    m_list->setColumnWidth(WhatColumn, 130);
    m_list->setColumnWidth(SubjectColumn, 260);
    m_list->setColumnWidth(AttemptsColumn, 70);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &OfflineQueueDialog::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &OfflineQueueDialog::discardSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &OfflineQueueDialog::updateButtons);
    reload();
}

void OfflineQueueDialog::reload()
{
    m_list->clear();
    auto accounts = m_store.accounts();
    if (!accounts)
        return;
    for (const store::AccountRecord &account : *accounts) {
        if (auto ops = m_store.pendingOps(account.id)) {
            for (const store::PendingOp &op : *ops) {
                auto *item = new QTreeWidgetItem(m_list);
                item->setText(AccountColumn, account.name);
                item->setText(WhatColumn, opText(op.kind));
                if (auto message = m_store.message(op.message); message && message->has_value())
                    item->setText(SubjectColumn, (*message)->record.subject);
                item->setText(AttemptsColumn, QLocale().toString(op.attempts));
                item->setText(ProblemColumn,
                              op.failed ? tr("Gave up: %1").arg(op.lastError) : op.lastError);
                item->setData(AccountColumn, KindData, 0);
                item->setData(AccountColumn, IdData, qint64(op.id.value));
                item->setData(AccountColumn, AccountData, qint64(account.id.value));
            }
        }
        if (auto outbox = m_store.outboxEntries(account.id)) {
            for (const store::OutboxEntry &entry : *outbox) {
                auto *item = new QTreeWidgetItem(m_list);
                item->setText(AccountColumn, account.name);
                item->setText(WhatColumn, outboxText(entry.state));
                QStringList to;
                for (const auto &r : entry.recipients)
                    to << r.address;
                item->setText(SubjectColumn, tr("To %1").arg(to.join(QStringLiteral(", "))));
                item->setText(AttemptsColumn, QLocale().toString(entry.attempts));
                item->setText(ProblemColumn, entry.lastError);
                item->setData(AccountColumn, KindData, 1);
                item->setData(AccountColumn, IdData, qint64(entry.id.value));
                item->setData(AccountColumn, AccountData, qint64(account.id.value));
            }
        }
    }
    updateButtons();
}

int OfflineQueueDialog::entryCount() const
{
    return m_list->topLevelItemCount();
}

void OfflineQueueDialog::updateButtons()
{
    const bool any = !m_list->selectedItems().isEmpty();
    m_retry->setEnabled(any);
    m_discard->setEnabled(any);
}

void OfflineQueueDialog::retrySelected()
{
    for (QTreeWidgetItem *item : m_list->selectedItems()) {
        const AccountId account{item->data(AccountColumn, AccountData).toLongLong()};
        const qint64 id = item->data(AccountColumn, IdData).toLongLong();
        if (item->data(AccountColumn, KindData).toInt() == 1) {
            (void)sync::Outbox(m_store).retry(account);
        } else if (auto ops = m_store.pendingOps(account)) {
            // A failed op is skipped by the queue; queue it afresh (same intent, new attempt).
            for (store::PendingOp op : *ops) {
                if (op.id.value != id || !op.failed)
                    continue;
                op.failed = false;
                op.attempts = 0;
                op.lastError.clear();
                op.created = 0;
                if (m_store.enqueueOp(op))
                    (void)m_store.removeOp(store::PendingOpId{id});
            }
        }
        Q_EMIT retryRequested(account);
    }
    reload();
}

void OfflineQueueDialog::discardSelected()
{
    for (QTreeWidgetItem *item : m_list->selectedItems()) {
        const qint64 id = item->data(AccountColumn, IdData).toLongLong();
        if (item->data(AccountColumn, KindData).toInt() == 1)
            (void)m_store.removeFromOutbox(store::OutboxId{id});
        else
            (void)m_store.removeOp(store::PendingOpId{id});
    }
    reload();
}

} // namespace lb::ui
