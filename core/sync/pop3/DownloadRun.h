// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the POP3 engine: the steps of one downloadMail() run.
#pragma once

#include "store/Records.h"
#include "sync/pop3/Pop3Download.h"
#include "sync/pop3/SessionPlan.h"

#include <QElapsedTimer>

#include <vector>

namespace lb::sync::pop3 {

// Connects and logs in for the request's account, with the protocol log labelled
// "pop3 user@host" and every session step counted by faultStep().
[[nodiscard]] Result<void> openSession(lb::pop3::Pop3Session &session, const SyncRequest &request);

[[nodiscard]] qint64 nowFrom(const EngineOptions &options);

class DownloadRun
{
public:
    DownloadRun(const SyncRequest &request, const EngineOptions &options);
    [[nodiscard]] Result<SyncReport> run();

private:
    [[nodiscard]] Result<void> prepare();
    [[nodiscard]] Result<void> connect();
    [[nodiscard]] Result<void> markVanished(const SessionPlan &plan);
    [[nodiscard]] Result<std::vector<ServerMessage>> chooseDownloads(const SessionPlan &plan);
    [[nodiscard]] Result<void> download(const std::vector<ServerMessage> &messages);
    [[nodiscard]] Result<void> storeOne(const ServerMessage &message, QByteArray raw, bool preview);
    // Commits the downloaded messages not yet stored, with their ledger entries, together.
    [[nodiscard]] Result<void> flushPending();
    [[nodiscard]] Result<std::vector<ServerMessage>> chooseDeletions(const SessionPlan &before);
    [[nodiscard]] Result<void> deleteAndQuit(const std::vector<ServerMessage> &deletions);
    // What the account's size limit does to a message.
    enum class SizeRule
    {
        Whole,
        Preview,
        Skip
    };
    [[nodiscard]] SizeRule sizeRule(const ServerMessage &message) const;
    [[nodiscard]] Result<void> checkCancel() const;
    void progress(SyncProgress::Phase phase, qint64 done = 0, qint64 total = 0);

    const SyncRequest &m_request;
    const EngineOptions &m_options;
    store::Store &m_store;
    lb::pop3::Pop3Session m_session;
    FolderId m_inbox;
    ServerListing m_listing;
    SyncReport m_report;
    std::vector<MessageId> m_downloaded;
    // Downloaded, parsed, not yet committed: one transaction for a few messages costs far less
    // than one each, and loses nothing (no DELE before the commit; see flushPending).
    std::vector<store::PopDownload> m_pending;
    std::vector<QString> m_pendingTexts; // their body text for the search index
    qsizetype m_pendingBytes = 0;
    QElapsedTimer m_pendingSince;
    bool m_inboxReady = false;
    qint64 m_started = 0; // the run's clock reading: the first-download date of what it stores
};

} // namespace lb::sync::pop3
