// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FtsQuery.h"
#include "store/RowReader.h"
#include "store/Store.h"
#include "store/Threader.h"

#include <algorithm>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace lb::store {
namespace {

// Each sort key has an index on (folder_id, column, id); see Schema.cpp.
const char *sortColumn(SortKey key)
{
    switch (key) {
    case SortKey::Date:
        return "date";
    case SortKey::Sender:
        return "sort_sender";
    case SortKey::Subject:
        return "sort_subject";
    case SortKey::Size:
        return "size";
    }
    return "date";
}

bool isTextKey(SortKey key)
{
    return key == SortKey::Sender || key == SortKey::Subject;
}

// Keyset paging: seek past the cursor on the index, never OFFSET. With `oneCopyPerMessageId`
// a message whose Message-ID an older row of the folder already has is left out.
std::string pageSql(SortKey key, SortDirection direction, bool hasCursor, bool oneCopyPerMessageId)
{
    const std::string column = sortColumn(key);
    const bool descending = direction == SortDirection::Descending;
    const std::string order = descending ? " DESC" : " ASC";
    std::string sql =
        "SELECT " LB_MESSAGE_COLUMNS ", messages." + column + " FROM messages WHERE folder_id = ?1";
    if (oneCopyPerMessageId)
        sql += " AND NOT EXISTS (SELECT 1 FROM messages AS twin WHERE twin.message_id = "
               "messages.message_id AND twin.folder_id = messages.folder_id AND twin.id < "
               "messages.id AND twin.message_id != '')";
    if (hasCursor)
        sql += " AND (" + column + ", id) " + (descending ? "<" : ">") + " (?2, ?3)";
    sql += " ORDER BY " + column + order + ", id" + order + " LIMIT ?4";
    return sql;
}

constexpr int kMaxPage = 10000;

} // namespace

Result<std::vector<Store::KeyedRow>> Store::folderRows(FolderId folder, SortKey key,
                                                       SortDirection direction,
                                                       const std::optional<PageCursor> &after,
                                                       int limit)
{
    if (after && std::holds_alternative<QString>(after->value) != isTextKey(key))
        return inputError(u"The page cursor belongs to a different sort order"_s);
    // A server that files sent mail itself and our own copy would show every sent message
    // twice; Sent shows one copy per Message-ID.
    auto record = this->folder(folder);
    if (!record)
        return record.error();
    const bool sent = *record && (*record)->role == FolderRole::Sent;
    const std::string sql = pageSql(key, direction, after.has_value(), sent);
    auto stmt = m_db->prepare(sql.c_str());
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, folder.value).bindInt(4, std::clamp(limit, 0, kMaxPage));
    if (after) {
        if (const auto *text = std::get_if<QString>(&after->value))
            stmt->bindText(2, *text);
        else
            stmt->bindInt(2, std::get<std::int64_t>(after->value));
        stmt->bindInt(3, after->id.value);
    }
    std::vector<KeyedRow> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        MessageRow message = readMessageRow(*stmt);
        PageCursor cursor{std::int64_t(0), message.id};
        if (isTextKey(key))
            cursor.value = stmt->textAt(kMessageColumnCount);
        else
            cursor.value = stmt->intAt(kMessageColumnCount);
        out.push_back({std::move(message), std::move(cursor)});
    }
}

namespace {
// Rows are Store::KeyedRow; a page has a next cursor only when it came back full.
template <typename KeyedRows> MessagePage toPage(KeyedRows &&rows, int limit)
{
    MessagePage page;
    if (limit > 0 && rows.size() >= std::size_t(limit))
        page.next = rows.back().cursor;
    page.rows.reserve(rows.size());
    for (auto &keyed : rows)
        page.rows.push_back(std::move(keyed.row));
    return page;
}
} // namespace

Result<MessagePage> Store::messagesPage(FolderId folder, SortKey key, SortDirection direction,
                                        std::optional<PageCursor> after, int limit)
{
    auto rows = folderRows(folder, key, direction, after, limit);
    if (!rows)
        return rows.error();
    return toPage(std::move(*rows), limit);
}

Result<MessagePage> Store::unifiedInboxPage(SortDirection direction,
                                            std::optional<PageCursor> after, int limit)
{
    auto inboxes = m_db->prepare("SELECT id FROM folders WHERE role = 'inbox' ORDER BY id");
    if (!inboxes)
        return inboxes.error();
    std::vector<FolderId> folders;
    for (;;) {
        auto row = inboxes->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        folders.push_back(FolderId{inboxes->intAt(0)});
    }
    // The global first `limit` rows are among each inbox's first `limit` rows: merge those.
    std::vector<KeyedRow> merged;
    for (const FolderId folder : folders) {
        auto rows = folderRows(folder, SortKey::Date, direction, after, limit);
        if (!rows)
            return rows.error();
        std::move(rows->begin(), rows->end(), std::back_inserter(merged));
    }
    const bool descending = direction == SortDirection::Descending;
    auto before = [descending](const KeyedRow &a, const KeyedRow &b) {
        const auto ka = std::pair(std::get<std::int64_t>(a.cursor.value), a.row.id.value);
        const auto kb = std::pair(std::get<std::int64_t>(b.cursor.value), b.row.id.value);
        return descending ? ka > kb : ka < kb;
    };
    std::sort(merged.begin(), merged.end(), before);
    if (merged.size() > std::size_t(std::max(limit, 0)))
        merged.resize(std::size_t(std::max(limit, 0)));
    return toPage(std::move(merged), limit);
}

Result<std::vector<MessageRow>> Store::messageRows(const char *sql, std::int64_t arg)
{
    auto stmt = m_db->prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, arg);
    return readMessageRows(*stmt);
}

Result<std::vector<MessageRow>> Store::threadMessages(ThreadId thread)
{
    return messageRows("SELECT " LB_MESSAGE_COLUMNS
                       " FROM messages WHERE thread_id = ?1 ORDER BY date, id",
                       thread.value);
}

Result<std::optional<MessageRow>> Store::message(MessageId message)
{
    auto rows =
        messageRows("SELECT " LB_MESSAGE_COLUMNS " FROM messages WHERE id = ?1", message.value);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<MessageRow>();
    return std::optional<MessageRow>(std::move(rows->front()));
}

Result<std::vector<MessageRow>> Store::messagesByMessageId(const QString &messageId)
{
    auto stmt = m_db->prepare("SELECT " LB_MESSAGE_COLUMNS
                              " FROM messages WHERE message_id = ?1 ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, normalizeMessageId(messageId));
    return readMessageRows(*stmt);
}

Result<std::vector<MessageRow>> Store::search(const QString &userText,
                                              std::optional<AccountId> account, int limit)
{
    const QString query = toFtsQuery(userText);
    if (query.isEmpty() || limit <= 0)
        return std::vector<MessageRow>();
    // Newest first by walking the index backwards on its date-ordered rowid (schema v5): the
    // walk stops at the limit instead of sorting every match of a common word.
    auto stmt =
        m_db->prepare("SELECT " LB_MESSAGE_COLUMNS " FROM message_search "
                      "JOIN messages ON messages.fts_key = message_search.rowid "
                      "JOIN folders ON folders.id = messages.folder_id "
                      "WHERE message_search MATCH ?1 AND (?3 IS NULL OR folders.account_id = ?3) "
                      "ORDER BY message_search.rowid DESC LIMIT ?2");
    if (!stmt)
        return stmt.error();
    stmt->bindText(1, query).bindInt(2, std::min(limit, kMaxPage));
    if (account)
        stmt->bindInt(3, account->value);
    return readMessageRows(*stmt);
}

} // namespace lb::store
