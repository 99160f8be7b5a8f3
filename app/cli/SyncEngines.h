// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"
#include "common/Result.h"
#include "sync/SyncRequest.h"

#include <functional>
#include <map>

namespace lb::cli {

// The sync engine of each protocol, registered from its own file in commands/ (as commands
// are), so `letterbox-cli sync` dispatches without a central switch.
struct SyncEngine
{
    // One run: connect, bring the cache in step, disconnect.
    std::function<Result<sync::SyncReport>(const sync::SyncRequest &)> runOnce;
    // Keeps running (IMAP IDLE, POP3 polling) until the cancel flag is set; reports each pass.
    std::function<Result<void>(const sync::SyncRequest &,
                               const std::function<void(const sync::SyncReport &)> &)>
        watch;
};

std::map<accounts::Protocol, SyncEngine> &syncEngines();

struct SyncEngineRegistration
{
    SyncEngineRegistration(accounts::Protocol protocol, SyncEngine engine)
    {
        syncEngines()[protocol] = std::move(engine);
    }
};

} // namespace lb::cli
