// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"
#include "store/Records.h"

#include <QStringList>

namespace lb::store {

class Database;

// Conversation threading at insert, after JWZ's algorithm reduced to what a cache needs: a
// message joins the thread of any Message-ID it carries or names in In-Reply-To or References
// (RFC 5322 section 3.6.4). Ids seen only in References are remembered as placeholders, so
// siblings whose parent never arrived still meet. When a message links several threads
// (a parent arriving after its children, or a reply quoting two branches) they are merged into
// the oldest. No subject matching: unrelated mails titled "Hello" stay apart.
// Runs inside the caller's write transaction, on the caller's connection.
class Threader
{
public:
    explicit Threader(Database &db) : m_db(db) {}

    // The thread a new message of this account belongs to, merging threads it links.
    [[nodiscard]] Result<ThreadId> assign(AccountId account, const MessageRecord &record);

    // The Message-IDs a record links to, without angle brackets, de-duplicated, bounded.
    [[nodiscard]] static QStringList linkedIds(const MessageRecord &record);

private:
    [[nodiscard]] Result<void> collectThreads(AccountId account, const QStringList &ids,
                                              std::vector<std::int64_t> &threads);
    [[nodiscard]] Result<ThreadId> createThread(AccountId account);
    [[nodiscard]] Result<void> merge(std::int64_t from, std::int64_t into);
    [[nodiscard]] Result<void> remember(AccountId account, const QStringList &ids, ThreadId thread);

    Database &m_db;
};

// "<abc@host>" -> "abc@host"; surrounding spaces dropped.
[[nodiscard]] QString normalizeMessageId(const QString &id);

} // namespace lb::store
