// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/Watch.h"

#include <QDeadlineTimer>
#include <QThread>

namespace lb::sync::pop3 {

namespace {

bool cancelled(const SyncRequest &request)
{
    return request.cancel && request.cancel->load();
}

// Sleeps in short slices so a cancel is noticed within a fraction of a second.
void pause(const SyncRequest &request, std::chrono::milliseconds interval)
{
    const QDeadlineTimer deadline(interval);
    while (!cancelled(request) && !deadline.hasExpired())
        QThread::msleep(std::min<qint64>(100, std::max<qint64>(1, deadline.remainingTime())));
}

} // namespace

Result<void> watchMail(const SyncRequest &request,
                       const std::function<void(const SyncReport &)> &onPass,
                       const EngineOptions &options)
{
    const std::chrono::milliseconds interval = options.pollInterval.value_or(
        std::chrono::minutes(std::max(1, request.settings.pop3.checkEveryMinutes)));
    while (!cancelled(request)) {
        auto report = downloadMail(request, options);
        if (!report) {
            const Error &e = report.error();
            if (e.scope == ErrorScope::Cancelled || cancelled(request))
                break;
            if (e.remedy == Remedy::AskUser)
                return e;
            SyncReport failed;
            failed.warnings << e.toString();
            onPass(failed);
        } else {
            onPass(*report);
        }
        pause(request, interval);
    }
    return Ok{};
}

} // namespace lb::sync::pop3
