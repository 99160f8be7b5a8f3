// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/SmtpSession.h"
#include "store/OutboxRecords.h"

#include <vector>

namespace lb::sync {

// What one attempt means for an Outbox entry: its next state, the reason to show, and each
// recipient's updated answer.
struct AttemptVerdict
{
    store::OutboxState state = store::OutboxState::Queued;
    QString error; // empty when delivered to everyone
    std::vector<store::OutboxRecipient> recipients;
};

// The policy, in one place:
// - Delivered to everyone asked, and nobody left: Sent.
// - The connection broke after message octets left us: Uncertain. SMTP has no idempotency,
//   so the server may have the message although we never heard its final reply; sending
//   again could deliver it twice, and a duplicate is worse than a question to the user.
// - Anything that stopped the transaction before the content: Queued when it may pass by
//   itself (network, 4xx), Failed when the user must act (5xx, bad settings, too large).
// - Some recipients refused: those who accepted are never sent to again; the entry is
//   Failed when a refusal was permanent, else Queued for the temporary ones.
// `attempted` lists the positions in `before` that this attempt addressed, in the order of
// the submission's envelope.
[[nodiscard]] AttemptVerdict judgeAttempt(const std::vector<store::OutboxRecipient> &before,
                                          const std::vector<std::size_t> &attempted,
                                          const smtp::SendResult &result);

// The same for an error that ended the session before this entry's transaction began
// (connect, TLS, sign-in): the message itself is unchanged.
[[nodiscard]] store::OutboxState stateAfterSessionError(const Error &error);

} // namespace lb::sync
