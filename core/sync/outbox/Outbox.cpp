// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox/Outbox.h"

#include "common/Log.h"
#include "smtp/SmtpSession.h"
#include "store/Store.h"
#include "sync/outbox/AttemptVerdict.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync {

using store::OutboxEntry;
using store::OutboxRecipientState;
using store::OutboxState;

namespace {

const QString kInterrupted =
    u"Sending was interrupted (Letterbox stopped while the message was being handed to the "
    "server), so it may or may not have been sent. Retry only if the recipients did not get it."_s;

OutboxItemResult itemOf(const OutboxEntry &entry)
{
    OutboxItemResult item{entry.id, entry.messageId, entry.state, entry.lastError, {}, {}};
    for (const store::OutboxRecipient &recipient : entry.recipients) {
        if (recipient.state == OutboxRecipientState::Accepted)
            item.acceptedBy << recipient.address;
        else
            item.notDeliveredTo << recipient.address;
    }
    return item;
}

void report(const SyncRequest &request, qint64 done, qint64 total)
{
    if (!request.progress)
        return;
    SyncProgress progress;
    progress.account = request.account;
    progress.phase = SyncProgress::Phase::Sending;
    progress.folder = u"Outbox"_s;
    progress.done = done;
    progress.total = total;
    request.progress(progress);
}

bool cancelled(const SyncRequest &request)
{
    return request.cancel && request.cancel->load();
}

Result<void> openSession(smtp::SmtpSession &session, const accounts::ServerSettings &smtp,
                         const QString &password)
{
    if (auto opened = session.open(smtp.endpoint()); !opened)
        return opened;
    if (smtp.user.isEmpty())
        return Ok{};
    return session.authenticate(smtp.user, password);
}

} // namespace

const OutboxItemResult *OutboxReport::item(store::OutboxId id) const
{
    for (const OutboxItemResult &result : items) {
        if (result.id == id)
            return &result;
    }
    return nullptr;
}

Outbox::Outbox(store::Store &store) : m_store(store) {}

Result<store::OutboxId> Outbox::enqueue(AccountId account, const mime::ComposedMessage &message)
{
    if (message.envelopeRecipients.isEmpty())
        return inputError(u"The message has no recipients."_s);
    OutboxEntry entry;
    entry.account = account;
    entry.messageId = QString::fromLatin1(message.messageId);
    entry.envelopeFrom = message.envelopeFrom;
    for (const QString &address : message.envelopeRecipients)
        entry.recipients.push_back({address, OutboxRecipientState::Pending, {}});
    entry.needsSmtpUtf8 = message.needsSmtpUtf8;
    entry.needs8BitMime = message.needs8BitMime;
    auto id = m_store.addToOutbox(entry, message.bytes);
    if (!id)
        return id.error();
    // The user pressed Send: the message must survive even a power cut from here on.
    if (auto durable = m_store.durableCheckpoint(); !durable)
        return durable.error();
    return id;
}

Result<std::vector<OutboxEntry>> Outbox::entries(AccountId account)
{
    return m_store.outboxEntries(account);
}

Result<int> Outbox::retry(AccountId account)
{
    auto all = m_store.outboxEntries(account);
    if (!all)
        return all.error();
    int count = 0;
    for (const OutboxEntry &entry : *all) {
        if (entry.state != OutboxState::Failed && entry.state != OutboxState::Uncertain)
            continue;
        if (auto queued = m_store.setOutboxState(entry.id, OutboxState::Queued, entry.lastError);
            !queued)
            return queued.error();
        ++count;
    }
    return count;
}

Result<OutboxReport> Outbox::sendPending(const SyncRequest &request,
                                         const ServerSentHandler &serverSent)
{
    OutboxReport result;
    auto interrupted = m_store.markInterruptedSends(request.account, kInterrupted);
    if (!interrupted)
        return interrupted.error();
    result.interrupted = *interrupted;
    if (auto filed = fileDelivered(request, serverSent, result); !filed)
        return filed.error();

    auto all = m_store.outboxEntries(request.account);
    if (!all)
        return all.error();
    std::vector<OutboxEntry> queued;
    for (const OutboxEntry &entry : *all) {
        if (entry.state == OutboxState::Queued)
            queued.push_back(entry);
    }
    result.waiting = int(all->size());
    if (queued.empty())
        return result;
    if (!request.settings.smtp)
        return Error{ErrorScope::Account,
                     Remedy::AskUser,
                     u"The account %1 has no outgoing (SMTP) server."_s.arg(request.settings.name),
                     {}};

    report(request, 0, qint64(queued.size()));
    net::Connection connection;
    if (request.log)
        connection.setProtocolLog(request.log, u"smtp "_s + request.settings.name);
    smtp::SmtpSession session(connection);
    if (auto opened = openSession(session, *request.settings.smtp, request.password); !opened) {
        connection.close();
        if (auto recorded = recordSessionError(queued, opened.error(), result); !recorded)
            return recorded.error();
        return result;
    }
    for (std::size_t i = 0; i < queued.size(); ++i) {
        if (cancelled(request) || !connection.isOpen()) {
            // The rest stay Queued, untouched: they were never offered to the server.
            break;
        }
        auto item = sendOne(session, request, serverSent, queued[i]);
        if (!item)
            return item.error();
        result.items.push_back(*item);
        report(request, qint64(i + 1), qint64(queued.size()));
    }
    session.quit();
    auto left = m_store.outboxEntries(request.account);
    if (!left)
        return left.error();
    result.waiting = int(left->size());
    return result;
}

