// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/pop3/Pop3Download.h"

namespace lb::sync::pop3 {

// Checks for mail every checkEveryMinutes (or options.pollInterval) until request.cancel is
// set: one downloadMail() per pass, each reported through onPass. A pass that fails for a
// reason that may go away (network, server busy, [IN-USE]) is reported as a warning and the
// next pass tries again; one that needs the user (wrong password, settings) ends the watch.
// Returns Ok once cancelled.
[[nodiscard]] Result<void> watchMail(const SyncRequest &request,
                                     const std::function<void(const SyncReport &)> &onPass,
                                     const EngineOptions &options = {});

} // namespace lb::sync::pop3
