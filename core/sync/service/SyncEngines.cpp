// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/service/SyncEngines.h"

#include "sync/imap/ImapSync.h"
#include "sync/pop3/Pop3Download.h"
#include "sync/pop3/Watch.h"

namespace lb::sync {

const SyncEngine &engineFor(accounts::Protocol protocol)
{
    static const SyncEngine imapEngine{
        [](const SyncRequest &request) { return imap::syncAccount(request); },
        [](const SyncRequest &request, const std::function<void(const SyncReport &)> &onPass) {
            return imap::watch(request, onPass);
        }};
    static const SyncEngine pop3Engine{
        [](const SyncRequest &request) { return pop3::downloadMail(request); },
        [](const SyncRequest &request, const std::function<void(const SyncReport &)> &onPass) {
            return pop3::watchMail(request, onPass);
        }};
    switch (protocol) {
    case accounts::Protocol::Imap:
        return imapEngine;
    case accounts::Protocol::Pop3:
        return pop3Engine;
    }
    return imapEngine;
}

} // namespace lb::sync
