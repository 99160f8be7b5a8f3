// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"
#include "common/Result.h"
#include "sync/SyncRequest.h"

#include <functional>

namespace lb::sync {

// The sync engine of a protocol: the one place that chooses it, for the GUI's workers and the
// CLI alike. Both functions block on the calling thread with the request's Store.
struct SyncEngine
{
    // One run: connect, bring the cache in step, disconnect.
    std::function<Result<SyncReport>(const SyncRequest &)> runOnce;
    // Keeps running (IMAP IDLE, POP3 polling) until *request.cancel is set; reports each pass.
    std::function<Result<void>(const SyncRequest &,
                               const std::function<void(const SyncReport &)> &)>
        watch;
    // The whole of one message the cache lacks (IMAP body, POP3 preview), for opening it.
    std::function<Result<void>(const SyncRequest &, MessageId)> fetchBody;
};

// Never null: every protocol of accounts::Protocol has an engine.
[[nodiscard]] const SyncEngine &engineFor(accounts::Protocol protocol);

} // namespace lb::sync
