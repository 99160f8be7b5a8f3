// SPDX-License-Identifier: GPL-3.0-or-later
// letterbox-cli send --account NAME --to ADDR [--to ADDR...] [--cc ADDR...] [--bcc ADDR...]
//     --subject TEXT [--attach FILE...] [--body FILE] [--password-stdin | --password-file FILE]
#include "Commands.h"
#include "PasswordInput.h"

#include "accounts/AccountRepository.h"
#include "accounts/CredentialStore.h"
#include "common/DataDir.h"
#include "mime/compose/MessageComposer.h"
#include "store/Store.h"
#include "sync/actions/ServerSentFiler.h"
#include "sync/outbox/Outbox.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#include <cstdio>

namespace lb::cli {
namespace {

using namespace Qt::Literals::StringLiterals;

// Whatever is left on stdin after the password line (readPassword reads through C stdio, so
// the rest must come from the same buffer).
QByteArray restOfStdin()
{
    QByteArray bytes;
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
        bytes.append(buffer, qsizetype(n));
    return bytes;
}

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inputError(u"cannot read the %1 %2: %3"_s.arg(what, path, file.errorString()));
    return file.readAll();
}

std::vector<mime::Mailbox> mailboxes(const QStringList &addresses)
{
    std::vector<mime::Mailbox> out;
    for (const QString &address : addresses)
        out.push_back({{}, address.trimmed()});
    return out;
}

Result<std::vector<mime::Attachment>> attachmentsFrom(const QStringList &paths)
{
    std::vector<mime::Attachment> out;
    const QMimeDatabase types;
    for (const QString &path : paths) {
        auto data = readFile(path, u"attachment"_s);
        if (!data)
            return data.error();
        out.push_back(
            {QFileInfo(path).fileName(), types.mimeTypeForFile(path).name().toLatin1(), *data, {}});
    }
    return out;
}

// The message as the user described it on the command line; the body comes from --body
// FILE, else from the rest of stdin.
Result<mime::OutgoingMessage> messageFromArgs(CliContext &ctx,
                                              const accounts::AccountSettings &account)
{
    mime::OutgoingMessage message;
    message.from = {account.displayName, account.email};
    message.to = mailboxes(ctx.options(u"--to"_s));
    message.cc = mailboxes(ctx.options(u"--cc"_s));
    message.bcc = mailboxes(ctx.options(u"--bcc"_s));
    message.subject = ctx.option(u"--subject"_s);
    const QString bodyFile = ctx.option(u"--body"_s);
    QByteArray body;
    if (bodyFile.isEmpty()) {
        body = restOfStdin();
    } else {
        auto read = readFile(bodyFile, u"body file"_s);
        if (!read)
            return read.error();
        body = *read;
    }
    message.text = QString::fromUtf8(body);
    auto attachments = attachmentsFrom(ctx.options(u"--attach"_s));
    if (!attachments)
        return attachments.error();
    message.attachments = std::move(*attachments);
    return message;
}

void printOutcome(CliContext &ctx, const sync::OutboxItemResult &item)
{
    if (!item.acceptedBy.isEmpty())
        ctx.out() << "Delivered to " << item.acceptedBy.join(u", "_s) << '\n';
    if (!item.notDeliveredTo.isEmpty())
        ctx.out() << "Not delivered to " << item.notDeliveredTo.join(u", "_s) << " ("
                  << store::outboxStateText(item.state) << ", kept in the Outbox)\n";
    ctx.out().flush();
}

int send(CliContext &ctx)
{
    const QString name = ctx.option(u"--account"_s);
    if (name.isEmpty() || !ctx.args().contains(u"--subject"_s) ||
        (ctx.options(u"--to"_s) + ctx.options(u"--cc"_s) + ctx.options(u"--bcc"_s)).isEmpty())
        return ctx.fail(u"usage: letterbox-cli send --account NAME --to ADDR [--cc ADDR] "
                        u"--subject TEXT [--attach FILE] [--body FILE]"_s,
                        2);
    auto store = store::Store::open(cacheFilePath(ctx.dataDir()));
    if (!store)
        return ctx.fail(store.error().toString());
    auto found = accounts::AccountRepository(*store).byName(name);
    if (!found)
        return ctx.fail(found.error().toString());
    if (!found->has_value())
        return ctx.fail(u"no account named \"%1\""_s.arg(name));
    const accounts::StoredAccount account = **found;
    if (!account.settings.smtp)
        return ctx.fail(
            u"the account %1 has no outgoing server: add one with --smtp-host"_s.arg(name));

    auto given = readPassword(ctx);
    if (!given)
        return ctx.fail(given.error().message);
    auto password = smtpPassword(account.settings, *given);
    if (!password)
        return ctx.fail(password.error().message);
    auto message = messageFromArgs(ctx, account.settings);
    if (!message)
        return ctx.fail(message.error().message);
    auto composed = mime::composeMessage(*message);
    if (!composed)
        return ctx.fail(composed.error().message);

    sync::Outbox outbox(*store);
    auto id = outbox.enqueue(account.id, *composed);
    if (!id)
        return ctx.fail(id.error().toString());
    ctx.out() << composed->messageId << '\n';
    ctx.out().flush();

    sync::SyncRequest request;
    request.account = account.id;
    request.settings = account.settings;
    request.password = *password;
    request.store = &*store;
    request.progress = [&ctx, name](const sync::SyncProgress &p) {
        ctx.err() << name << ": " << sync::describe(p) << '\n';
        ctx.err().flush();
    };
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
        return ctx.fail(report.error().toString());
    const sync::OutboxItemResult *item = report->item(*id);
    if (!item)
        return ctx.fail(u"not sent: %1"_s.arg(report->sessionError.isEmpty()
                                                  ? u"the message is waiting in the Outbox"_s
                                                  : report->sessionError));
    printOutcome(ctx, *item);
    if (item->state != store::OutboxState::Sent)
        return ctx.fail(
            u"not sent (%1): %2"_s.arg(store::outboxStateText(item->state), item->error));
    return 0;
}

const CommandRegistration registration(
    u"send"_s,
    u"send --account NAME --to ADDR [--cc ADDR] --subject TEXT [--attach FILE] [--body FILE]"
    u"   compose and send (body from FILE or stdin)"_s,
    send);

} // namespace
} // namespace lb::cli
