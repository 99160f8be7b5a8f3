// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/Delivery.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace lb::smtp {

namespace {

QString listRejections(const QList<RecipientResult> &rejected)
{
    QStringList parts;
    for (const RecipientResult &result : rejected)
        parts.append(u"%1 (%2)"_s.arg(result.address, result.reply.summary()));
    return parts.join(u"; "_s);
}

} // namespace

QList<RecipientResult> DeliveryReport::accepted() const
{
    QList<RecipientResult> result;
    for (const RecipientResult &recipient : recipients) {
        if (recipient.accepted())
            result.append(recipient);
    }
    return result;
}

QList<RecipientResult> DeliveryReport::rejected() const
{
    QList<RecipientResult> result;
    for (const RecipientResult &recipient : recipients) {
        if (!recipient.accepted())
            result.append(recipient);
    }
    return result;
}

DeliveryOutcome DeliveryReport::outcome() const
{
    if (!mailFromReply || !mailFromReply->isPositive() || !messageReply ||
        !messageReply->isPositive() || accepted().isEmpty())
        return DeliveryOutcome::NotDelivered;
    return rejected().isEmpty() ? DeliveryOutcome::Delivered : DeliveryOutcome::PartlyDelivered;
}

std::optional<Error> DeliveryReport::error() const
{
    const QList<RecipientResult> refused = rejected();
    switch (outcome()) {
    case DeliveryOutcome::Delivered:
        return std::nullopt;
    case DeliveryOutcome::PartlyDelivered:
        return Error{
            ErrorScope::Message, Remedy::AskUser,
            u"The message was sent, but %1 of %2 recipients were rejected."_s.arg(refused.size())
                .arg(recipients.size()),
            listRejections(refused)};
    case DeliveryOutcome::NotDelivered:
        break;
    }
    if (mailFromReply && !mailFromReply->isPositive())
        return translateReply(*mailFromReply, {Stage::MailFrom, sizeLimit, {}});
    if (!recipients.isEmpty() && accepted().isEmpty()) {
        if (refused.size() == 1)
            return translateReply(refused.first().reply,
                                  {Stage::RcptTo, sizeLimit, refused.first().address});
        return Error{
            ErrorScope::Message, Remedy::AskUser,
            u"The message was not sent: all %1 recipients were rejected."_s.arg(refused.size()),
            listRejections(refused)};
    }
    if (messageReply && !messageReply->isPositive() && !messageReply->isIntermediate())
        return translateReply(*messageReply, {Stage::MessageContent, sizeLimit, {}});
    return Error{ErrorScope::Message,
                 Remedy::RetryLater,
                 u"The message was not sent: the transaction did not finish."_s,
                 {}};
}

} // namespace lb::smtp
