// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"

#include <span>

namespace lb::store {
class Store;
}

namespace lb::sync::pop3 {

// The later phase of a run (ARCHITECTURE.md, store): reads each message back from the cache,
// extracts its readable text and adds it to the search index, a batch per transaction. Runs
// after the session has ended, so it never holds up a download.
[[nodiscard]] Result<void> indexBodies(store::Store &store, std::span<const MessageId> messages);

} // namespace lb::sync::pop3
