// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/CommandBuilder.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::smtp {

namespace {

bool hasControl(QByteArrayView value)
{
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F)
            return true;
    }
    return false;
}

Error badArgument(const QString &what)
{
    return Error{ErrorScope::Message, Remedy::AskUser, what, {}};
}

Command simple(Verb verb, QByteArrayView text, bool sensitive = false)
{
    QByteArray line = text.toByteArray();
    line.append("\r\n");
    return Command{verb, std::move(line), sensitive};
}

Result<QByteArray> checkedAddress(const QString &address, bool allowEmpty)
{
    const QByteArray bytes = address.toUtf8();
    if (bytes.isEmpty() && !allowEmpty)
        return badArgument(u"The recipient address is empty."_s);
    if (hasControl(bytes) || bytes.contains('<') || bytes.contains('>'))
        return badArgument(
            u"The address \"%1\" contains characters that cannot be sent (line breaks, "
            "control characters or angle brackets)."_s.arg(address.simplified()));
    if (bytes.size() > CommandBuilder::MaxPathLength)
        return badArgument(u"The address \"%1\" is longer than SMTP allows."_s.arg(address));
    return bytes;
}

Result<Command> greeting(Verb verb, QByteArrayView keyword, const QString &domain)
{
    const QByteArray bytes = domain.toUtf8();
    if (bytes.isEmpty() || hasControl(bytes) || bytes.contains(' '))
        return badArgument(u"The host name \"%1\" cannot be used in EHLO."_s.arg(domain));
    return simple(verb, keyword.toByteArray() + ' ' + bytes);
}

} // namespace

Result<Command> CommandBuilder::ehlo(const QString &domain)
{
    return greeting(Verb::Ehlo, "EHLO", domain);
}

Result<Command> CommandBuilder::helo(const QString &domain)
{
    return greeting(Verb::Helo, "HELO", domain);
}

Command CommandBuilder::startTls()
{
    return simple(Verb::StartTls, "STARTTLS");
}

Result<Command> CommandBuilder::authPlain(const QString &user, const QString &password,
                                          const QString &authzid)
{
    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    const QByteArray z = authzid.toUtf8();
    // RFC 4616 section 2: NUL separates the fields, so none may contain it.
    if (u.isEmpty() || u.contains('\0') || p.contains('\0') || z.contains('\0'))
        return Error{ErrorScope::Account,
                     Remedy::AskUser,
                     u"The user name or password contains a character that cannot be sent."_s,
                     {}};
    QByteArray message = z;
    message.append('\0').append(u).append('\0').append(p);
    return simple(Verb::Auth, "AUTH PLAIN " + message.toBase64(), true);
}

Command CommandBuilder::authLogin()
{
    return simple(Verb::Auth, "AUTH LOGIN");
}

Command CommandBuilder::authLoginUser(const QString &user)
{
    Command command = simple(Verb::SaslResponse, user.toUtf8().toBase64());
    command.sensitive = false; // a user name is not a secret and helps reading a log
    return command;
}

Command CommandBuilder::authLoginPassword(const QString &password)
{
    return simple(Verb::SaslResponse, password.toUtf8().toBase64(), true);
}

Command CommandBuilder::saslResponse(QByteArrayView raw)
{
    // RFC 4954 section 4: an empty response is sent as "=".
    return simple(Verb::SaslResponse, raw.isEmpty() ? "=" : raw.toByteArray().toBase64(), true);
}

Command CommandBuilder::saslCancel()
{
    return simple(Verb::SaslResponse, "*");
}

Result<Command> CommandBuilder::mailFrom(const QString &address, const MailParameters &parameters)
{
    auto bytes = checkedAddress(address, true);
    if (!bytes)
        return bytes.error();
    QByteArray line = "MAIL FROM:<" + *bytes + '>';
    if (parameters.size)
        line += " SIZE=" + QByteArray::number(*parameters.size);
    if (parameters.eightBitMime)
        line += " BODY=8BITMIME";
    if (parameters.smtpUtf8)
        line += " SMTPUTF8";
    return simple(Verb::MailFrom, line);
}

Result<Command> CommandBuilder::rcptTo(const QString &address)
{
    auto bytes = checkedAddress(address, false);
    if (!bytes)
        return bytes.error();
    return simple(Verb::RcptTo, "RCPT TO:<" + *bytes + '>');
}

Command CommandBuilder::data()
{
    return simple(Verb::Data, "DATA");
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

} // namespace lb::smtp
