// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"
#include "store/Transaction.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace lb::store {
namespace {

#define LB_OUTBOX_COLUMNS                                                                          \
    "id, account_id, message_id, envelope_from, needs_smtputf8, needs_8bitmime, state, "           \
    "attempts, last_error, created, updated, length(raw)"

QString recipientStateText(OutboxRecipientState state)
{
    switch (state) {
    case OutboxRecipientState::Pending:
        return u"pending"_s;
    case OutboxRecipientState::Accepted:
        return u"accepted"_s;
    case OutboxRecipientState::Rejected:
        return u"rejected"_s;
    }
    return u"pending"_s;
}

OutboxRecipientState recipientStateFromText(const QString &text)
{
    if (text == u"accepted")
        return OutboxRecipientState::Accepted;
    if (text == u"rejected")
        return OutboxRecipientState::Rejected;
    return OutboxRecipientState::Pending;
}

OutboxEntry readEntry(const Statement &s)
{
    OutboxEntry entry;
    entry.id = OutboxId{s.intAt(0)};
    entry.account = AccountId{s.intAt(1)};
    entry.messageId = s.textAt(2);
    entry.envelopeFrom = s.textAt(3);
    entry.needsSmtpUtf8 = s.intAt(4) != 0;
    entry.needs8BitMime = s.intAt(5) != 0;
    entry.state = outboxStateFromText(s.textAt(6));
    entry.attempts = int(s.intAt(7));
    entry.lastError = s.textAt(8);
    entry.created = s.intAt(9);
    entry.updated = s.intAt(10);
    entry.size = s.intAt(11);
    return entry;
}

Result<std::vector<OutboxRecipient>> readRecipients(Database &db, OutboxId entry)
{
    auto stmt = db.prepare("SELECT address, state, reply FROM outbox_recipients "
                           "WHERE outbox_id = ?1 ORDER BY position");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, entry.value);
    return collectRows(*stmt, [](const Statement &s) {
        return OutboxRecipient{s.textAt(0), recipientStateFromText(s.textAt(1)), s.textAt(2)};
    });
}

Result<void> withRecipients(Database &db, std::vector<OutboxEntry> &entries)
{
    for (OutboxEntry &entry : entries) {
        auto recipients = readRecipients(db, entry.id);
        if (!recipients)
            return recipients.error();
        entry.recipients = std::move(*recipients);
    }
    return Ok{};
}

} // namespace

QString outboxStateText(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return u"queued"_s;
    case OutboxState::Sending:
        return u"sending"_s;
    case OutboxState::Sent:
        return u"sent"_s;
    case OutboxState::Failed:
        return u"failed"_s;
    case OutboxState::Uncertain:
        return u"uncertain"_s;
    }
    return u"queued"_s;
}

OutboxState outboxStateFromText(const QString &text)
{
    if (text == u"sending")
        return OutboxState::Sending;
    if (text == u"sent")
        return OutboxState::Sent;
    if (text == u"failed")
        return OutboxState::Failed;
    if (text == u"uncertain")
        return OutboxState::Uncertain;
    return OutboxState::Queued;
}

Result<OutboxId> Store::addToOutbox(const OutboxEntry &entry, const QByteArray &raw)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    auto done = runStatement(
        *m_db,
        "INSERT INTO outbox (account_id, message_id, raw, envelope_from, needs_smtputf8, "
        "needs_8bitmime, state, attempts, last_error, created, updated) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        [&](Statement &s) {
            s.bindInt(1, entry.account.value)
                .bindText(2, entry.messageId)
                .bindBlob(3, raw)
                .bindText(4, entry.envelopeFrom)
                .bindInt(5, entry.needsSmtpUtf8)
                .bindInt(6, entry.needs8BitMime)
                .bindText(7, outboxStateText(entry.state))
                .bindInt(8, entry.attempts)
                .bindText(9, entry.lastError)
                .bindInt(10, entry.created ? entry.created : now)
                .bindInt(11, now);
        });
    if (!done)
        return done.error();
    const OutboxId id{m_db->lastInsertId()};
    for (std::size_t i = 0; i < entry.recipients.size(); ++i) {
        const OutboxRecipient &recipient = entry.recipients[i];
        auto added = runStatement(*m_db,
                                  "INSERT INTO outbox_recipients (outbox_id, position, address, "
                                  "state, reply) VALUES (?1, ?2, ?3, ?4, ?5)",
                                  [&](Statement &s) {
                                      s.bindInt(1, id.value)
                                          .bindInt(2, std::int64_t(i))
                                          .bindText(3, recipient.address)
                                          .bindText(4, recipientStateText(recipient.state))
                                          .bindText(5, recipient.reply);
                                  });
        if (!added)
            return added.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return id;
}

