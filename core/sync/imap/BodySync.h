// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/imap/SyncContext.h"

#include <vector>

namespace lb::sync::imap {

// The offline policy (AccountSettings::imap.offline): bodies of every message, of the last
// N days, or none, newest first, after every folder's headers are in. Each stored body is
// parsed and its text indexed for search in the same batch.
[[nodiscard]] Result<void> downloadBodies(SyncContext &ctx,
                                          const std::vector<store::FolderRecord> &folders);

// One message's body over an open session: BODY.PEEK[] (RFC 9051 section 6.4.5, no \Seen),
// stored and indexed.
[[nodiscard]] Result<QByteArray> fetchBodyWith(SyncContext &ctx, const store::MessageRow &message);

} // namespace lb::sync::imap
