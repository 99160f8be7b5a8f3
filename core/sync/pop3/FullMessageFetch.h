// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/pop3/Pop3Download.h"

namespace lb::sync::pop3 {

// Downloads the whole of a message that a run stored only as a preview (over the account's
// size limit), for when the user opens it: connects, finds the message by its UIDL, RETR,
// replaces the cached bytes (body state Full) and indexes its text. A message already whole
// is left alone. Blocking, on the caller's thread, like downloadMail.
[[nodiscard]] Result<void> fetchFullMessage(const SyncRequest &request, MessageId message,
                                            const EngineOptions &options = {});

} // namespace lb::sync::pop3
