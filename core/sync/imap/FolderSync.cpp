// SPDX-License-Identifier: GPL-3.0-or-later
// One folder's sync: select, check UIDVALIDITY, fetch new mail newest first, pick the
// strategy for changes to known mail, then record how far we got.
#include "sync/imap/FolderPass.h"

#include "common/Log.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::imap {
namespace {

using lb::imap::SelectOptions;

// CONDSTORE only, also with QRESYNC enabled: see QresyncChanges.cpp for why.
SelectOptions selectOptions(const SyncContext &ctx)
{
    SelectOptions options;
    options.condstore = ctx.session.capabilities().condstore();
    return options;
}

// RFC 9051 section 2.3.1.1: a new UIDVALIDITY voids every cached UID of the folder.
Result<void> checkUidValidity(FolderPass &pass)
{
    const UidValidity server = pass.selected.uidValidity;
    if (pass.folder.sync.uidValidity == server && server.isValid())
        return Ok{};
    if (pass.folder.sync.uidValidity.isValid()) {
        qCInfo(lcSync) << "UIDVALIDITY of" << pass.folder.path << "changed from"
                       << pass.folder.sync.uidValidity.value << "to" << server.value;
        pass.ctx.report.removedMessages += pass.folder.total;
        pass.ctx.report.warnings << u"%1 was replaced on the server (new UIDVALIDITY); its "
                                    u"messages were downloaded again."_s.arg(pass.folder.path);
    }
    if (Result<void> cleared = pass.ctx.store.clearFolder(pass.folder.id, server); !cleared)
        return cleared;
    pass.known = store::FolderSyncState{server, Uid{}, ModSeq{}};
    pass.fresh = true;
    return Ok{};
}

Result<void> applyChangesToKnown(FolderPass &pass, qsizetype newOnServer)
{
    if (pass.fresh || pass.known.uidNext.value <= 1)
        return Ok{};
    const bool hadModSeq =
        pass.known.highestModSeq.isValid() && pass.selected.highestModSeq.isValid();
    if (hadModSeq && pass.ctx.session.enabled().contains("QRESYNC"))
        return applyQresyncChanges(pass);
    if (hadModSeq && pass.ctx.session.capabilities().condstore())
        return applyCondstoreChanges(pass, newOnServer);
    return applyFlagScan(pass);
}

} // namespace

Result<void> syncFolder(SyncContext &ctx, const store::FolderRecord &folder)
{
    FolderPass pass{ctx, folder, {}, folder.sync, false};
    ctx.progress(SyncProgress::Phase::FetchingHeaders, folder.path);
    Result<lb::imap::SelectResult> selected = ctx.session.select(folder.path, selectOptions(ctx));
    if (!selected)
        return selected.error();
    pass.selected = std::move(*selected);
    if (Result<void> valid = checkUidValidity(pass); !valid)
        return valid;

    QList<std::uint32_t> newUids;
    // Same UIDNEXT: nothing arrived since the last sync (RFC 9051 section 2.3.1.1).
    const bool mayHaveNew = pass.fresh || pass.selected.uidNext != pass.known.uidNext ||
                            !pass.selected.uidNext.isValid();
    if (mayHaveNew) {
        Result<QList<std::uint32_t>> found = findNewUids(pass);
        if (!found)
            return found.error();
        newUids = std::move(*found);
    }
    if (Result<void> fetched = fetchNewMessages(pass, newUids); !fetched)
        return fetched;
    if (Result<void> changed = applyChangesToKnown(pass, newUids.size()); !changed)
        return changed;
    if (Result<void> volunteered = applyUnsolicited(pass); !volunteered)
        return volunteered;
    if (pass.isInbox())
        ctx.report.serverMessages = pass.selected.exists;
    // Only now, with everything above committed, may the next sync start from here.
    return ctx.store.setFolderSyncState(
        folder.id, store::FolderSyncState{pass.selected.uidValidity, pass.selected.uidNext,
                                          pass.selected.highestModSeq});
}

Result<void> removeUids(FolderPass &pass, const QList<std::uint32_t> &uids)
{
    if (uids.isEmpty())
        return Ok{};
    std::vector<Uid> typed;
    typed.reserve(uids.size());
    for (std::uint32_t uid : uids)
        typed.push_back(Uid{uid});
    Result<std::vector<Uid>> before = pass.ctx.store.uids(pass.folder.id);
    if (!before)
        return before.error();
    if (Result<void> removed = pass.ctx.store.removeMessages(pass.folder.id, typed); !removed)
        return removed;
    Result<std::vector<Uid>> after = pass.ctx.store.uids(pass.folder.id);
    if (!after)
        return after.error();
    pass.ctx.report.removedMessages += qint64(before->size() - after->size());
    return Ok{};
}

Result<void> applyUnsolicited(FolderPass &pass)
{
    lb::imap::MailboxState::Changes changes = pass.ctx.session.mailbox().takeChanges();
    if (Result<void> flags = applyServerFlags(pass, changes.flagUpdates); !flags)
        return flags;
    if (Result<void> gone = removeUids(pass, changes.vanishedUids.toList(UINT32_MAX)); !gone)
        return gone;
    // A plain EXPUNGE names sequence numbers only: the next sync's UID comparison finds the
    // message (the saved state is not advanced past what we know).
    if (!changes.expunged.isEmpty())
        pass.selected.highestModSeq = pass.known.highestModSeq;
    return Ok{};
}

} // namespace lb::sync::imap
