// SPDX-License-Identifier: GPL-3.0-or-later
// Commands about mailboxes as a whole: NAMESPACE, LIST, CREATE, RENAME, DELETE, QUOTA.
#include "imap/Session.h"

#include "imap/ModifiedUtf7.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace lb::imap {

Result<NamespaceData> Session::namespaces()
{
    if (!m_capabilities.has("NAMESPACE"))
        return NamespaceData{};
    Result<CommandResult> result =
        executeOk(m_builder.namespaceCommand(), u"reading the namespaces"_s);
    if (!result)
        return result.error();
    const QList<NamespaceData> data = result->all<NamespaceData>();
    return data.isEmpty() ? NamespaceData{} : data.front();
}

Result<QList<ListData>> Session::listMailboxes()
{
    // RFC 5258 LIST-EXTENDED gives subscription in one pass; RFC 6154 adds the roles.
    if (m_capabilities.has("LIST-EXTENDED")) {
        ListOptions options;
        options.subscribed = true;
        options.specialUse = m_capabilities.has("SPECIAL-USE");
        Result<CommandResult> result =
            executeOk(m_builder.list(QString(), u"*"_s, options), u"listing folders"_s);
        if (!result)
            return result.error();
        return result->all<ListData>();
    }
    // RFC 3501: LIST for the tree, LSUB for subscriptions, pipelined.
    Result<QByteArray> listTag = send(m_builder.list(QString(), u"*"_s));
    if (!listTag)
        return listTag.error();
    Result<QByteArray> lsubTag = send(
        m_builder.command("LSUB", {CommandArg::mailbox(QString()), CommandArg::mailbox(u"*"_s)}));
    if (!lsubTag)
        return lsubTag.error();
    Result<CommandResult> list = wait(*listTag);
    if (!list)
        return list.error();
    Result<CommandResult> lsub = wait(*lsubTag);
    if (!lsub)
        return lsub.error();
    if (!list->ok())
        return commandError(*list, u"listing folders"_s);
    QSet<QByteArray> subscribed;
    if (lsub->ok()) {
        for (const ListData &entry : lsub->all<ListData>())
            subscribed.insert(entry.mailbox.raw);
    }
    QList<ListData> out = list->all<ListData>();
    for (ListData &entry : out) {
        if (subscribed.contains(entry.mailbox.raw))
            entry.attributes |= MailboxAttribute::Subscribed;
    }
    return out;
}

Result<void> Session::createMailbox(const QString &name)
{
    Result<CommandResult> result = execute(m_builder.create(CommandArg::mailbox(name)));
    if (!result)
        return result.error();
    // RFC 5530: ALREADYEXISTS is what we wanted.
    if (!result->ok() && !result->hasCode(ResponseCode::Kind::AlreadyExists))
        return commandError(*result, u"creating %1"_s.arg(name));
    return subscribe(name);
}

Result<void> Session::renameMailbox(const QString &from, const QString &to)
{
    Result<CommandResult> result =
        executeOk(m_builder.rename(CommandArg::mailbox(from), CommandArg::mailbox(to)),
                  u"renaming %1 to %2"_s.arg(from, to));
    if (!result)
        return result.error();
    return subscribe(to);
}

Result<void> Session::deleteMailbox(const QString &name)
{
    if (m_mailbox.isSelected() && m_mailbox.mailbox() == encodeModifiedUtf7(name)) {
        // Some servers (Dovecot) end the session when the selected mailbox is deleted. Leave it
        // first, without CLOSE: that would expunge its \Deleted messages (RFC 9051 6.4.2).
        Result<CommandResult> left =
            m_capabilities.has("UNSELECT")
                ? executeOk(m_builder.unselect(), u"leaving %1"_s.arg(name))
                : executeOk(m_builder.select(CommandArg::mailbox(u"INBOX"_s), {.readOnly = true}),
                            u"leaving %1"_s.arg(name));
        if (!left)
            return left.error();
        m_mailbox.close();
        m_state = SessionState::Authenticated;
    }
    Result<CommandResult> result =
        executeOk(m_builder.deleteMailbox(CommandArg::mailbox(name)), u"deleting %1"_s.arg(name));
    if (!result)
        return result.error();
    (void)execute(m_builder.unsubscribe(CommandArg::mailbox(name)));
    return Ok{};
}

Result<void> Session::subscribe(const QString &name, bool subscribed)
{
    const CommandArg mailbox = CommandArg::mailbox(name);
    Result<CommandResult> result =
        executeOk(subscribed ? m_builder.subscribe(mailbox) : m_builder.unsubscribe(mailbox),
                  u"subscribing to %1"_s.arg(name));
    if (!result)
        return result.error();
    return Ok{};
}

Result<QList<QuotaData>> Session::quotaRoot(const QString &mailbox)
{
    if (!m_capabilities.has("QUOTA"))
        return QList<QuotaData>();
    Result<CommandResult> result =
        executeOk(m_builder.getQuotaRoot(CommandArg::mailbox(mailbox)), u"reading the quota"_s);
    if (!result)
        return result.error();
    return result->all<QuotaData>();
}

Result<void> Session::noop()
{
    Result<CommandResult> result = executeOk(m_builder.noop(), u"checking for news"_s);
    if (!result)
        return result.error();
    return Ok{};
}

} // namespace lb::imap
