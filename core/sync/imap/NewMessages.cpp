// SPDX-License-Identifier: GPL-3.0-or-later
// Strategy: new mail. UID SEARCH finds what arrived since the last sync; headers come newest
// first in pipelined UID FETCH chunks, each committed as it arrives, so the newest mail is
// readable while older mail is still on its way (ARCHITECTURE.md, new mail flow).
#include "sync/imap/FetchRecord.h"
#include "sync/imap/FolderPass.h"

#include <QSet>

#include <algorithm>

namespace lb::sync::imap {
namespace {

using lb::imap::SequenceSet;

QList<SequenceSet> newestFirstChunks(QList<std::uint32_t> uids, int first, int rest)
{
    std::sort(uids.begin(), uids.end(), std::greater<>());
    QList<SequenceSet> chunks;
    qsizetype at = 0;
    while (at < uids.size()) {
        const qsizetype size = std::max(chunks.isEmpty() ? first : rest, 1);
        chunks.append(SequenceSet::fromNumbers(uids.mid(at, size)));
        at += size;
    }
    return chunks;
}

Result<qsizetype> commitChunk(FolderPass &pass, const lb::imap::CommandResult &result)
{
    if (!result.ok())
        return lb::imap::commandError(result, QStringLiteral("fetching new messages"));
    std::vector<store::MessageRecord> records;
    for (const lb::imap::FetchData &fetch : result.all<lb::imap::FetchData>()) {
        if (fetch.uid)
            records.push_back(recordFromFetch(fetch));
    }
    Result<std::vector<MessageId>> stored = pass.ctx.store.upsertHeaders(pass.folder.id, records);
    if (!stored)
        return stored.error();
    return qsizetype(records.size());
}

} // namespace

Result<QList<std::uint32_t>> findNewUids(FolderPass &pass)
{
    const std::uint32_t from = std::max<std::uint32_t>(pass.knownBelow(), 1);
    Result<QList<std::uint32_t>> found =
        pass.ctx.session.uidSearch("UID " + QByteArray::number(from) + ":*");
    if (!found)
        return found;
    // "n:*" always matches the highest UID, even below n (RFC 9051 section 6.4.8).
    QList<std::uint32_t> uids;
    for (std::uint32_t uid : *found) {
        if (uid >= from)
            uids.append(uid);
    }
    if (uids.isEmpty() || pass.fresh)
        return uids;
    // A run that stopped half way cached some of them already.
    Result<std::vector<Uid>> cached = pass.ctx.store.uids(pass.folder.id);
    if (!cached)
        return cached.error();
    QSet<std::uint32_t> have;
    for (const Uid uid : *cached) {
        if (uid.value >= from)
            have.insert(uid.value);
    }
    uids.removeIf([&](std::uint32_t uid) { return have.contains(uid); });
    return uids;
}

Result<void> fetchNewMessages(FolderPass &pass, const QList<std::uint32_t> &uids)
{
    SyncContext &ctx = pass.ctx;
    const QList<SequenceSet> chunks =
        newestFirstChunks(uids, ctx.options.firstChunk, ctx.options.chunk);
    const QByteArray items = headerFetchItems();
    QList<QByteArray> inFlight;
    qsizetype sent = 0;
    qint64 done = 0;
    RateEstimator rate;
    rate.start(uids.size());
    while (sent < chunks.size() || !inFlight.isEmpty()) {
        while (inFlight.size() < std::max(ctx.options.pipelineDepth, 1) && sent < chunks.size()) {
            Result<QByteArray> tag =
                ctx.session.send(ctx.session.commands().uidFetch(chunks[sent++], items));
            if (!tag)
                return tag.error();
            inFlight.append(*tag);
        }
        Result<lb::imap::CommandResult> result = ctx.session.wait(inFlight.takeFirst());
        if (!result)
            return result.error();
        Result<qsizetype> committed = commitChunk(pass, *result);
        if (!committed)
            return committed.error();
        done += *committed;
        ctx.report.newMessages += *committed;
        if (pass.isInbox())
            ctx.inboxReady = true;
        rate.record(done);
        ctx.progress(SyncProgress::Phase::FetchingHeaders, pass.folder.path, rate);
        if (ctx.cancelled())
            return cancelledError();
    }
    if (pass.isInbox())
        ctx.inboxReady = true;
    return Ok{};
}

} // namespace lb::sync::imap
