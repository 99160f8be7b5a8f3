// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pop3/Pop3Download.h"

#include "sync/pop3/DownloadRun.h"

namespace lb::sync::pop3 {

Result<SyncReport> downloadMail(const SyncRequest &request)
{
    return downloadMail(request, EngineOptions{});
}

Result<SyncReport> downloadMail(const SyncRequest &request, const EngineOptions &options)
{
    return DownloadRun(request, options).run();
}

} // namespace lb::sync::pop3
