// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox/AttemptVerdict.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync {

using store::OutboxRecipientState;
using store::OutboxState;

namespace {

bool mayPassByItself(const Error &error)
{
    return error.scope == ErrorScope::Connection || error.scope == ErrorScope::Cancelled ||
           error.remedy == Remedy::RetryLater || error.remedy == Remedy::RetryNow;
}

bool messageAccepted(const smtp::DeliveryReport &report)
{
    return report.mailFromReply && report.mailFromReply->isPositive() && report.messageReply &&
           report.messageReply->isPositive();
}

} // namespace

OutboxState stateAfterSessionError(const Error &error)
{
    return mayPassByItself(error) ? OutboxState::Queued : OutboxState::Failed;
}

AttemptVerdict judgeAttempt(const std::vector<store::OutboxRecipient> &before,
                            const std::vector<std::size_t> &attempted,
                            const smtp::SendResult &result)
{
    AttemptVerdict verdict;
    verdict.recipients = before;
    if (result.error) {
        if (result.contentSent) {
            verdict.state = OutboxState::Uncertain;
            verdict.error =
                u"The connection ended before the server confirmed the message, so it may or "
                "may not have been sent. Retry only if the recipients did not get it: %1"_s.arg(
                    result.error->toString());
            return verdict;
        }
        verdict.state = stateAfterSessionError(*result.error);
        verdict.error = result.error->toString();
        return verdict;
    }

    const smtp::DeliveryReport &report = result.report;
    const bool accepted = messageAccepted(report);
    bool permanentRefusal = false;
    for (std::size_t i = 0; i < attempted.size() && qsizetype(i) < report.recipients.size(); ++i) {
        const smtp::RecipientResult &answer = report.recipients[qsizetype(i)];
        store::OutboxRecipient &recipient = verdict.recipients[attempted[i]];
        recipient.reply = answer.reply.summary();
        if (answer.accepted()) {
            recipient.state =
                accepted ? OutboxRecipientState::Accepted : OutboxRecipientState::Pending;
        } else if (answer.reply.isPermanent()) {
            recipient.state = OutboxRecipientState::Rejected;
            permanentRefusal = true;
        } else {
            recipient.state = OutboxRecipientState::Pending;
        }
    }

    const std::optional<Error> error = report.error();
    switch (report.outcome()) {
    case smtp::DeliveryOutcome::Delivered:
        verdict.state = OutboxState::Sent;
        return verdict;
    case smtp::DeliveryOutcome::PartlyDelivered:
        verdict.state = permanentRefusal ? OutboxState::Failed : OutboxState::Queued;
        break;
    case smtp::DeliveryOutcome::NotDelivered:
        verdict.state = (error && mayPassByItself(*error) && !permanentRefusal)
                            ? OutboxState::Queued
                            : OutboxState::Failed;
        break;
    }
    verdict.error = error ? error->toString() : u"The server did not take the message."_s;
    return verdict;
}

} // namespace lb::sync
