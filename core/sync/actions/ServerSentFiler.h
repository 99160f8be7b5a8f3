// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "store/Records.h"
#include "sync/SyncRequest.h"
#include "sync/outbox/SentFiling.h"

#include <memory>
#include <optional>

namespace lb::imap {
class Session;
}

namespace lb::sync {

// Files delivered messages in an IMAP account's server Sent folder: the ServerSentHandler that
// Outbox::sendPending takes for accounts that keep Sent on the server.
//
// Duplicate Sent copies are a classic complaint: many servers put what went through their
// submission service into Sent by themselves. So before appending, the Sent folder is
// searched for our Message-ID (UID SEARCH HEADER, RFC 9051 section 6.4.4). A hit means the
// server filed it: nothing is appended, and the account learns it (imap.server_files_sent,
// persisted) so later sends skip both steps. Otherwise the copy is APPENDed with \Seen and,
// when the server names its UID (APPENDUID), cached at once.
//
// The Sent folder is the account's folder with the Sent role (SPECIAL-USE, name, or the
// user's choice, as the folder list sync assigned it); found by LIST when the cache does not
// know it yet, created as "Sent" when the server has none.
//
// Contract: the caller's thread and Store (request.store); blocks on the network. One IMAP
// session, opened on first use and logged out by the destructor; `request.password` is the
// incoming server's. The handler refers to this object, which must outlive its use.
class ServerSentFiler
{
public:
    explicit ServerSentFiler(SyncRequest request);
    ~ServerSentFiler();
    ServerSentFiler(const ServerSentFiler &) = delete;
    ServerSentFiler &operator=(const ServerSentFiler &) = delete;

    [[nodiscard]] ServerSentHandler handler();
    [[nodiscard]] Result<void> file(const store::OutboxEntry &entry, const QByteArray &raw);
    // The Outbox entry's note while its copy is being appended: an entry that still carries it
    // in a later run was interrupted after our APPEND, so the copy found then is ours, not a
    // sign that the server files Sent itself.
    [[nodiscard]] static QString appendingNote();
    // True once the account is known to file Sent itself (before or during this run).
    [[nodiscard]] bool serverFilesSent() const { return m_request.settings.imap.serverFilesSent; }

private:
    [[nodiscard]] Result<void> ensureSession();
    [[nodiscard]] Result<store::FolderRecord> sentFolder();
    [[nodiscard]] Result<bool> alreadyFiled(const QString &messageId);
    [[nodiscard]] Result<void> learnServerFilesSent();
    [[nodiscard]] Result<void> cacheCopy(const store::FolderRecord &folder, const QByteArray &raw,
                                         UidValidity validity, Uid uid);

    SyncRequest m_request;
    std::unique_ptr<lb::imap::Session> m_session;
    std::optional<store::FolderRecord> m_sent;
};

} // namespace lb::sync
