// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RowReader.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace lb::store {
namespace {

#define LB_OP_COLUMNS                                                                              \
    "id, account_id, kind, message_id, folder_id, uid, target_folder_id, flags_add, "              \
    "flags_remove, created, attempts, last_error, failed"

PendingOp readOp(const Statement &s)
{
    PendingOp op;
    op.id = PendingOpId{s.intAt(0)};
    op.account = AccountId{s.intAt(1)};
    op.kind = opKindFromText(s.textAt(2));
    op.message = MessageId{s.intAt(3)};
    op.folder = FolderId{s.intAt(4)};
    op.uid = Uid{std::uint32_t(s.intAt(5))};
    op.targetFolder = FolderId{s.intAt(6)};
    op.flagsAdd = MessageFlags::fromInt(int(s.intAt(7)));
    op.flagsRemove = MessageFlags::fromInt(int(s.intAt(8)));
    op.created = s.intAt(9);
    op.attempts = int(s.intAt(10));
    op.lastError = s.textAt(11);
    op.failed = s.intAt(12) != 0;
    return op;
}

// Optional ids are stored as NULL, not 0, so "no target" reads as absent in SQL too.
void bindId(Statement &s, int index, std::int64_t id)
{
    if (id > 0)
        s.bindInt(index, id);
    else
        s.bindNull(index);
}

} // namespace

Result<PendingOpId> Store::enqueueOp(const PendingOp &op)
{
    auto done = runStatement(
        *m_db,
        "INSERT INTO pending_ops (account_id, kind, message_id, folder_id, uid, target_folder_id, "
        "flags_add, flags_remove, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        [&](Statement &s) {
            s.bindInt(1, op.account.value).bindText(2, opKindText(op.kind));
            bindId(s, 3, op.message.value);
            bindId(s, 4, op.folder.value);
            bindId(s, 5, op.uid.value);
            bindId(s, 6, op.targetFolder.value);
            s.bindInt(7, op.flagsAdd.toInt())
                .bindInt(8, op.flagsRemove.toInt())
                .bindInt(9, op.created ? op.created : QDateTime::currentSecsSinceEpoch());
        });
    if (!done)
        return done.error();
    return PendingOpId{m_db->lastInsertId()};
}

Result<std::optional<PendingOp>> Store::nextOp(AccountId account)
{
    auto stmt = m_db->prepare("SELECT " LB_OP_COLUMNS " FROM pending_ops "
                              "WHERE account_id = ?1 AND failed = 0 ORDER BY id LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, account.value);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<PendingOp>();
    return std::optional<PendingOp>(readOp(*stmt));
}

Result<std::vector<PendingOp>> Store::pendingOps(AccountId account)
{
    auto stmt = m_db->prepare("SELECT " LB_OP_COLUMNS
                              " FROM pending_ops WHERE account_id = ?1 ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, account.value);
    return collectRows(*stmt, readOp);
}

Result<void> Store::markOpAttempt(PendingOpId op, const QString &error)
{
    return runStatement(*m_db,
                        "UPDATE pending_ops SET attempts = attempts + 1, last_error = ?2 "
                        "WHERE id = ?1",
                        [&](Statement &s) { s.bindInt(1, op.value).bindText(2, error); });
}

Result<void> Store::markOpFailed(PendingOpId op, const QString &error)
{
    return runStatement(*m_db,
                        "UPDATE pending_ops SET attempts = attempts + 1, last_error = ?2, "
                        "failed = 1 WHERE id = ?1",
                        [&](Statement &s) { s.bindInt(1, op.value).bindText(2, error); });
}

Result<void> Store::removeOp(PendingOpId op)
{
    return runStatement(*m_db, "DELETE FROM pending_ops WHERE id = ?1",
                        [&](Statement &s) { s.bindInt(1, op.value); });
}

// --- POP3 UIDL ledger ------------------------------------------------------------------------

Result<QSet<QString>> Store::knownUidls(AccountId account)
{
    auto stmt = m_db->prepare("SELECT uidl FROM pop_seen WHERE account_id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, account.value);
    QSet<QString> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.insert(stmt->textAt(0));
    }
}

Result<void> Store::recordPopSeen(AccountId account, const QString &uidl, MessageId message,
                                  PopState state)
{
    return runStatement(*m_db,
                        "INSERT INTO pop_seen (account_id, uidl, first_seen, state, message_id) "
                        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (account_id, uidl) DO UPDATE "
                        "SET state = excluded.state, "
                        "message_id = coalesce(excluded.message_id, pop_seen.message_id)",
                        [&](Statement &s) {
                            s.bindInt(1, account.value)
                                .bindText(2, uidl)
                                .bindInt(3, QDateTime::currentSecsSinceEpoch())
                                .bindText(4, popStateText(state));
                            bindId(s, 5, message.value);
                        });
}

Result<void> Store::setPopState(AccountId account, std::span<const QString> uidls, PopState state)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    for (const QString &uidl : uidls) {
        auto done = runStatement(
            *m_db,
            "UPDATE pop_seen SET state = ?3 WHERE account_id = ?1 AND "
            "uidl = ?2",
            [&](Statement &s) {
                s.bindInt(1, account.value).bindText(2, uidl).bindText(3, popStateText(state));
            });
        if (!done)
            return done;
    }
    return tx->commit();
}

Result<std::vector<PopSeenEntry>> Store::popSeen(AccountId account, PopState state)
{
    auto stmt = m_db->prepare("SELECT uidl, first_seen, state, message_id FROM pop_seen "
                              "WHERE account_id = ?1 AND state = ?2 ORDER BY first_seen, uidl");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, account.value).bindText(2, popStateText(state));
    std::vector<PopSeenEntry> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.push_back(PopSeenEntry{stmt->textAt(0), stmt->intAt(1),
                                   popStateFromText(stmt->textAt(2)), MessageId{stmt->intAt(3)}});
    }
}

} // namespace lb::store
