// SPDX-License-Identifier: GPL-3.0-or-later
// SmtpSession::send(): one mail transaction (RFC 5321 section 3.3), pipelined per RFC 2920.
#include "smtp/SmtpSession.h"

#include "common/Log.h"
#include "smtp/CommandBuilder.h"
#include "smtp/DotStuffing.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::smtp {

namespace {

Error cannotSend(const QString &sentence)
{
    return Error{ErrorScope::Message, Remedy::AskUser, sentence, {}};
}

bool anyAccepted(const DeliveryReport &report)
{
    return !report.accepted().isEmpty();
}

} // namespace

SendResult SmtpSession::send(const Submission &submission, const BeforeData &beforeData)
{
    SendResult result;
    result.report.sizeLimit = m_capabilities.sizeLimit;
    auto planned = plan(submission);
    if (!planned) {
        result.error = planned.error();
        return result;
    }
    auto envelope = sendEnvelope(submission, *planned, beforeData, result);
    if (!envelope) {
        result.error = envelope.error();
        if (m_connection.isOpen())
            resetAfterFailure();
        return result;
    }
    if (result.report.messageReply || !result.report.mailFromReply ||
        !result.report.mailFromReply->isPositive() || !anyAccepted(result.report)) {
        resetAfterFailure(); // refused before the content: nothing went out
        return result;
    }
    if (auto content = sendContent(submission, result); !content)
        result.error = content.error();
    return result;
}

// Everything that can be decided before MAIL FROM (RFC 1870 section 6, RFC 6531, RFC 6152).
Result<TransferPlan> SmtpSession::plan(const Submission &submission)
{
    auto planned = planTransfer(m_capabilities, submission.envelope,
                                MessageTraits::inspect(submission.message));
    if (!planned)
        return planned.error();
    if (planned->mustReencodeHeaders)
        return cannotSend(u"The message has non-ASCII header text, which this server cannot "
                          "accept (it does not offer SMTPUTF8)."_s);
    if (planned->mustReencodeBody)
        return cannotSend(u"The message holds 8-bit data, which this server cannot accept (it "
                          "does not offer 8BITMIME)."_s);
    return planned;
}

// MAIL, RCPT for every recipient, DATA: in one write under PIPELINING, else one at a time.
// On return, the report holds every reply received; messageReply is set when DATA itself was
// refused. The content goes only when MAIL, at least one RCPT and DATA (354) succeeded.
Result<void> SmtpSession::sendEnvelope(const Submission &submission, const TransferPlan &plan,
                                       const BeforeData &beforeData, SendResult &result)
{
    auto mail = CommandBuilder::mailFrom(submission.envelope.from, plan.mail);
    if (!mail)
        return mail.error();
    QList<Command> rcpts;
    for (const QString &address : submission.envelope.recipients) {
        auto rcpt = CommandBuilder::rcptTo(address);
        if (!rcpt)
            return rcpt.error();
        rcpts.append(*rcpt);
    }
    DeliveryReport &report = result.report;
    const bool pipelined = m_capabilities.pipelining;
    if (pipelined) {
        if (beforeData) {
            if (auto ready = beforeData(); !ready)
                return ready.error();
        }
        QList<Command> batch{*mail};
        batch += rcpts;
        batch.append(CommandBuilder::data());
        if (auto written = writeBatch(batch); !written)
            return written;
    } else if (auto written = write(*mail); !written) {
        return written;
    }

    auto mailReply = readReply();
    if (!mailReply)
        return mailReply.error();
    report.mailFromReply = *mailReply;
    if (!pipelined && !mailReply->isPositive())
        return Ok{};

    for (qsizetype i = 0; i < rcpts.size(); ++i) {
        if (!pipelined) {
            if (auto written = write(rcpts[i]); !written)
                return written;
        }
        auto reply = readReply();
        if (!reply)
            return reply.error();
        report.recipients.append({submission.envelope.recipients[i], *reply});
    }

    if (!pipelined) {
        if (!anyAccepted(report))
            return Ok{};
        if (beforeData) {
            if (auto ready = beforeData(); !ready)
                return ready.error();
        }
        if (auto written = write(CommandBuilder::data()); !written)
            return written;
    }
    auto dataReply = readReply();
    if (!dataReply)
        return dataReply.error();
    if (dataReply->code != 354) {
        report.messageReply = *dataReply;
        return Ok{};
    }
    if (!mailReply->isPositive() || !anyAccepted(report)) {
        // RFC 2920 section 3.1: DATA was accepted although nobody can receive the message;
        // end it empty so the server does not wait for content.
        if (auto written = m_connection.write(".\r\n"); !written)
            return Error(written.error());
        auto ended = readReply();
        if (!ended)
            return ended.error();
        report.messageReply = *ended;
    }
    return Ok{};
}

Result<void> SmtpSession::sendContent(const Submission &submission, SendResult &result)
{
    const QByteArray stuffed = dotStuff(submission.message);
    const QByteArray logAs =
        "<message data, " + QByteArray::number(submission.message.size()) + " octets>";
    result.contentSent = true;
    if (auto written = m_connection.writeSecret(stuffed, logAs); !written)
        return Error(written.error());
    auto reply = readReply(FinalReplyTimeout);
    if (!reply)
        return reply.error();
    result.report.messageReply = *reply;
    qCDebug(lcSmtp) << "message" << submission.message.size() << "octets:" << reply->summary();
    return Ok{};
}

// RFC 5321 section 4.1.1.5: RSET abandons the transaction so the session can send another.
void SmtpSession::resetAfterFailure()
{
    if (!m_connection.isOpen())
        return;
    auto reply = command(CommandBuilder::rset());
    if (!reply || !reply->isPositive())
        m_connection.close();
}

} // namespace lb::smtp
