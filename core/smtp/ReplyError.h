// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "smtp/Reply.h"

#include <cstdint>

namespace lb::smtp {

// Which step of a submission a reply answered: the same code means different things at
// different steps (552 at RCPT is a full mailbox, after DATA a message too large).
enum class Stage
{
    Greeting,
    Ehlo,
    StartTls,
    Auth,
    MailFrom,
    RcptTo,
    Data,           // the reply to the DATA command itself
    MessageContent, // the reply after the final "."
    Reset,
    Quit,
};

struct ReplyContext
{
    Stage stage = Stage::Greeting;
    std::uint64_t sizeLimit = 0; // the server's SIZE limit if known, for a better sentence
    QString address;             // the recipient (RcptTo) or sender (MailFrom) concerned
};

// Turns a negative reply into an Error with a sentence for a person; the reply's own words
// ("535 5.7.8 ...") go into serverText. 4xx replies get Remedy::RetryLater; 5xx replies
// AskUser, scoped to the message when it is about this message or its recipients.
[[nodiscard]] Error translateReply(const Reply &reply, const ReplyContext &context);

} // namespace lb::smtp