Result<std::vector<OutboxEntry>> Store::outboxEntries(AccountId account)
{
    std::vector<OutboxEntry> out;
    {
        auto stmt = m_db->prepare("SELECT " LB_OUTBOX_COLUMNS
                                  " FROM outbox WHERE account_id = ?1 ORDER BY id");
        if (!stmt)
            return stmt.error();
        stmt->bindInt(1, account.value);
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            out.push_back(readEntry(*stmt));
        }
    }
    if (auto filled = withRecipients(*m_db, out); !filled)
        return filled.error();
    return out;
}

Result<std::optional<OutboxEntry>> Store::outboxEntry(OutboxId entry)
{
    std::vector<OutboxEntry> out;
    {
        auto stmt = m_db->prepare("SELECT " LB_OUTBOX_COLUMNS " FROM outbox WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bindInt(1, entry.value);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<OutboxEntry>();
        out.push_back(readEntry(*stmt));
    }
    if (auto filled = withRecipients(*m_db, out); !filled)
        return filled.error();
    return std::optional<OutboxEntry>(std::move(out.front()));
}

Result<QByteArray> Store::outboxMessage(OutboxId entry)
{
    auto stmt = m_db->prepare("SELECT raw FROM outbox WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, entry.value);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return storageError(u"The Outbox has no message %1."_s.arg(entry.value));
    return stmt->blobAt(0);
}

Result<void> Store::setOutboxState(OutboxId entry, OutboxState state, const QString &error)
{
    return runStatement(*m_db,
                        "UPDATE outbox SET state = ?2, last_error = ?3, updated = ?4 WHERE id = ?1",
                        [&](Statement &s) {
                            s.bindInt(1, entry.value)
                                .bindText(2, outboxStateText(state))
                                .bindText(3, error)
                                .bindInt(4, QDateTime::currentSecsSinceEpoch());
                        });
}

Result<void> Store::finishOutboxAttempt(OutboxId entry, OutboxState state, const QString &error,
                                        std::span<const OutboxRecipient> recipients)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto done = runStatement(*m_db,
                             "UPDATE outbox SET state = ?2, last_error = ?3, updated = ?4, "
                             "attempts = attempts + 1 WHERE id = ?1",
                             [&](Statement &s) {
                                 s.bindInt(1, entry.value)
                                     .bindText(2, outboxStateText(state))
                                     .bindText(3, error)
                                     .bindInt(4, QDateTime::currentSecsSinceEpoch());
                             });
    if (!done)
        return done;
    for (std::size_t i = 0; i < recipients.size(); ++i) {
        auto updated = runStatement(*m_db,
                                    "UPDATE outbox_recipients SET state = ?3, reply = ?4 "
                                    "WHERE outbox_id = ?1 AND position = ?2",
                                    [&](Statement &s) {
                                        s.bindInt(1, entry.value)
                                            .bindInt(2, std::int64_t(i))
                                            .bindText(3, recipientStateText(recipients[i].state))
                                            .bindText(4, recipients[i].reply);
                                    });
        if (!updated)
            return updated;
    }
    return tx->commit();
}

Result<int> Store::markInterruptedSends(AccountId account, const QString &reason)
{
    auto done = runStatement(*m_db,
                             "UPDATE outbox SET state = 'uncertain', last_error = ?2, updated = ?3 "
                             "WHERE account_id = ?1 AND state = 'sending'",
                             [&](Statement &s) {
                                 s.bindInt(1, account.value)
                                     .bindText(2, reason)
                                     .bindInt(3, QDateTime::currentSecsSinceEpoch());
                             });
    if (!done)
        return done.error();
    return m_db->changes();
}

Result<void> Store::removeFromOutbox(OutboxId entry)
{
    return runStatement(*m_db, "DELETE FROM outbox WHERE id = ?1",
                        [&](Statement &s) { s.bindInt(1, entry.value); });
}

} // namespace lb::store
