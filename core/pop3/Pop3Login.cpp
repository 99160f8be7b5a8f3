// SPDX-License-Identifier: GPL-3.0-or-later
// AUTHORIZATION state of Pop3Session: greeting, CAPA, STLS and the login methods
// (RFC 1939 sections 4 and 7, RFC 2449, RFC 2595 section 4, RFC 5034).
#include "pop3/Pop3Session.h"

#include "pop3/CommandBuilder.h"
#include "pop3/ReplyError.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::pop3 {

namespace {

Error protocolError(const QString &sentence, const QString &serverText = {})
{
    return Error{ErrorScope::Connection, Remedy::RetryLater, sentence, serverText};
}

Error notOffered(AuthMethod method)
{
    return Error{ErrorScope::Account,
                 Remedy::AskUser,
                 u"The server does not offer the login method %1."_s.arg(toString(method)),
                 {}};
}

} // namespace

Result<void> Pop3Session::open(const net::ServerEndpoint &endpoint)
{
    if (auto connected = m_connection.connectToHost(endpoint); !connected)
        return Error(connected.error());
    if (endpoint.tlsMode == net::TlsMode::Implicit)
        m_state.tlsStarted();
    if (auto greeted = readGreeting(); !greeted)
        return greeted;
    if (auto capa = readCapabilities(); !capa)
        return capa;
    if (endpoint.tlsMode != net::TlsMode::StartTls)
        return Ok{};
    if (!m_capabilities.stls)
        return Error(net::starttlsNotOffered(endpoint.host));
    if (auto upgraded = startTls(); !upgraded)
        return upgraded;
    // RFC 2595 section 4: capabilities learnt in plaintext are discarded after the upgrade.
    return readCapabilities();
}

Result<void> Pop3Session::readGreeting()
{
    m_parser.expect(ReplyKind::SingleLine);
    auto reply = receive(Verb::Noop); // no command: the state machine ignores NOOP replies
    if (!reply)
        return reply.error();
    auto greeting = parseGreeting(reply->status);
    if (!greeting)
        return greeting.error();
    m_greeting = std::move(*greeting);
    return Ok{};
}

Result<void> Pop3Session::readCapabilities()
{
    m_capabilities = {};
    auto sent = send(CommandBuilder::capa());
    if (!sent)
        return sent;
    auto reply = receive(Verb::Capa);
    if (!reply)
        return reply.error();
    // A server from before RFC 2449 answers -ERR: it offers no extensions we could rely on.
    if (reply->status.ok())
        m_capabilities = parseCapabilities(reply->body.value_or(QByteArray()));
    return Ok{};
}

Result<void> Pop3Session::startTls()
{
    if (m_parser.outstanding() > 0 || m_parser.failed())
        return protocolError(u"The POP3 session is not idle; cannot start TLS."_s);
    if (auto sent = send(CommandBuilder::stls()); !sent)
        return sent;
    auto reply = receive(Verb::Stls);
    if (!reply)
        return reply.error();
    if (!reply->status.ok())
        return Error(net::starttlsNotOffered(m_connection.endpoint().host));
    // Bytes after the +OK line were sent before the handshake and could be injected by
    // anyone on the path (RFC 2595 section 3.1): a complete line shows up as a parse error
    // now; a partial one is dropped with the plaintext parser.
    if (std::holds_alternative<ParseError>(m_parser.next()))
        return protocolError(u"The server sent data after agreeing to start TLS."_s);
    m_parser = ReplyParser();
    if (auto upgraded = m_connection.startTls(); !upgraded)
        return Error(upgraded.error());
    m_state.tlsStarted();
    return Ok{};
}

std::optional<AuthMethod> Pop3Session::chooseAuth() const
{
    if (m_options.onlyAuth)
        return m_options.onlyAuth;
    if (m_capabilities.supportsSasl("PLAIN"))
        return AuthMethod::SaslPlain;
    if (m_options.allowApop && m_greeting.apopTimestamp)
        return AuthMethod::Apop;
    return AuthMethod::UserPass;
}

Result<void> Pop3Session::checkCleartextAllowed(AuthMethod method) const
{
    // APOP never sends the password itself; the others do. Plaintext only by explicit choice.
    if (method == AuthMethod::Apop || m_connection.isEncrypted() ||
        m_connection.endpoint().tlsMode == net::TlsMode::None)
        return Ok{};
    return Error{ErrorScope::Account,
                 Remedy::AskUser,
                 u"Refusing to send the password over an unencrypted connection."_s,
                 {}};
}

Result<void> Pop3Session::login(const QString &user, const QString &password)
{
    const std::optional<AuthMethod> method = chooseAuth();
    if (!method)
        return notOffered(AuthMethod::UserPass);
    if (auto allowed = checkCleartextAllowed(*method); !allowed)
        return allowed;
    Result<void> done = Ok{};
    switch (*method) {
    case AuthMethod::SaslPlain:
        done = authPlain(user, password);
        break;
    case AuthMethod::Apop:
        done = apop(user, password);
        break;
    case AuthMethod::UserPass:
        done = userPass(user, password);
        break;
    }
    if (done)
        m_authMethod = method;
    return done;
}

Result<void> Pop3Session::authPlain(const QString &user, const QString &password)
{
    if (!m_capabilities.supportsSasl("PLAIN"))
        return notOffered(AuthMethod::SaslPlain);
    auto command = CommandBuilder::authPlain(user, password);
    if (!command)
        return command.error();
    if (auto sent = send(*command); !sent)
        return sent;
    auto reply = receive(Verb::Auth);
    if (!reply)
        return reply.error();
    if (reply->status.status == Status::Continue) {
        // RFC 5034 section 4: the initial response did not fit on the AUTH line.
        const Command answer = command->saslContinuation
                                   ? Command{Verb::SaslResponse, *command->saslContinuation,
                                             ReplyKind::SingleLine, true, std::nullopt}
                                   : CommandBuilder::saslCancel();
        if (auto sent = send(answer); !sent)
            return sent;
        reply = receive(Verb::SaslResponse);
        if (!reply)
            return reply.error();
    }
    if (auto checked = okOrError(std::move(*reply), Verb::Auth); !checked)
        return checked.error();
    return Ok{};
}

Result<void> Pop3Session::apop(const QString &user, const QString &password)
{
    if (!m_greeting.apopTimestamp)
        return notOffered(AuthMethod::Apop);
    auto command = CommandBuilder::apop(user, *m_greeting.apopTimestamp, password);
    if (!command)
        return command.error();
    auto reply = exchange(*command);
    if (!reply)
        return reply.error();
    return Ok{};
}

Result<void> Pop3Session::userPass(const QString &user, const QString &password)
{
    auto userCommand = CommandBuilder::user(user);
    if (!userCommand)
        return userCommand.error();
    if (auto accepted = exchange(*userCommand); !accepted)
        return accepted.error();
    auto passCommand = CommandBuilder::pass(password);
    if (!passCommand)
        return passCommand.error();
    if (auto accepted = exchange(*passCommand); !accepted)
        return accepted.error();
    return Ok{};
}

} // namespace lb::pop3
