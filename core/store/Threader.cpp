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
    const QStringList ids = linkedIds(record);
    std::vector<std::int64_t> threads;
    if (auto found = collectThreads(account, ids, threads); !found)
        return found.error();
    ThreadId thread;
    if (threads.empty()) {
        auto created = createThread(account);
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
    if (auto kept = remember(account, ids, thread); !kept)
        return kept.error();
    return thread;
}

Result<void> Threader::collectThreads(AccountId account, const QStringList &ids,
                                      std::vector<std::int64_t> &threads)
{
    for (const QString &id : ids) {
        auto stmt = m_db.prepare(
            "SELECT thread_id FROM thread_refs WHERE account_id = ?1 AND message_id = ?2");
        if (!stmt)
            return stmt.error();
        stmt->bindInt(1, account.value).bindText(2, id);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (*row && std::find(threads.begin(), threads.end(), stmt->intAt(0)) == threads.end())
            threads.push_back(stmt->intAt(0));
    }
    return Ok{};
}

Result<ThreadId> Threader::createThread(AccountId account)
{
    auto stmt = m_db.prepare("INSERT INTO threads (account_id) VALUES (?1)");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, account.value);
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
    return Ok{};
}

Result<void> Threader::remember(AccountId account, const QStringList &ids, ThreadId thread)
{
    for (const QString &id : ids) {
        auto stmt = m_db.prepare("INSERT OR IGNORE INTO thread_refs (account_id, message_id, "
                                 "thread_id) VALUES (?1, ?2, ?3)");
        if (!stmt)
            return stmt.error();
        stmt->bindInt(1, account.value).bindText(2, id).bindInt(3, thread.value);
        if (auto done = stmt->run(); !done)
            return done;
    }
    return Ok{};
}

} // namespace lb::store
