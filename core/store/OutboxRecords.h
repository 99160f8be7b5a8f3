// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/StrongId.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

// Records of the Outbox: messages committed locally before they are sent.
namespace lb::store {

using OutboxId = StrongId<struct OutboxIdTag>;

// Where an outgoing message stands. `Sent` is brief: the server took it and a copy for the
// Sent folder is still to be filed; the row goes once that copy exists.
enum class OutboxState
{
    Queued,    // waits for the next send (new, offline, or a temporary failure)
    Sending,   // handed to the server; its final answer is not recorded yet
    Sent,      // delivered; waiting to be filed in Sent
    Failed,    // the server refused it for good: needs the user
    Uncertain, // found in Sending after an interruption: may or may not have gone out
};

// What the server said to one RCPT TO (RFC 5321 section 3.3).
enum class OutboxRecipientState
{
    Pending,  // not asked yet, or a temporary refusal: the next attempt tries again
    Accepted, // the server took the message for this recipient: never sent again
    Rejected, // refused for good
};

struct OutboxRecipient
{
    QString address;
    OutboxRecipientState state = OutboxRecipientState::Pending;
    QString reply; // the server's words, for the user
};

struct OutboxEntry
{
    OutboxId id; // ignored by addToOutbox
    AccountId account;
    QString messageId; // with angle brackets, as in the header
    QString envelopeFrom;
    std::vector<OutboxRecipient> recipients; // in envelope order
    bool needsSmtpUtf8 = false;
    bool needs8BitMime = false;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QString lastError;
    std::int64_t created = 0; // UTC seconds; set by addToOutbox when 0
    std::int64_t updated = 0;
    std::int64_t size = 0; // octets of the raw message (read back only)
};

[[nodiscard]] QString outboxStateText(OutboxState state); // "queued", "sending", ...
[[nodiscard]] OutboxState outboxStateFromText(const QString &text);

} // namespace lb::store
