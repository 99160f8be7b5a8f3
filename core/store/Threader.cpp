// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Threader.h"

#include "store/Database.h"

#include <algorithm>

namespace lb::store {
namespace {
// A hostile References header must not cost unbounded work; the newest ids matter most.
constexpr qsizetype kMaxReferences = 100;
} // namespace

QString normalizeMessageId(const QString &id)
{
    QString out = id.trimmed();
    if (out.startsWith(u'<'))
        out.remove(0, 1);
    if (out.endsWith(u'>'))
        out.chop(1);
    return out.trimmed();
}

QStringList Threader::linkedIds(const MessageRecord &record)
{
    QStringList ids;
    auto add = [&ids](const QString &raw) {
        const QString id = normalizeMessageId(raw);
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    };
    add(record.messageId);
    add(record.inReplyTo);
    const qsizetype first = std::max<qsizetype>(0, record.references.size() - kMaxReferences);
    for (qsizetype i = record.references.size() - 1; i >= first; --i)
        add(record.references[i]);
    return ids;
}

Result<ThreadId> Threader::assign(AccountId account, const MessageRecord &record)
{
    if (account != m_account) { // Message-IDs are filed per account
        m_known.clear();
        m_account = account;
    }
    const QStringList ids = linkedIds(record);
    std::vector<std::int64_t> threads;
    QStringList unknown;
    if (auto found = collectThreads(ids, threads, unknown); !found)
        return found.error();
    ThreadId thread;
    if (threads.empty()) {
        auto created = createThread();
        if (!created)
            return created.error();
        thread = *created;
    } else {
        std::sort(threads.begin(), threads.end());
        thread = ThreadId{threads.front()};
        for (std::size_t i = 1; i < threads.size(); ++i) {
            if (auto merged = merge(threads[i], thread.value); !merged)
                return merged.error();
        }
    }
    // Ids already filed now point at `thread` (merged if they were elsewhere); only new ones
    // need a row.
    if (auto kept = remember(unknown, thread); !kept)
        return kept.error();
    return thread;
}

Result<void> Threader::collectThreads(const QStringList &ids, std::vector<std::int64_t> &threads,
                                      QStringList &unknown)
{
    for (const QString &id : ids) {
        auto thread = lookup(id);
        if (!thread)
            return thread.error();
        if (!*thread)
            unknown << id;
        else if (std::find(threads.begin(), threads.end(), **thread) == threads.end())
            threads.push_back(**thread);
    }
    return Ok{};
}

Result<std::optional<std::int64_t>> Threader::lookup(const QString &id)
{
    if (const auto known = m_known.constFind(id); known != m_known.cend())
        return std::optional<std::int64_t>(*known);
    auto stmt =
        m_db.prepare("SELECT thread_id FROM thread_refs WHERE account_id = ?1 AND message_id = ?2");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, m_account.value).bindText(2, id);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::int64_t>();
    const std::int64_t thread = stmt->intAt(0);
    m_known.insert(id, thread);
    return std::optional<std::int64_t>(thread);
}

Result<ThreadId> Threader::createThread()
{
    auto stmt = m_db.prepare("INSERT INTO threads (account_id) VALUES (?1)");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, m_account.value);
    if (auto done = stmt->run(); !done)
        return done.error();
    return ThreadId{m_db.lastInsertId()};
}

Result<void> Threader::merge(std::int64_t from, std::int64_t into)
{
    const char *const steps[] = {
        "UPDATE messages SET thread_id = ?2 WHERE thread_id = ?1",
        "UPDATE thread_refs SET thread_id = ?2 WHERE thread_id = ?1",
        "DELETE FROM threads WHERE id = ?1 AND ?2 IS NOT NULL",
    };
    for (const char *sql : steps) {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return stmt.error();
        stmt->bindInt(1, from).bindInt(2, into);
        if (auto done = stmt->run(); !done)
            return done;
    }
    for (auto it = m_known.begin(); it != m_known.end(); ++it) {
        if (*it == from)
            *it = into;
    }
    return Ok{};
}

Result<void> Threader::remember(const QStringList &ids, ThreadId thread)
{
    for (const QString &id : ids) {
        auto stmt = m_db.prepare("INSERT OR IGNORE INTO thread_refs (account_id, message_id, "
                                 "thread_id) VALUES (?1, ?2, ?3)");
        if (!stmt)
            return stmt.error();
        stmt->bindInt(1, m_account.value).bindText(2, id).bindInt(3, thread.value);
        if (auto done = stmt->run(); !done)
            return done;
        m_known.insert(id, thread.value);
    }
    return Ok{};
}

} // namespace lb::store
