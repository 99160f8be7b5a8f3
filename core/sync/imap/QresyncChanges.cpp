// SPDX-License-Identifier: GPL-3.0-or-later
// Strategy: QRESYNC (RFC 7162 section 3.2.5). SELECT ... (QRESYNC (uidvalidity modseq)) made
// the server send VANISHED (EARLIER) for expunged UIDs and FETCH (FLAGS) for changed ones.
#include "sync/imap/FolderPass.h"

namespace lb::sync::imap {

Result<void> applyQresyncChanges(FolderPass &pass)
{
    if (Result<void> flags = applyServerFlags(pass, pass.selected.changed); !flags)
        return flags;
    return removeUids(pass, pass.selected.vanished.toList(UINT32_MAX));
}

} // namespace lb::sync::imap
