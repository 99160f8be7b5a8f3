// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RowReader.h"
#include "store/SortKeys.h"
#include "store/Store.h"
#include "store/Threader.h"
#include "store/Transaction.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lb::store {
namespace {

QString joinedReferences(const QStringList &references)
{
    QStringList ids;
    ids.reserve(references.size());
    for (const QString &ref : references) {
        const QString id = normalizeMessageId(ref);
        if (!id.isEmpty())
            ids << id;
    }
    return ids.join(u' ');
}

QString trimmedJoin(const QString &a, const QString &b)
{
    return (a + u' ' + b).trimmed();
}

} // namespace

namespace {

// The next rowid SQLite would pick; we choose it ourselves so the search key can include it.
// Safe: we hold the write lock (BEGIN IMMEDIATE) for the whole batch.
Result<std::int64_t> nextMessageId(Database &db)
{
    auto stmt = db.prepare("SELECT ifnull(max(id), 0) + 1 FROM messages");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->intAt(0);
}

// The search index's rowid: orders by date, then by the id's low bits (see Schema.cpp, v5).
Result<std::int64_t> searchKey(Database &db, std::int64_t date, std::int64_t id)
{
    constexpr std::int64_t kMaxDate = (std::int64_t(1) << 41) - 1;
    std::int64_t key = (std::clamp<std::int64_t>(date, 0, kMaxDate) << 21) + (id & 0x1FFFFF);
    for (;;) { // a clash needs the same second and ids 2^21 apart: step past it
        auto stmt = db.prepare("SELECT 1 FROM messages WHERE fts_key = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bindInt(1, key);
        auto taken = stmt->step();
        if (!taken)
            return taken.error();
        if (!*taken)
            return key;
        ++key;
    }
}

// Writes one batch of headers into a folder inside the caller's transaction. FTS5 gathers new
// terms in memory and writes them out as one segment at commit, unless something forces an
// early flush; each flush makes a tiny segment that later merges pay for many times over.
// Two things force one: a row whose rowid is below the previous row's (our rowids order by
// date, and mail does not arrive in date order), and, in SQLite 3.40, any later statement of
// the transaction that opens a statement journal (the INSERT into messages does: it fires the
// count trigger). So the search rows are written last, after every messages row, in ascending
// rowid order: one segment per batch instead of up to one per message.
class HeaderWriter
{
public:
    HeaderWriter(Database &db, FolderId folder, AccountId account)
        : m_db(db), m_folder(folder), m_account(account), m_threader(db)
    {}

    // The message's id: found by server identity (flags refreshed), else inserted.
    [[nodiscard]] Result<MessageId> upsert(const MessageRecord &record);
    [[nodiscard]] Result<std::optional<MessageId>> find(const MessageRecord &record);
    [[nodiscard]] Result<MessageId> insert(const MessageRecord &record);
    // The queued search rows of the messages inserted so far.
    [[nodiscard]] Result<void> writeSearchRows();

private:
    struct SearchRow
    {
        std::int64_t key = 0;
        const MessageRecord *record = nullptr;
    };

    Database &m_db;
    FolderId m_folder;
    AccountId m_account;
    Threader m_threader;
    std::int64_t m_nextId = 0; // 0 until the first insert asks the table
    std::vector<SearchRow> m_searchRows;
};

Result<MessageId> HeaderWriter::upsert(const MessageRecord &record)
{
    auto existing = find(record);
    if (!existing)
        return existing.error();
    if (!*existing)
        return insert(record);
    // Known on the server: its headers are immutable (RFC 3501 section 2.3.1.1); flags are not.
    const MessageId id = **existing;
    auto done = runStatement(m_db,
                             "UPDATE messages SET flags = ?2, keywords = ?3 WHERE id = ?1 AND "
                             "(flags != ?2 OR keywords != ?3)",
                             [&](Statement &s) {
                                 s.bindInt(1, id.value)
                                     .bindInt(2, record.flags.toInt())
                                     .bindText(3, record.keywords.join(u' '));
                             });
    if (!done)
        return done.error();
    return id;
}

Result<std::optional<MessageId>> HeaderWriter::find(const MessageRecord &record)
{
    const bool byUid = record.uid.isValid();
    if (!byUid && record.uidl.isEmpty())
        return std::optional<MessageId>(); // no server identity: always a new local message
    auto stmt = byUid ? m_db.prepare("SELECT id FROM messages WHERE folder_id = ?1 AND uid = ?2")
                      : m_db.prepare("SELECT id FROM messages WHERE folder_id = ?1 AND uidl = ?2");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, m_folder.value);
    if (byUid)
        stmt->bindInt(2, record.uid.value);
    else
        stmt->bindText(2, record.uidl);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<MessageId>();
    return std::optional<MessageId>(MessageId{stmt->intAt(0)});
}

Result<MessageId> HeaderWriter::insert(const MessageRecord &r)
{
    auto thread = m_threader.assign(m_account, r);
    if (!thread)
        return thread.error();
    if (m_nextId == 0) { // nobody else inserts while we hold the write lock
        auto next = nextMessageId(m_db);
        if (!next)
            return next.error();
        m_nextId = *next;
    }
    const std::int64_t id = m_nextId;
    auto key = searchKey(m_db, r.date, id);
    if (!key)
        return key.error();
    auto inserted = runStatement(
        m_db,
        "INSERT INTO messages (folder_id, uid, uidl, message_id, thread_id, date, from_name, "
        "from_address, to_summary, cc_summary, subject, size, flags, keywords, has_attachments, "
        "snippet, in_reply_to, refs, sort_sender, sort_subject, id, fts_key) VALUES (?1, ?2, ?3, "
        "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
        [&](Statement &s) {
            s.bindInt(1, m_folder.value);
            if (r.uid.isValid())
                s.bindInt(2, r.uid.value);
            else
                s.bindNull(2);
            s.bindTextOrNull(3, r.uidl)
                .bindTextOrNull(4, normalizeMessageId(r.messageId))
                .bindInt(5, thread->value)
                .bindInt(6, r.date)
                .bindText(7, r.fromName)
                .bindText(8, r.fromAddress)
                .bindText(9, r.toSummary)
                .bindText(10, r.ccSummary)
                .bindText(11, r.subject)
                .bindInt(12, r.size)
                .bindInt(13, r.flags.toInt())
                .bindText(14, r.keywords.join(u' '))
                .bindInt(15, r.hasAttachments ? 1 : 0)
                .bindText(16, r.snippet)
                .bindText(17, normalizeMessageId(r.inReplyTo))
                .bindText(18, joinedReferences(r.references))
                .bindText(19, sortSender(r.fromName, r.fromAddress))
                .bindText(20, sortSubject(r.subject))
                .bindInt(21, id)
                .bindInt(22, *key);
        });
    if (!inserted)
        return inserted.error();
    ++m_nextId;
    m_searchRows.push_back({*key, &r});
    return MessageId{id};
}

Result<void> HeaderWriter::writeSearchRows()
{
    std::sort(m_searchRows.begin(), m_searchRows.end(),
              [](const SearchRow &a, const SearchRow &b) { return a.key < b.key; });
    for (const SearchRow &row : m_searchRows) {
        const MessageRecord &r = *row.record;
        auto indexed = runStatement(m_db,
                                    "INSERT INTO message_search (rowid, subject, sender, "
                                    "recipients, body) VALUES (?1, ?2, ?3, ?4, '')",
                                    [&](Statement &s) {
                                        s.bindInt(1, row.key)
                                            .bindText(2, r.subject)
                                            .bindText(3, trimmedJoin(r.fromName, r.fromAddress))
                                            .bindText(4, trimmedJoin(r.toSummary, r.ccSummary));
                                    });
        if (!indexed)
            return indexed;
    }
    m_searchRows.clear();
    return Ok{};
}

} // namespace

