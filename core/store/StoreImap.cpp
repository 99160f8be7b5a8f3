// SPDX-License-Identifier: GPL-3.0-or-later
// Queries the IMAP sync engine needs: find by UID, compare flags, find missing bodies.
#include "store/RowReader.h"
#include "store/Store.h"
#include "store/Transaction.h"

namespace lb::store {

Result<std::optional<MessageRow>> Store::messageByUid(FolderId folder, Uid uid)
{
    auto stmt = m_db->prepare("SELECT " LB_MESSAGE_COLUMNS
                              " FROM messages WHERE folder_id = ?1 AND uid = ?2");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, folder.value).bindInt(2, uid.value);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<MessageRow>();
    return std::optional<MessageRow>(readMessageRow(*stmt));
}

Result<void> Store::setSnippets(std::span<const BodyText> snippets)
{
    if (snippets.empty())
        return Ok{};
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    for (const BodyText &snippet : snippets) {
        auto set = runStatement(
            *m_db, "UPDATE messages SET snippet = ?2 WHERE id = ?1",
            [&](Statement &s) { s.bindInt(1, snippet.message.value).bindText(2, snippet.text); });
        if (!set)
            return set;
    }
    return tx->commit();
}

Result<std::vector<FlagUpdate>> Store::flagStates(FolderId folder)
{
    auto stmt = m_db->prepare("SELECT uid, flags, keywords FROM messages "
                              "WHERE folder_id = ?1 AND uid IS NOT NULL ORDER BY uid");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, folder.value);
    std::vector<FlagUpdate> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        FlagUpdate update;
        update.uid = Uid{std::uint32_t(stmt->intAt(0))};
        update.flags = MessageFlags::fromInt(int(stmt->intAt(1)));
        const QString keywords = stmt->textAt(2);
        if (!keywords.isEmpty())
            update.keywords = keywords.split(u' ');
        out.push_back(std::move(update));
    }
}

Result<std::vector<MessageRow>> Store::messagesWithoutBody(FolderId folder, std::int64_t notBefore,
                                                           int limit)
{
    // Walks the (folder, date DESC, id DESC) index newest first.
    auto stmt = m_db->prepare("SELECT " LB_MESSAGE_COLUMNS
                              " FROM messages WHERE folder_id = ?1 AND date >= ?2 AND "
                              "body_state != ?3 AND uid IS NOT NULL "
                              "ORDER BY date DESC, id DESC LIMIT ?4");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, folder.value)
        .bindInt(2, notBefore)
        .bindInt(3, int(BodyState::Full))
        .bindInt(4, limit);
    return readMessageRows(*stmt);
}

} // namespace lb::store
