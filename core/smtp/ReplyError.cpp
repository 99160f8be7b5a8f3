// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/ReplyError.h"

#include "smtp/TransferPlan.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::smtp {

namespace {

struct Verdict
{
    ErrorScope scope;
    Remedy remedy;
    QString sentence;
};

bool aboutMessage(Stage stage)
{
    return stage == Stage::MailFrom || stage == Stage::RcptTo || stage == Stage::Data ||
           stage == Stage::MessageContent;
}

bool hasEnhanced(const Reply &reply, int subject, int detail)
{
    return reply.enhanced && reply.enhanced->subject == subject && reply.enhanced->detail == detail;
}

bool hasSubject(const Reply &reply, int subject)
{
    return reply.enhanced && reply.enhanced->subject == subject;
}

QString tooLarge(const ReplyContext &context)
{
    if (context.sizeLimit > 0)
        return u"Message too large for this server: limit %1."_s.arg(
            formatMegabytes(context.sizeLimit));
    return u"Message too large for this server."_s;
}

QString recipient(const ReplyContext &context)
{
    return context.address.isEmpty() ? u"the recipient"_s : context.address;
}

// Sign-in and security replies (RFC 4954 section 6, RFC 3207 section 4).
std::optional<Verdict> securityVerdict(const Reply &reply, const ReplyContext &context)
{
    const int code = reply.code;
    if (code == 535 || hasEnhanced(reply, 7, 8))
        return Verdict{ErrorScope::Account, Remedy::AskUser,
                       u"The server refused the user name or password."_s};
    if (code == 534 || hasEnhanced(reply, 7, 9))
        return Verdict{ErrorScope::Account, Remedy::AskUser,
                       u"The server requires a stronger sign-in method."_s};
    if (code == 538 || hasEnhanced(reply, 7, 11))
        return Verdict{ErrorScope::Account, Remedy::AskUser,
                       u"The server requires an encrypted connection to sign in."_s};
    if (code == 432 || hasEnhanced(reply, 7, 12))
        return Verdict{ErrorScope::Account, Remedy::AskUser,
                       u"The server asks for a password change before signing in."_s};
    if (code == 530 ||
        (hasEnhanced(reply, 7, 0) && reply.isPermanent() && aboutMessage(context.stage)))
        return Verdict{ErrorScope::Account, Remedy::AskUser,
                       u"The server requires signing in before sending mail."_s};
    if (context.stage == Stage::StartTls)
        return Verdict{ErrorScope::Connection,
                       reply.isTransient() ? Remedy::RetryLater : Remedy::AskUser,
                       u"The server could not start an encrypted connection."_s};
    if (context.stage == Stage::Auth && reply.isTransient())
        return Verdict{ErrorScope::Account, Remedy::RetryLater,
                       u"The server could not check the password right now."_s};
    if (context.stage == Stage::Auth && (code == 502 || code == 504))
        return Verdict{ErrorScope::Account, Remedy::AskUser,
                       u"The server does not support this sign-in method."_s};
    return std::nullopt;
}

// Replies about this message or its recipients (RFC 3463 sections 3.2, 3.3, 3.4, 3.8).
std::optional<Verdict> messageVerdict(const Reply &reply, const ReplyContext &context)
{
    const Remedy remedy = reply.isTransient() ? Remedy::RetryLater : Remedy::AskUser;
    const bool rcpt = context.stage == Stage::RcptTo;
    if (hasEnhanced(reply, 3, 4) || (reply.code == 552 && !rcpt && !hasEnhanced(reply, 2, 2)))
        return Verdict{ErrorScope::Message, Remedy::AskUser, tooLarge(context)};
    if (hasEnhanced(reply, 2, 2) ||
        (rcpt && (reply.code == 552 || reply.code == 452) && !hasEnhanced(reply, 5, 3)))
        return Verdict{ErrorScope::Message, remedy,
                       u"Mailbox full: %1 cannot receive more mail."_s.arg(recipient(context))};
    if (hasEnhanced(reply, 5, 3))
        return Verdict{ErrorScope::Message, Remedy::RetryLater,
                       u"Too many recipients for one message."_s};
    if (rcpt && reply.isPermanent() && (hasEnhanced(reply, 7, 1) || reply.code == 554))
        return Verdict{ErrorScope::Message, remedy,
                       u"Recipient address rejected: the server will not deliver to %1."_s.arg(
                           recipient(context))};
    if (rcpt && reply.isPermanent())
        return Verdict{ErrorScope::Message, remedy,
                       u"Recipient address rejected: %1."_s.arg(recipient(context))};
    if (context.stage == Stage::MailFrom && (hasSubject(reply, 1) || reply.code == 553))
        return Verdict{ErrorScope::Account, Remedy::AskUser,
                       u"The server refused the sender address %1."_s.arg(context.address)};
    if (hasSubject(reply, 7) && reply.isPermanent())
        return Verdict{ErrorScope::Message, remedy,
                       u"The server refused the message for policy reasons (for example, it "
                       "looked like spam)."_s};
    return std::nullopt;
}

Verdict genericVerdict(const Reply &reply, const ReplyContext &context)
{
    const bool message = aboutMessage(context.stage);
    const ErrorScope scope = message ? ErrorScope::Message : ErrorScope::Connection;
    if (reply.code == 421)
        return {ErrorScope::Connection, Remedy::RetryLater,
                u"The server is not available right now and closed the connection."_s};
    if (reply.isTransient())
        return {scope, Remedy::RetryLater,
                message ? u"The server could not take the message right now."_s
                        : u"The server is temporarily unable to proceed."_s};
    if (context.stage == Stage::Greeting)
        return {ErrorScope::Connection, Remedy::AskUser, u"The server refused the connection."_s};
    if (message)
        return {scope, Remedy::AskUser, u"The server rejected the message."_s};
    return {scope, Remedy::AskUser, u"The server refused a command."_s};
}

} // namespace

Error translateReply(const Reply &reply, const ReplyContext &context)
{
    if (reply.isPositive() || reply.isIntermediate())
        return Error{ErrorScope::Connection, Remedy::RetryLater,
                     u"The server gave an unexpected reply."_s, reply.summary()};
    std::optional<Verdict> verdict = securityVerdict(reply, context);
    if (!verdict && aboutMessage(context.stage))
        verdict = messageVerdict(reply, context);
    if (!verdict)
        verdict = genericVerdict(reply, context);
    return Error{verdict->scope, verdict->remedy, verdict->sentence, reply.summary()};
}

} // namespace lb::smtp
