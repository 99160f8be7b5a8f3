// SPDX-License-Identifier: GPL-3.0-or-later
// letterbox-cli outbox NAME [--retry] [--json] [--password-stdin | --password-file FILE]
#include "Commands.h"
#include "PasswordInput.h"

#include "accounts/AccountRepository.h"
#include "accounts/CredentialStore.h"
#include "common/DataDir.h"
#include "store/Store.h"
#include "sync/actions/ServerSentFiler.h"
#include "sync/outbox/Outbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lb::cli {
namespace {

using namespace Qt::Literals::StringLiterals;
using store::OutboxEntry;

QString recipientStateText(store::OutboxRecipientState state)
{
    switch (state) {
    case store::OutboxRecipientState::Accepted:
        return u"accepted"_s;
    case store::OutboxRecipientState::Rejected:
        return u"rejected"_s;
    case store::OutboxRecipientState::Pending:
        break;
    }
    return u"pending"_s;
}

QJsonObject entryJson(const OutboxEntry &entry)
{
    QJsonArray recipients;
    for (const store::OutboxRecipient &r : entry.recipients)
        recipients.append(QJsonObject{{u"address"_s, r.address},
                                      {u"state"_s, recipientStateText(r.state)},
                                      {u"reply"_s, r.reply}});
    return QJsonObject{
        {u"message_id"_s, entry.messageId},
        {u"state"_s, store::outboxStateText(entry.state)},
        {u"attempts"_s, entry.attempts},
        {u"created"_s, QDateTime::fromSecsSinceEpoch(entry.created, Qt::UTC).toString(Qt::ISODate)},
        {u"size"_s, qint64(entry.size)},
        {u"last_error"_s, entry.lastError},
        {u"recipients"_s, recipients},
    };
}

void printEntry(CliContext &ctx, const OutboxEntry &entry)
{
    if (ctx.hasFlag(u"--json"_s)) {
        ctx.out() << QJsonDocument(entryJson(entry)).toJson(QJsonDocument::Compact) << '\n';
        return;
    }
    QStringList waitingFor;
    for (const store::OutboxRecipient &r : entry.recipients) {
        if (r.state != store::OutboxRecipientState::Accepted)
            waitingFor << r.address;
    }
    ctx.out() << store::outboxStateText(entry.state) << '\t' << entry.messageId << '\t'
              << (waitingFor.isEmpty() ? u"(delivered; Sent copy pending)"_s
                                       : waitingFor.join(u", "_s))
              << '\t' << entry.attempts << " attempts";
    if (!entry.lastError.isEmpty())
        ctx.out() << '\t' << entry.lastError;
    ctx.out() << '\n';
}

// --retry: Failed and Uncertain entries go back to Queued and everything queued is sent.
// Returns the reason of the last message that still did not go, or an empty string.
Result<QString> retryAll(CliContext &ctx, store::Store &store,
                         const accounts::StoredAccount &account)
{
    auto given = readPassword(ctx);
    if (!given)
        return given.error();
    auto password = smtpPassword(account.settings, *given);
    if (!password)
        return password.error();
    sync::Outbox outbox(store);
    auto retried = outbox.retry(account.id);
    if (!retried)
        return retried.error();
    sync::SyncRequest request;
    request.account = account.id;
    request.settings = account.settings;
    request.password = *password;
    request.store = &store;
    // IMAP accounts that keep Sent on the server sign in there with the given password, else
    // the stored one (an SMTP server without sign-in needs none of its own).
    sync::SyncRequest imap = request;
    if (!given->has_value() && imap.password.isEmpty()) {
        if (auto stored = accounts::CredentialStore().load(account.settings.name))
            imap.password = *stored;
    }
    sync::ServerSentFiler sentFiler(imap);
    auto report = outbox.sendPending(request, sentFiler.handler());
    if (!report)
        return report.error();
    QString lastReason;
    for (const sync::OutboxItemResult &item : report->items) {
        if (item.state == store::OutboxState::Sent) {
            ctx.err() << "sent " << item.messageId << '\n';
            continue;
        }
        lastReason = u"%1 not sent (%2): %3"_s.arg(item.messageId,
                                                   store::outboxStateText(item.state), item.error);
        ctx.err() << lastReason << '\n';
    }
    ctx.err().flush();
    return lastReason;
}

int outbox(CliContext &ctx)
{
    const QStringList names = ctx.positional({u"--password-file"_s});
    if (names.size() != 1)
        return ctx.fail(u"usage: letterbox-cli outbox NAME [--retry] [--json]"_s, 2);
    auto store = store::Store::open(cacheFilePath(ctx.dataDir()));
    if (!store)
        return ctx.fail(store.error().toString());
    auto found = accounts::AccountRepository(*store).byName(names.first());
    if (!found)
        return ctx.fail(found.error().toString());
    if (!found->has_value())
        return ctx.fail(u"no account named \"%1\""_s.arg(names.first()));
    const accounts::StoredAccount account = **found;

    QString failure;
    if (ctx.hasFlag(u"--retry"_s)) {
        auto retried = retryAll(ctx, *store, account);
        if (!retried)
            return ctx.fail(retried.error().toString());
        failure = *retried;
    }
    auto entries = sync::Outbox(*store).entries(account.id);
    if (!entries)
        return ctx.fail(entries.error().toString());
    for (const OutboxEntry &entry : *entries)
        printEntry(ctx, entry);
    if (!failure.isEmpty())
        return ctx.fail(failure);
    return 0;
}

const CommandRegistration registration(
    u"outbox"_s,
    u"outbox NAME [--retry] [--json]   messages waiting to be sent; --retry sends them again"_s,
    outbox);

} // namespace
} // namespace lb::cli
