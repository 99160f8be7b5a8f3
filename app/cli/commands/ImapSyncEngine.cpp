// SPDX-License-Identifier: GPL-3.0-or-later
// `letterbox-cli sync` for IMAP accounts: the engine of core/sync/imap.
#include "SyncEngines.h"

#include "sync/imap/ImapSync.h"

namespace lb::cli {
namespace {

const SyncEngineRegistration registration(
    accounts::Protocol::Imap,
    SyncEngine{
        [](const sync::SyncRequest &request) { return sync::imap::syncAccount(request); },
        [](const sync::SyncRequest &request,
           const std::function<void(const sync::SyncReport &)> &onPass) {
            return sync::imap::watch(request, onPass);
        },
    });

} // namespace
} // namespace lb::cli
