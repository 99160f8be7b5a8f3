// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/service/SyncEngines.h"

#include "sync/imap/ImapSync.h"
#include "sync/pop3/FullMessageFetch.h"
#include "sync/pop3/Pop3Download.h"
#include "sync/pop3/Watch.h"

namespace lb::sync {

const SyncEngine &engineFor(accounts::Protocol protocol)
{
    static const SyncEngine imapEngine{
        [](const SyncRequest &request) { return imap::syncAccount(request); },
        [](const SyncRequest &request, const std::function<void(const SyncReport &)> &onPass) {
            return imap::watch(request, onPass);
        },
        [](const SyncRequest &request, MessageId message) -> Result<void> {
            auto body = imap::fetchBody(request, message);
            if (!body)
                return body.error();
            return Ok{};
        }};
    static const SyncEngine pop3Engine{
        [](const SyncRequest &request) { return pop3::downloadMail(request); },
        [](const SyncRequest &request, const std::function<void(const SyncReport &)> &onPass) {
            return pop3::watchMail(request, onPass);
        },
        [](const SyncRequest &request, MessageId message) {
            return pop3::fetchFullMessage(request, message);
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
