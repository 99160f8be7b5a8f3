// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mime/compose/MessageComposer.h"
#include "store/OutboxRecords.h"
#include "sync/SyncRequest.h"
#include "sync/outbox/SentFiling.h"

#include <vector>

namespace lb::store {
class Store;
}
namespace lb::smtp {
class SmtpSession;
}

namespace lb::sync {

// What became of one Outbox entry in a run.
struct OutboxItemResult
{
    store::OutboxId id;
    QString messageId;
    store::OutboxState state = store::OutboxState::Queued; // Sent: delivered to everyone
    QString error;                                         // why not, in words
    QStringList acceptedBy;                                // every recipient who has it now
    QStringList notDeliveredTo;                            // the others
};

struct OutboxReport
{
    std::vector<OutboxItemResult> items; // the entries this run tried, in order
    int interrupted = 0;  // entries found in Sending (a crash around DATA), now Uncertain
    int waiting = 0;      // entries still in the Outbox after the run
    QString sessionError; // the connection or sign-in failure that stopped the run, if any
    QStringList warnings; // e.g. a delivered message that could not be filed in Sent yet

    [[nodiscard]] const OutboxItemResult *item(store::OutboxId id) const;
};

// The Outbox: a message to send is committed to the cache first (enqueue), then sent by
// sendPending; it stays until the server took it and a copy is in Sent. Nothing is lost on a
// crash, and nothing is sent twice: an entry found in Sending at the start of a run may have
// reached the server (SMTP cannot be asked), so it becomes Uncertain and waits for the user's
// explicit retry() instead of going out again on its own.
//
// Contract: uses the caller's Store on the caller's thread and blocks on the network like a
// sync engine. One run per account at a time (the account's worker, or the CLI): a second
// concurrent run would take the first one's Sending entries for interrupted ones.
class Outbox
{
public:
    explicit Outbox(store::Store &store);

    // Commits the message and its envelope, durably (one fsync), before anything is sent.
    [[nodiscard]] Result<store::OutboxId> enqueue(AccountId account,
                                                  const mime::ComposedMessage &message);

    // Sends every Queued entry of the account over one SMTP session. Delivered messages go
    // to Sent: the local Sent folder, or through `serverSent` for IMAP accounts that keep Sent
    // on the server (without it they stay in the Outbox as Sent until a run that has it).
    // Connection and sign-in failures are recorded on the entries and in the report; the
    // Result fails only when the cache does.
    [[nodiscard]] Result<OutboxReport> sendPending(const SyncRequest &request,
                                                   const ServerSentHandler &serverSent = {});

    // The user's explicit "send again" for Failed and Uncertain entries: they become Queued
    // (recipients who already accepted the message are kept out). Returns how many.
    [[nodiscard]] Result<int> retry(AccountId account);

    [[nodiscard]] Result<std::vector<store::OutboxEntry>> entries(AccountId account);

private:
    [[nodiscard]] Result<OutboxItemResult> sendOne(smtp::SmtpSession &session,
                                                   const SyncRequest &request,
                                                   const ServerSentHandler &serverSent,
                                                   const store::OutboxEntry &entry);
    [[nodiscard]] Result<void> fileDelivered(const SyncRequest &request,
                                             const ServerSentHandler &serverSent,
                                             OutboxReport &report);
    [[nodiscard]] Result<bool> fileCopy(const SyncRequest &request,
                                        const ServerSentHandler &serverSent,
                                        const store::OutboxEntry &entry);
    [[nodiscard]] Result<void> recordSessionError(const std::vector<store::OutboxEntry> &queued,
                                                  const Error &error, OutboxReport &report);

    store::Store &m_store;
};

} // namespace lb::sync
