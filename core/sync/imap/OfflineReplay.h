// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/imap/SyncContext.h"

namespace lb::sync::imap {

// Sends the offline queue (pending_ops) to the server, oldest first, before changes are
// fetched, so the server's answer already includes them. Each op is sent at most once: its
// attempt is recorded before it goes out, it is removed when the server confirms, and a
// refusal marks it failed with the reason (kept for the user, never dropped). A connection
// failure stops the replay; ops not yet sent wait for the next run. A Copy or Append whose
// earlier attempt was cut off is not sent again (it might have happened): it is marked failed
// for the user to look at.
[[nodiscard]] Result<void> replayOfflineOps(SyncContext &ctx);

} // namespace lb::sync::imap
