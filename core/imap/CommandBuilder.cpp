// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/CommandBuilder.h"

#include "imap/ImapDate.h"

#include <algorithm>

namespace lb::imap {

namespace {

QByteArray parenthesised(const QList<QByteArray> &items)
{
    QByteArray out = "(";
    for (const QByteArray &item : items) {
        if (out.size() > 1)
            out += ' ';
        out += item;
    }
    return out + ')';
}

QByteArray storeItem(StoreAction action, bool silent)
{
    QByteArray item = action == StoreAction::Add      ? "+FLAGS"
                      : action == StoreAction::Remove ? "-FLAGS"
                                                      : "FLAGS";
    return silent ? item + ".SILENT" : item;
}

bool has8Bit(const CommandArg &arg)
{
    return arg.kind() == CommandArg::Kind::String &&
           std::any_of(arg.bytes().begin(), arg.bytes().end(), [](char c) { return c & 0x80; });
}

} // namespace

ServerFeatures ServerFeatures::fromCapabilities(const QList<QByteArray> &capabilities)
{
    ServerFeatures f;
    for (const QByteArray &raw : capabilities) {
        const QByteArray c = raw.toUpper();
        f.literalPlus = f.literalPlus || c == "LITERAL+";
        f.literalMinus = f.literalMinus || c == "LITERAL-";
        f.saslIr = f.saslIr || c == "SASL-IR";
        f.binary = f.binary || c == "BINARY";
    }
    return f;
}

CommandBuilder::CommandBuilder(QByteArray tagPrefix) : m_tagPrefix(std::move(tagPrefix)) {}

QByteArray CommandBuilder::nextTag()
{
    ++m_counter;
    return m_tagPrefix + QByteArray::number(m_counter).rightJustified(4, '0');
}

QuotingOptions CommandBuilder::quoting() const
{
    return QuotingOptions{m_features.literalPlus, m_features.literalMinus, m_features.utf8Accept,
                          m_features.binary};
}

Command CommandBuilder::assemble(QByteArray name, const QList<CommandArg> &parts)
{
    Command cmd;
    cmd.tag = nextTag();
    cmd.name = std::move(name);
    cmd.chunks.push_back(CommandChunk{cmd.tag + ' ' + cmd.name, false, false});
    const QuotingOptions options = quoting();
    for (const CommandArg &part : parts)
        part.appendTo(cmd.chunks, options);
    CommandArg::raw("\r\n").appendTo(cmd.chunks, options);
    return cmd;
}

Command CommandBuilder::command(QByteArray name, const QList<CommandArg> &args)
{
    QList<CommandArg> parts;
    for (const CommandArg &arg : args)
        parts << CommandArg::raw(" ") << arg;
    return assemble(std::move(name), parts);
}

Command CommandBuilder::capability()
{
    return command("CAPABILITY");
}
Command CommandBuilder::starttls()
{
    return command("STARTTLS");
}
Command CommandBuilder::namespaceCommand()
{
    return command("NAMESPACE");
}
Command CommandBuilder::expunge()
{
    return command("EXPUNGE");
}
Command CommandBuilder::idle()
{
    return command("IDLE");
}
Command CommandBuilder::noop()
{
    return command("NOOP");
}
Command CommandBuilder::logout()
{
    return command("LOGOUT");
}
Command CommandBuilder::close()
{
    return command("CLOSE");
}
Command CommandBuilder::unselect()
{
    return command("UNSELECT");
}

Command CommandBuilder::login(const QByteArray &user, const QByteArray &password)
{
    return command("LOGIN", {CommandArg::string(user), CommandArg::secret(password)});
}

Command CommandBuilder::authenticatePlain(const QByteArray &user, const QByteArray &password,
                                          const QByteArray &authzid)
{
    const QByteArray payload = (authzid + '\0' + user + '\0' + password).toBase64();
    if (m_features.saslIr)
        return command("AUTHENTICATE", {CommandArg::raw("PLAIN"), CommandArg::secret(payload)});
    // RFC 9051 section 6.2.2: the response goes on its own line after "+".
    Command cmd = command("AUTHENTICATE", {CommandArg::raw("PLAIN")});
    cmd.chunks.back().waitForContinuation = true;
    cmd.chunks.push_back(CommandChunk{payload, true, false});
    cmd.chunks.push_back(CommandChunk{"\r\n", false, false});
    return cmd;
}

Command CommandBuilder::enable(const QList<QByteArray> &capabilities)
{
    QList<CommandArg> args;
    for (const QByteArray &c : capabilities)
        args.append(CommandArg::raw(c));
    return command("ENABLE", args);
}

Command CommandBuilder::id(const QList<QPair<QByteArray, QByteArray>> &fields)
{
    if (fields.isEmpty())
        return command("ID", {CommandArg::raw("NIL")});
    // id-params-list = "(" *(string SP nstring) ")": strings, never atoms.
    QList<CommandArg> parts{CommandArg::raw(" (")};
    for (const auto &field : fields) {
        if (parts.size() > 1)
            parts.append(CommandArg::raw(" "));
        parts << CommandArg::quotedString(field.first) << CommandArg::raw(" ")
              << CommandArg::quotedString(field.second);
    }
    parts.append(CommandArg::raw(")"));
    return assemble("ID", parts);
}

Command CommandBuilder::list(const QString &reference, const QString &pattern,
                             const ListOptions &options)
{
    QList<CommandArg> args{CommandArg::mailbox(reference), CommandArg::mailbox(pattern)};
    QList<QByteArray> returns;
    if (options.subscribed)
        returns.append("SUBSCRIBED");
    if (options.children)
        returns.append("CHILDREN");
    if (options.specialUse)
        returns.append("SPECIAL-USE");
    if (!options.statusItems.isEmpty())
        returns.append("STATUS " + parenthesised(options.statusItems));
    if (!returns.isEmpty())
        args << CommandArg::raw("RETURN") << CommandArg::raw(parenthesised(returns));
    return command("LIST", args);
}

Command CommandBuilder::select(const CommandArg &mailbox, const SelectOptions &options)
{
    QList<CommandArg> args{mailbox};
    if (options.qresync) {
        const auto &q = *options.qresync;
        QByteArray params = "(QRESYNC (" + QByteArray::number(q.uidValidity.value) + ' ' +
                            QByteArray::number(quint64(q.modSeq.value));
        if (q.knownUids)
            params += ' ' + q.knownUids->toString();
        args.append(CommandArg::raw(params + "))"));
    } else if (options.condstore) {
        args.append(CommandArg::raw("(CONDSTORE)"));
    }
    return command(options.readOnly ? "EXAMINE" : "SELECT", args);
}

Command CommandBuilder::status(const CommandArg &mailbox, const QList<QByteArray> &items)
{
    return command("STATUS", {mailbox, CommandArg::raw(parenthesised(items))});
}

Command CommandBuilder::uidFetch(const SequenceSet &uids, const QByteArray &items,
                                 std::optional<ModSeq> changedSince, bool vanished)
{
    QList<CommandArg> args{CommandArg::raw(uids.toString()), CommandArg::raw(items)};
    if (changedSince) {
        QByteArray modifier = "(CHANGEDSINCE " + QByteArray::number(quint64(changedSince->value));
        args.append(CommandArg::raw(modifier + (vanished ? " VANISHED)" : ")")));
    }
    return command("UID FETCH", args);
}

Command CommandBuilder::uidStore(const SequenceSet &uids, StoreAction action,
                                 const QList<QByteArray> &flags, bool silent,
                                 std::optional<ModSeq> unchangedSince)
{
    QList<CommandArg> args{CommandArg::raw(uids.toString())};
    if (unchangedSince) {
        args.append(CommandArg::raw("(UNCHANGEDSINCE " +
                                    QByteArray::number(quint64(unchangedSince->value)) + ')'));
    }
    args << CommandArg::raw(storeItem(action, silent)) << CommandArg::raw(parenthesised(flags));
    return command("UID STORE", args);
}

Command CommandBuilder::uidSearch(const QList<CommandArg> &criteria,
                                  const QList<QByteArray> &returnOptions)
{
    QList<CommandArg> args;
    if (!returnOptions.isEmpty())
        args << CommandArg::raw("RETURN") << CommandArg::raw(parenthesised(returnOptions));
    if (!m_features.utf8Accept && std::any_of(criteria.begin(), criteria.end(), has8Bit))
        args << CommandArg::raw("CHARSET") << CommandArg::raw("UTF-8");
    args.append(criteria);
    return command("UID SEARCH", args);
}

Command CommandBuilder::uidCopy(const SequenceSet &uids, const CommandArg &mailbox)
{
    return command("UID COPY", {CommandArg::raw(uids.toString()), mailbox});
}

Command CommandBuilder::uidMove(const SequenceSet &uids, const CommandArg &mailbox)
{
    return command("UID MOVE", {CommandArg::raw(uids.toString()), mailbox});
}

Command CommandBuilder::uidExpunge(const SequenceSet &uids)
{
    return command("UID EXPUNGE", {CommandArg::raw(uids.toString())});
}

Command CommandBuilder::append(const CommandArg &mailbox, const QList<QByteArray> &flags,
                               const std::optional<QDateTime> &internalDate,
                               const QByteArray &message)
{
    QList<CommandArg> args{mailbox};
    if (!flags.isEmpty())
        args.append(CommandArg::raw(parenthesised(flags)));
    if (internalDate)
        args.append(CommandArg::raw('"' + formatInternalDate(*internalDate) + '"'));
    args.append(CommandArg::literal(message));
    return command("APPEND", args);
}

Command CommandBuilder::create(const CommandArg &mailbox)
{
    return command("CREATE", {mailbox});
}

Command CommandBuilder::deleteMailbox(const CommandArg &mailbox)
{
    return command("DELETE", {mailbox});
}

Command CommandBuilder::rename(const CommandArg &from, const CommandArg &to)
{
    return command("RENAME", {from, to});
}

Command CommandBuilder::subscribe(const CommandArg &mailbox)
{
    return command("SUBSCRIBE", {mailbox});
}

Command CommandBuilder::unsubscribe(const CommandArg &mailbox)
{
    return command("UNSUBSCRIBE", {mailbox});
}

Command CommandBuilder::getQuotaRoot(const CommandArg &mailbox)
{
    return command("GETQUOTAROOT", {mailbox});
}

} // namespace lb::imap
