// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/CommandBuilder.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace lb::pop3 {

namespace {

bool hasLineBreakOrNul(QByteArrayView value)
{
    return value.contains('\r') || value.contains('\n') || value.contains('\0');
}

Error badArgument(const QString &what)
{
    return Error{
        ErrorScope::Account,
        Remedy::AskUser,
        u"The %1 contains a line break or NUL character, which POP3 cannot send."_s.arg(what),
        {}};
}

Command simple(Verb verb, QByteArrayView text, ReplyKind reply = ReplyKind::SingleLine)
{
    QByteArray line = text.toByteArray();
    line.append("\r\n");
    return Command{verb, std::move(line), reply, false, std::nullopt};
}

Command withNumber(Verb verb, QByteArrayView name, MessageNumber number, ReplyKind reply)
{
    QByteArray text = name.toByteArray();
    text.append(' ').append(QByteArray::number(number.value));
    return simple(verb, text, reply);
}

} // namespace

Result<Command> CommandBuilder::user(const QString &name)
{
    const QByteArray bytes = name.toUtf8();
    if (bytes.isEmpty() || hasLineBreakOrNul(bytes))
        return badArgument(u"user name"_s);
    return simple(Verb::User, "USER " + bytes);
}

Result<Command> CommandBuilder::pass(const QString &password)
{
    const QByteArray bytes = password.toUtf8();
    if (hasLineBreakOrNul(bytes))
        return badArgument(u"password"_s);
    Command command = simple(Verb::Pass, "PASS " + bytes);
    command.sensitive = true;
    return command;
}

QByteArray CommandBuilder::apopDigest(QByteArrayView timestamp, QByteArrayView secret)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(timestamp);
    hash.addData(secret);
    return hash.result().toHex();
}

Result<Command> CommandBuilder::apop(const QString &name, QByteArrayView timestamp,
                                     const QString &secret)
{
    const QByteArray user = name.toUtf8();
    if (user.isEmpty() || hasLineBreakOrNul(user) || user.contains(' '))
        return badArgument(u"user name"_s);
    if (hasLineBreakOrNul(timestamp))
        return badArgument(u"server's APOP timestamp"_s);
    Command command =
        simple(Verb::Apop, "APOP " + user + ' ' + apopDigest(timestamp, secret.toUtf8()));
    command.sensitive = true;
    return command;
}

QByteArray CommandBuilder::plainMessage(QByteArrayView authzid, QByteArrayView user,
                                        QByteArrayView password)
{
    QByteArray message = authzid.toByteArray();
    message.append('\0').append(user).append('\0').append(password);
    return message;
}

Result<Command> CommandBuilder::authPlain(const QString &user, const QString &password,
                                          const QString &authzid)
{
    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    const QByteArray z = authzid.toUtf8();
    // RFC 4616 section 2: the three fields cannot contain NUL themselves.
    if (u.isEmpty() || u.contains('\0') || p.contains('\0') || z.contains('\0'))
        return badArgument(u"user name or password"_s);
    const QByteArray response = plainMessage(z, u, p).toBase64();
    Command command = simple(Verb::Auth, "AUTH PLAIN " + response);
    command.sensitive = true;
    if (command.line.size() > MaxAuthLine) {
        command.line = "AUTH PLAIN\r\n";
        command.saslContinuation = response + "\r\n";
    }
    return command;
}

Command CommandBuilder::saslResponse(QByteArrayView raw)
{
    // RFC 5034 section 4: an empty response is sent as "=".
    Command command =
        simple(Verb::SaslResponse, raw.isEmpty() ? "=" : raw.toByteArray().toBase64());
    command.sensitive = true;
    return command;
}

Command CommandBuilder::saslCancel()
{
    return simple(Verb::SaslResponse, "*");
}

Command CommandBuilder::capa()
{
    return simple(Verb::Capa, "CAPA", ReplyKind::MultiLine);
}

Command CommandBuilder::stls()
{
    return simple(Verb::Stls, "STLS");
}

Command CommandBuilder::stat()
{
    return simple(Verb::Stat, "STAT");
}

Command CommandBuilder::list()
{
    return simple(Verb::List, "LIST", ReplyKind::MultiLine);
}

Command CommandBuilder::list(MessageNumber number)
{
    return withNumber(Verb::List, "LIST", number, ReplyKind::SingleLine);
}

Command CommandBuilder::uidl()
{
    return simple(Verb::Uidl, "UIDL", ReplyKind::MultiLine);
}

Command CommandBuilder::uidl(MessageNumber number)
{
    return withNumber(Verb::Uidl, "UIDL", number, ReplyKind::SingleLine);
}

Command CommandBuilder::top(MessageNumber number, std::uint32_t lines)
{
    Command command = withNumber(Verb::Top, "TOP", number, ReplyKind::MultiLine);
    command.line.insert(command.line.size() - 2, ' ' + QByteArray::number(lines));
    return command;
}

Command CommandBuilder::retr(MessageNumber number)
{
    return withNumber(Verb::Retr, "RETR", number, ReplyKind::MultiLine);
}

Command CommandBuilder::dele(MessageNumber number)
{
    return withNumber(Verb::Dele, "DELE", number, ReplyKind::SingleLine);
}

Command CommandBuilder::rset()
{
    return simple(Verb::Rset, "RSET");
}

Command CommandBuilder::noop()
{
    return simple(Verb::Noop, "NOOP");
}

Command CommandBuilder::quit()
{
    return simple(Verb::Quit, "QUIT");
}

} // namespace lb::pop3