Result<std::vector<MessageId>> Store::upsertHeaders(FolderId folder,
                                                    std::span<const MessageRecord> batch)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto account = accountOf(folder);
    if (!account)
        return account.error();
    HeaderWriter writer(*m_db, folder, *account);
    std::vector<MessageId> ids;
    ids.reserve(batch.size());
    for (const MessageRecord &record : batch) {
        auto id = writer.upsert(record);
        if (!id)
            return id.error();
        ids.push_back(*id);
    }
    if (auto indexed = writer.writeSearchRows(); !indexed)
        return indexed.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return ids;
}

Result<MessageId> Store::upsertOne(FolderId folder, AccountId account, const MessageRecord &record)
{
    HeaderWriter writer(*m_db, folder, account);
    auto id = writer.upsert(record);
    if (!id)
        return id.error();
    if (auto indexed = writer.writeSearchRows(); !indexed)
        return indexed.error();
    return id;
}

Result<std::optional<MessageId>> Store::findByIdentity(FolderId folder, const MessageRecord &record)
{
    // The account plays no part in finding a message.
    return HeaderWriter(*m_db, folder, AccountId{}).find(record);
}

Result<MessageId> Store::insertMessage(FolderId folder, AccountId account, const MessageRecord &r)
{
    HeaderWriter writer(*m_db, folder, account);
    auto id = writer.insert(r);
    if (!id)
        return id.error();
    if (auto indexed = writer.writeSearchRows(); !indexed)
        return indexed.error();
    return id;
}

