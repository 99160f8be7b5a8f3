// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"
#include "mime/compose/MessageComposer.h"
#include "store/OutboxRecords.h"

#include <QByteArray>

#include <optional>

namespace lb::store {
class Store;
}

namespace lb::sync {

// Drafts: what the user is writing, kept so that nothing is lost.
//
// Where: IMAP accounts with "keep Drafts on the server" use the server's Drafts folder (the
// folder with the Drafts role); other accounts, and IMAP servers without one, the local
// Drafts folder.
//
// Each save commits the new version to the cache first (in the server Drafts folder it is a
// stand-in without UID) and queues its upload (APPEND) and the removal of the version before
// (\Deleted, UID EXPUNGE) in the offline queue; the account's next sync sends them first, and
// the stand-in takes the UID APPENDUID reports. A version whose upload has not happened yet
// is simply replaced: the queued upload is pointed at the new one. So an autosave every few
// seconds, online or not, costs a few local statements and uploads one version at most per
// sync. Nothing here touches the network.
//
// Contract: the caller's Store on the caller's thread. A draft is named by the id its last
// save returned; pass it to the next save, load, discard or send.
class DraftStore
{
public:
    explicit DraftStore(store::Store &store);

    // The new version `raw` (an RFC 5322 message, as the composer made it) of the draft
    // `previous` (none for the first save). Returns the new version's id.
    [[nodiscard]] Result<MessageId> save(AccountId account, const QByteArray &raw,
                                         std::optional<MessageId> previous = {});
    [[nodiscard]] Result<QByteArray> load(MessageId draft);
    [[nodiscard]] Result<void> discard(MessageId draft);
    // Sending: the final message (composed without the draft's marks) is committed to the
    // Outbox, durably, and only then the draft goes.
    [[nodiscard]] Result<store::OutboxId> send(MessageId draft,
                                               const mime::ComposedMessage &message);
    // The folder new drafts of the account go to.
    [[nodiscard]] Result<FolderId> draftsFolder(AccountId account);

private:
    store::Store &m_store;
};

} // namespace lb::sync
