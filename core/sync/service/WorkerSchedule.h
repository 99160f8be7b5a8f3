// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"
#include "common/Error.h"

#include <chrono>

namespace lb::sync {

// When an account's worker runs next, as plain functions of what happened, so the policy can
// be read and tested apart from the thread.
struct WorkerSchedule
{
    // How long to wait after `failures` connection failures in a row: 15 s, doubling, at most
    // 10 minutes, so a dead server is not hammered and a brief outage heals quickly.
    [[nodiscard]] static std::chrono::milliseconds retryDelay(int failures);
    // The pause between two checks of an account that is not watched (POP3's own setting).
    [[nodiscard]] static std::chrono::milliseconds
    checkInterval(const accounts::AccountSettings &settings);
    // True when an error means "the network or the server is unreachable": it counts
    // towards the offline indicator and is retried on its own.
    [[nodiscard]] static bool isConnectionFailure(const Error &error);
    // True when only the user can fix it (a wrong password, bad settings): no automatic retry.
    [[nodiscard]] static bool needsUser(const Error &error);
};

} // namespace lb::sync