Result<void> Store::applyFlags(FolderId folder, std::span<const FlagUpdate> updates)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    for (const FlagUpdate &u : updates) {
        auto done = runStatement(*m_db,
                                 "UPDATE messages SET flags = ?3, keywords = ?4 "
                                 "WHERE folder_id = ?1 AND uid = ?2",
                                 [&](Statement &s) {
                                     s.bindInt(1, folder.value)
                                         .bindInt(2, u.uid.value)
                                         .bindInt(3, u.flags.toInt())
                                         .bindText(4, u.keywords.join(u' '));
                                 });
        if (!done)
            return done;
    }
    return tx->commit();
}

Result<void> Store::changeFlags(std::span<const MessageId> messages, MessageFlags add,
                                MessageFlags remove)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    for (const MessageId id : messages) {
        auto done = runStatement(
            *m_db, "UPDATE messages SET flags = (flags | ?2) & ~?3 WHERE id = ?1",
            [&](Statement &s) {
                s.bindInt(1, id.value).bindInt(2, add.toInt()).bindInt(3, remove.toInt());
            });
        if (!done)
            return done;
    }
    return tx->commit();
}

Result<void> Store::removeMessages(FolderId folder, std::span<const Uid> uids)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    for (const Uid uid : uids) {
        auto done =
            runStatement(*m_db, "DELETE FROM messages WHERE folder_id = ?1 AND uid = ?2",
                         [&](Statement &s) { s.bindInt(1, folder.value).bindInt(2, uid.value); });
        if (!done)
            return done;
    }
    return tx->commit();
}

Result<void> Store::removeMessages(std::span<const MessageId> messages)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    for (const MessageId id : messages) {
        auto done = runStatement(*m_db, "DELETE FROM messages WHERE id = ?1",
                                 [&](Statement &s) { s.bindInt(1, id.value); });
        if (!done)
            return done;
    }
    return tx->commit();
}

Result<std::vector<Uid>> Store::uids(FolderId folder)
{
    auto stmt = m_db->prepare("SELECT uid FROM messages WHERE folder_id = ?1 AND uid IS NOT NULL "
                              "ORDER BY uid");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, folder.value);
    return collectRows(*stmt, [](const Statement &s) { return Uid{std::uint32_t(s.intAt(0))}; });
}

Result<void> Store::storeBody(MessageId message, const QByteArray &raw, BodyState state)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto stored = runStatement(*m_db,
                               "INSERT INTO message_bodies (message_id, raw) VALUES (?1, ?2) "
                               "ON CONFLICT (message_id) DO UPDATE SET raw = excluded.raw",
                               [&](Statement &s) { s.bindInt(1, message.value).bindBlob(2, raw); });
    if (!stored)
        return stored;
    auto marked =
        runStatement(*m_db, "UPDATE messages SET body_state = ?2 WHERE id = ?1",
                     [&](Statement &s) { s.bindInt(1, message.value).bindInt(2, int(state)); });
    if (!marked)
        return marked;
    return tx->commit();
}

Result<std::optional<QByteArray>> Store::body(MessageId message)
{
    auto stmt = m_db->prepare("SELECT raw FROM message_bodies WHERE message_id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, message.value);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(stmt->blobAt(0));
}

Result<void> Store::indexText(MessageId message, const QString &bodyText)
{
    const BodyText one{message, bodyText};
    return indexTexts(std::span(&one, 1));
}

Result<void> Store::indexTexts(std::span<const BodyText> texts)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    // Looked up first: FTS5 seeks by rowid only for a plain value, not a subquery. Then written
    // in ascending rowid order, which lets FTS5 keep the batch in memory as one segment (see
    // HeaderWriter).
    std::vector<std::pair<std::int64_t, const QString *>> keyed;
    keyed.reserve(texts.size());
    for (const BodyText &body : texts) {
        auto key = m_db->prepare("SELECT fts_key FROM messages WHERE id = ?1");
        if (!key)
            return key.error();
        key->bindInt(1, body.message.value);
        auto found = key->step();
        if (!found)
            return found.error();
        if (!*found)
            return storageError(u"Message %1 is not in the mail cache"_s.arg(body.message.value));
        keyed.emplace_back(key->intAt(0), &body.text);
    }
    // A message named twice keeps its last text, as when written one after the other.
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[rowid, text] : keyed) {
        auto done = runStatement(*m_db, "UPDATE message_search SET body = ?2 WHERE rowid = ?1",
                                 [&](Statement &s) { s.bindInt(1, rowid).bindText(2, *text); });
        if (!done)
            return done;
    }
    return tx->commit();
}

} // namespace lb::store
