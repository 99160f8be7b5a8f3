// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/imap/BodySync.h"

#include "imap/ModifiedUtf7.h"
#include "mime/MessageParser.h"
#include "mime/TextExtraction.h"
#include "sync/MessageRecordBuilder.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::imap {
namespace {

constexpr int kBodiesPerQuery = 200;
constexpr int kBodiesPerFetch = 25;
constexpr qint64 kBytesPerFetch = 4 * 1024 * 1024;

std::int64_t notBefore(const accounts::OfflinePolicy &policy)
{
    if (policy.kind != accounts::OfflinePolicy::Kind::RecentBodies)
        return 0;
    return QDateTime::currentDateTimeUtc().addDays(-policy.recentDays).toSecsSinceEpoch();
}

Result<void> selectForReading(SyncContext &ctx, const QString &path)
{
    const lb::imap::MailboxState &state = ctx.session.mailbox();
    if (state.isSelected() && state.mailbox() == lb::imap::encodeModifiedUtf7(path))
        return Ok{};
    Result<lb::imap::SelectResult> selected = ctx.session.select(path, {.readOnly = true});
    if (!selected)
        return selected.error();
    return Ok{};
}

// Stores the bodies a FETCH returned and indexes their text in one batch.
Result<qsizetype> storeBodies(SyncContext &ctx, const std::vector<store::MessageRow> &rows,
                              const QList<lb::imap::FetchData> &fetched)
{
    QHash<std::uint32_t, MessageId> byUid;
    for (const store::MessageRow &row : rows)
        byUid.insert(row.record.uid.value, row.id);
    std::vector<store::BodyText> texts;
    std::vector<store::BodyText> snippets;
    for (const lb::imap::FetchData &fetch : fetched) {
        const auto *section = fetch.section("");
        if (!fetch.uid || !section || !section->data || !byUid.contains(fetch.uid->value))
            continue;
        const MessageId id = byUid.value(fetch.uid->value);
        if (Result<void> stored = ctx.store.storeBody(id, *section->data); !stored)
            return stored.error();
        QString text = mime::readableText(mime::parseMessage(*section->data));
        snippets.push_back(store::BodyText{id, snippetOf(text)});
        texts.push_back(store::BodyText{id, std::move(text)});
    }
    // The message list's preview comes from the body's text now that it is here.
    if (Result<void> previews = ctx.store.setSnippets(snippets); !previews)
        return previews.error();
    if (Result<void> indexed = ctx.store.indexTexts(texts); !indexed)
        return indexed.error();
    return qsizetype(texts.size());
}

Result<void> downloadFolderBodies(SyncContext &ctx, const store::FolderRecord &folder,
                                  std::int64_t since)
{
    QSet<qint64> tried; // a message the server no longer has must not loop forever
    qint64 done = 0;
    RateEstimator rate;
    rate.start(0); // how many lack a body is not counted up front
    while (!ctx.cancelled()) {
        Result<std::vector<store::MessageRow>> missing =
            ctx.store.messagesWithoutBody(folder.id, since, kBodiesPerQuery);
        if (!missing)
            return missing.error();
        std::vector<store::MessageRow> batch;
        qint64 bytes = 0;
        for (const store::MessageRow &row : *missing) {
            if (tried.contains(row.id.value))
                continue;
            if (!batch.empty() &&
                (int(batch.size()) >= kBodiesPerFetch || bytes + row.record.size > kBytesPerFetch))
                break;
            batch.push_back(row);
            bytes += row.record.size;
            tried.insert(row.id.value);
        }
        if (batch.empty())
            return Ok{};
        if (Result<void> selected = selectForReading(ctx, folder.path); !selected)
            return selected;
        QList<std::uint32_t> uids;
        for (const store::MessageRow &row : batch)
            uids.append(row.record.uid.value);
        Result<QList<lb::imap::FetchData>> fetched =
            ctx.session.uidFetch(lb::imap::SequenceSet::fromNumbers(uids), "(UID BODY.PEEK[])");
        if (!fetched)
            return fetched.error();
        Result<qsizetype> stored = storeBodies(ctx, batch, *fetched);
        if (!stored)
            return stored.error();
        done += *stored;
        rate.record(done);
        ctx.progress(SyncProgress::Phase::FetchingBodies, folder.path, rate);
    }
    return cancelledError();
}

} // namespace

Result<void> downloadBodies(SyncContext &ctx, const std::vector<store::FolderRecord> &folders)
{
    const accounts::OfflinePolicy &policy = ctx.request.settings.imap.offline;
    if (policy.kind == accounts::OfflinePolicy::Kind::HeadersOnly)
        return Ok{};
    const std::int64_t since = notBefore(policy);
    for (const store::FolderRecord &folder : folders) {
        if (!folder.subscribed)
            continue;
        if (Result<void> done = downloadFolderBodies(ctx, folder, since); !done)
            return done;
    }
    return Ok{};
}

Result<QByteArray> fetchBodyWith(SyncContext &ctx, const store::MessageRow &message)
{
    Result<std::optional<store::FolderRecord>> folder = ctx.store.folder(message.folder);
    if (!folder)
        return folder.error();
    if (!*folder)
        return storageError(u"The message's folder is no longer cached."_s);
    if (Result<void> selected = selectForReading(ctx, (*folder)->path); !selected)
        return selected.error();
    Result<QList<lb::imap::FetchData>> fetched = ctx.session.uidFetch(
        lb::imap::SequenceSet::single(message.record.uid.value), "(UID BODY.PEEK[])");
    if (!fetched)
        return fetched.error();
    Result<qsizetype> stored = storeBodies(ctx, {message}, *fetched);
    if (!stored)
        return stored.error();
    if (*stored == 0) {
        return Error{
            ErrorScope::Message, Remedy::None, u"The message is no longer on the server."_s, {}};
    }
    Result<std::optional<QByteArray>> body = ctx.store.body(message.id);
    if (!body)
        return body.error();
    return body->value_or(QByteArray());
}

} // namespace lb::sync::imap
