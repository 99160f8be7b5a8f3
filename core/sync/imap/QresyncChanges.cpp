// SPDX-License-Identifier: GPL-3.0-or-later
// Strategy: QRESYNC (RFC 7162). The folder is selected with plain CONDSTORE: a QRESYNC
// server raises HIGHESTMODSEQ for every flag change and, QRESYNC enabled, every expunge, so an
// unchanged HIGHESTMODSEQ means nothing to do. SELECT ... (QRESYNC ...) would have the
// server look through the whole mailbox for changes even then (Dovecot: ~0.12 s at 100k
// messages). Otherwise UID FETCH ... (CHANGEDSINCE m VANISHED) (section 3.2.6) brings the
// changed flags, and the expunged UIDs as VANISHED (EARLIER), which applyUnsolicited takes.
#include "sync/imap/FolderPass.h"

namespace lb::sync::imap {

Result<void> applyQresyncChanges(FolderPass &pass)
{
    if (pass.selected.highestModSeq == pass.known.highestModSeq)
        return Ok{};
    const auto range = lb::imap::SequenceSet::range(1, pass.knownBelow() - 1);
    Result<QList<lb::imap::FetchData>> changed =
        pass.ctx.session.uidFetch(range, "(UID FLAGS)", pass.known.highestModSeq, true);
    if (!changed)
        return changed.error();
    return applyServerFlags(pass, *changed);
}

} // namespace lb::sync::imap
