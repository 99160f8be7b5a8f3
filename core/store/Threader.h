// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"
#include "store/Records.h"

#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace lb::store {

class Database;

// Conversation threading at insert, after JWZ's algorithm reduced to what a cache needs: a
// message joins the thread of any Message-ID it carries or names in In-Reply-To or References
// (RFC 5322 section 3.6.4). Ids seen only in References are remembered as placeholders, so
// siblings whose parent never arrived still meet. When a message links several threads
// (a parent arriving after its children, or a reply quoting two branches) they are merged into
// the oldest. No subject matching: unrelated mails titled "Hello" stay apart.
// Runs inside the caller's write transaction, on the caller's connection. One Threader serves
// one transaction (a batch): it remembers the ids it has looked up or added, so messages of the
// same conversation in one batch do not ask the database again. It must not outlive the
// transaction, as another connection may change the tables afterwards.
class Threader
{
public:
    explicit Threader(Database &db) : m_db(db) {}

    // The thread a new message of this account belongs to, merging threads it links.
    [[nodiscard]] Result<ThreadId> assign(AccountId account, const MessageRecord &record);

    // The Message-IDs a record links to, without angle brackets, de-duplicated, bounded.
    [[nodiscard]] static QStringList linkedIds(const MessageRecord &record);

private:
    // The thread each id is filed under; ids not filed yet go to `unknown`.
    [[nodiscard]] Result<void> collectThreads(const QStringList &ids,
                                              std::vector<std::int64_t> &threads,
                                              QStringList &unknown);
    [[nodiscard]] Result<std::optional<std::int64_t>> lookup(const QString &id);
    [[nodiscard]] Result<ThreadId> createThread();
    [[nodiscard]] Result<void> merge(std::int64_t from, std::int64_t into);
    [[nodiscard]] Result<void> remember(const QStringList &ids, ThreadId thread);

    Database &m_db;
    AccountId m_account;
    // Message-ID -> thread of every id this transaction has read or written in thread_refs.
    QHash<QString, std::int64_t> m_known;
};

// "<abc@host>" -> "abc@host"; surrounding spaces dropped.
[[nodiscard]] QString normalizeMessageId(const QString &id);

} // namespace lb::store