Result<OutboxItemResult> Outbox::sendOne(smtp::SmtpSession &session, const SyncRequest &request,
                                         const ServerSentHandler &serverSent,
                                         const OutboxEntry &entry)
{
    auto raw = m_store.outboxMessage(entry.id);
    if (!raw)
        return raw.error();
    smtp::Submission submission{{entry.envelopeFrom, {}}, *raw};
    std::vector<std::size_t> attempted;
    for (std::size_t i = 0; i < entry.recipients.size(); ++i) {
        if (entry.recipients[i].state == OutboxRecipientState::Accepted)
            continue;
        attempted.push_back(i);
        submission.envelope.recipients << entry.recipients[i].address;
    }
    // Committed and synced before DATA: a crash from here on leaves the entry in Sending,
    // which the next run turns into Uncertain instead of sending it again.
    const auto markSending = [&]() -> Result<void> {
        if (auto marked = m_store.setOutboxState(entry.id, OutboxState::Sending); !marked)
            return marked;
        return m_store.durableCheckpoint();
    };
    const smtp::SendResult sent = session.send(submission, markSending);
    const AttemptVerdict verdict = judgeAttempt(entry.recipients, attempted, sent);
    if (auto finished =
            m_store.finishOutboxAttempt(entry.id, verdict.state, verdict.error, verdict.recipients);
        !finished)
        return finished.error();
    qCInfo(lcSmtp) << "outbox" << entry.messageId << "->" << store::outboxStateText(verdict.state)
                   << verdict.error;

    OutboxEntry after = entry;
    after.state = verdict.state;
    after.lastError = verdict.error;
    after.recipients = verdict.recipients;
    OutboxItemResult item = itemOf(after);
    const bool reachedSomeone = !item.acceptedBy.isEmpty();
    if (verdict.state == OutboxState::Sent) {
        auto filed = fileCopy(request, serverSent, after);
        if (!filed)
            return filed.error();
    } else if (reachedSomeone && !keepsSentOnServer(request.settings)) {
        // Partly delivered: Sent shows what went out; the entry stays for the others.
        if (auto filed = fileInLocalSent(m_store, request.settings, after, *raw); !filed)
            return filed.error();
    }
    return item;
}

// Entries the server took earlier whose Sent copy is not filed yet (an interruption, or no
// server-Sent handler in that run).
Result<void> Outbox::fileDelivered(const SyncRequest &request, const ServerSentHandler &serverSent,
                                   OutboxReport &report)
{
    auto all = m_store.outboxEntries(request.account);
    if (!all)
        return all.error();
    for (const OutboxEntry &entry : *all) {
        if (entry.state != OutboxState::Sent)
            continue;
        auto filed = fileCopy(request, serverSent, entry);
        if (!filed)
            return filed.error();
        if (!*filed)
            report.warnings << u"%1 was sent; its copy for the Sent folder is still waiting."_s.arg(
                entry.messageId);
    }
    return Ok{};
}

// Files the copy of a delivered entry and then removes it. false: kept for a later run.
Result<bool> Outbox::fileCopy(const SyncRequest &request, const ServerSentHandler &serverSent,
                              const OutboxEntry &entry)
{
    auto raw = m_store.outboxMessage(entry.id);
    if (!raw)
        return raw.error();
    if (keepsSentOnServer(request.settings)) {
        if (!serverSent)
            return false;
        if (auto appended = serverSent(entry, *raw); !appended) {
            qCWarning(lcSmtp) << "Sent copy not filed:" << appended.error().toString();
            return false;
        }
    } else if (auto filed = fileInLocalSent(m_store, request.settings, entry, *raw); !filed) {
        return filed.error();
    }
    if (auto removed = m_store.removeFromOutbox(entry.id); !removed)
        return removed.error();
    return true;
}

Result<void> Outbox::recordSessionError(const std::vector<OutboxEntry> &queued, const Error &error,
                                        OutboxReport &report)
{
    report.sessionError = error.toString();
    const OutboxState state = stateAfterSessionError(error);
    for (const OutboxEntry &entry : queued) {
        if (auto recorded =
                m_store.finishOutboxAttempt(entry.id, state, report.sessionError, entry.recipients);
            !recorded)
            return recorded;
        OutboxEntry after = entry;
        after.state = state;
        after.lastError = report.sessionError;
        ++after.attempts;
        report.items.push_back(itemOf(after));
    }
    return Ok{};
}

} // namespace lb::sync
