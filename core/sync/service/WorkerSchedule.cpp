// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/service/WorkerSchedule.h"

#include <algorithm>

namespace lb::sync {

using namespace std::chrono_literals;

std::chrono::milliseconds WorkerSchedule::retryDelay(int failures)
{
    std::chrono::milliseconds delay = 15s;
    for (int i = 1; i < failures && delay < 10min; ++i)
        delay *= 2;
    return std::min<std::chrono::milliseconds>(delay, 10min);
}

std::chrono::milliseconds WorkerSchedule::checkInterval(const accounts::AccountSettings &settings)
{
    if (settings.protocol == accounts::Protocol::Pop3)
        return std::chrono::minutes(std::max(1, settings.pop3.checkEveryMinutes));
    return 5min;
}

bool WorkerSchedule::isConnectionFailure(const Error &error)
{
    return error.scope == ErrorScope::Connection;
}

bool WorkerSchedule::needsUser(const Error &error)
{
    return error.remedy == Remedy::AskUser || error.scope == ErrorScope::Account;
}

} // namespace lb::sync
