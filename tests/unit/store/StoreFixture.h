// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers for the store tests: a fresh cache in a temporary directory, one IMAP account
// with an inbox, and terse message records.
#pragma once

#include "store/Store.h"

#include <QTemporaryDir>

#include "QtCatch.h"

namespace lb::store::test {

// Unwraps a Result, failing the test with the store's message when it is an error.
template <typename T> T must(Result<T> result)
{
    if (!result.ok())
        FAIL(result.error().message.toStdString());
    return std::move(result).value();
}

inline void must(Result<void> result)
{
    if (!result.ok())
        FAIL(result.error().message.toStdString());
}

struct StoreFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    Store store = must(Store::open(path));
    AccountId account =
        must(store.createAccount({AccountId{}, QStringLiteral("Work"), Protocol::Imap,
                                  QStringLiteral("me@example.org"), QStringLiteral("Me")}));
    FolderId inbox = must(store.upsertFolder(
        {FolderId{}, account, QStringLiteral("INBOX"), QLatin1Char('/'), FolderRole::Inbox}));
};

inline MessageRecord record(std::uint32_t uid, std::int64_t date = 1'700'000'000,
                            const QString &subject = QStringLiteral("Hello"))
{
    MessageRecord r;
    r.uid = Uid{uid};
    r.date = date;
    r.subject = subject;
    r.fromName = QStringLiteral("Alice Example");
    r.fromAddress = QStringLiteral("alice@example.org");
    r.toSummary = QStringLiteral("Me <me@example.org>");
    r.size = 1000 + uid;
    r.messageId = QStringLiteral("m%1@example.org").arg(uid);
    return r;
}

} // namespace lb::store::test
