// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <thread>

namespace lb::store {

template <typename Attempt> int retryWhileBusy(const DatabaseOptions &options, Attempt attempt)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + options.busyBudget;
    auto pause = std::chrono::milliseconds(1);
    for (;;) {
        const int rc = attempt();
        if (!isBusyCode(rc) || Clock::now() >= deadline)
            return rc;
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(100));
    }
}

} // namespace lb::store
