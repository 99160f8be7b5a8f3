// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/Reply.h"
#include "smtp/ReplyError.h"

#include <QList>

namespace lb::smtp {

// What the server said to one RCPT TO (RFC 5321 section 3.3).
struct RecipientResult
{
    QString address;
    Reply reply;

    [[nodiscard]] bool accepted() const { return reply.isPositive(); }
};

enum class DeliveryOutcome
{
    Delivered,       // every recipient accepted and the message content accepted
    PartlyDelivered, // the message went out, but some recipients were rejected
    NotDelivered,    // no recipient accepted, or the message itself refused
};

// The result of one transaction. A session fills it in; a partial failure is reported as
// such, never as success, so the UI can tell the user who did not get the message.
struct DeliveryReport
{
    std::optional<Reply> mailFromReply;
    QList<RecipientResult> recipients;
    // The reply that decided the message: the one after the final "." or, when DATA itself
    // was refused, the reply to DATA. Absent when the transaction stopped earlier.
    std::optional<Reply> messageReply;
    std::uint64_t sizeLimit = 0; // for the sentences of size errors

    [[nodiscard]] QList<RecipientResult> accepted() const;
    [[nodiscard]] QList<RecipientResult> rejected() const;
    [[nodiscard]] DeliveryOutcome outcome() const;
    // Nothing when Delivered; otherwise one Error describing what failed and for whom.
    [[nodiscard]] std::optional<Error> error() const;
};

} // namespace lb::smtp
