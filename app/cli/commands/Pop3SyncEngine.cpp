// SPDX-License-Identifier: GPL-3.0-or-later
// `letterbox-cli sync` for POP3 accounts: one download run, or polling with --watch.
#include "SyncEngines.h"

#include "sync/pop3/Pop3Download.h"
#include "sync/pop3/Watch.h"

namespace lb::cli {
namespace {

const SyncEngineRegistration registration(
    accounts::Protocol::Pop3,
    SyncEngine{[](const sync::SyncRequest &request) { return sync::pop3::downloadMail(request); },
               [](const sync::SyncRequest &request,
                  const std::function<void(const sync::SyncReport &)> &onPass) {
                   return sync::pop3::watchMail(request, onPass);
               }});

} // namespace
} // namespace lb::cli
