// SPDX-License-Identifier: GPL-3.0-or-later
// POP3 downloads: a message, its bytes and its ledger entry committed together (several
// messages may share the transaction), so a crash can never leave a stored message without its
// UIDL (a duplicate next time) or a UIDL without its message (a loss once the server copy is
// deleted).
#include "store/RowReader.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QDateTime>

namespace lb::store {

Result<MessageId> Store::storePopMessage(FolderId folder, const MessageRecord &record,
                                         const QByteArray &raw, BodyState state,
                                         std::int64_t firstSeen)
{
    const PopDownload one{record, raw, state};
    auto ids = storePopMessages(folder, std::span(&one, 1), firstSeen);
    if (!ids)
        return ids.error();
    return ids->front();
}

Result<std::vector<MessageId>> Store::storePopMessages(FolderId folder,
                                                       std::span<const PopDownload> messages,
                                                       std::int64_t firstSeen)
{
    for (const PopDownload &m : messages) {
        if (m.record.uidl.isEmpty())
            return storageError(QStringLiteral("A POP3 message needs its UIDL to be stored"));
    }
    if (firstSeen <= 0)
        firstSeen = QDateTime::currentSecsSinceEpoch();
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto account = accountOf(folder);
    if (!account)
        return account.error();
    std::vector<MessageId> ids;
    ids.reserve(messages.size());
    for (const PopDownload &m : messages) {
        auto id = upsertOne(folder, *account, m.record);
        if (!id)
            return id.error();
        auto stored =
            runStatement(*m_db,
                         "INSERT INTO message_bodies (message_id, raw) VALUES (?1, ?2) "
                         "ON CONFLICT (message_id) DO UPDATE SET raw = excluded.raw",
                         [&](Statement &s) { s.bindInt(1, id->value).bindBlob(2, m.raw); });
        if (!stored)
            return stored.error();
        auto marked =
            runStatement(*m_db, "UPDATE messages SET body_state = ?2 WHERE id = ?1",
                         [&](Statement &s) { s.bindInt(1, id->value).bindInt(2, int(m.state)); });
        if (!marked)
            return marked.error();
        // A message skipped before (over the size limit) is downloaded for the first time now.
        auto seen = runStatement(*m_db,
                                 "INSERT INTO pop_seen (account_id, uidl, first_seen, state, "
                                 "message_id) VALUES (?1, ?2, ?3, 'stored', ?4) "
                                 "ON CONFLICT (account_id, uidl) DO UPDATE SET state = 'stored', "
                                 "message_id = excluded.message_id, first_seen = CASE "
                                 "WHEN pop_seen.state = 'skipped' THEN excluded.first_seen "
                                 "ELSE pop_seen.first_seen END",
                                 [&](Statement &s) {
                                     s.bindInt(1, account->value)
                                         .bindText(2, m.record.uidl)
                                         .bindInt(3, firstSeen)
                                         .bindInt(4, id->value);
                                 });
        if (!seen)
            return seen.error();
        ids.push_back(*id);
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return ids;
}

Result<std::vector<PopSeenEntry>> Store::popLedger(AccountId account)
{
    auto stmt = m_db->prepare("SELECT p.uidl, p.first_seen, p.state, ifnull(p.message_id, 0), "
                              "m.body_state FROM pop_seen AS p "
                              "LEFT JOIN messages AS m ON m.id = p.message_id "
                              "WHERE p.account_id = ?1 ORDER BY p.first_seen, p.uidl");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, account.value);
    std::vector<PopSeenEntry> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        PopSeenEntry entry{stmt->textAt(0), stmt->intAt(1), popStateFromText(stmt->textAt(2)),
                           MessageId{stmt->intAt(3)}, std::nullopt};
        if (!stmt->isNullAt(4))
            entry.local = BodyState(stmt->intAt(4));
        out.push_back(std::move(entry));
    }
}

Result<int> Store::requestPopDeletion(AccountId account, std::span<const QString> uidls)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    int marked = 0;
    for (const QString &uidl : uidls) {
        auto done =
            runStatement(*m_db,
                         "UPDATE pop_seen SET state = 'delete_requested' "
                         "WHERE account_id = ?1 AND uidl = ?2 AND state = 'stored'",
                         [&](Statement &s) { s.bindInt(1, account.value).bindText(2, uidl); });
        if (!done)
            return done.error();
        marked += m_db->changes();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return marked;
}

} // namespace lb::store
