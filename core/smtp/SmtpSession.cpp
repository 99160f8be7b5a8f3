// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpSession.h"

#include "common/Log.h"
#include "smtp/CommandBuilder.h"

#include <QDeadlineTimer>

using namespace Qt::Literals::StringLiterals;

namespace lb::smtp {

namespace {

// More than this without a line end is fed to the parser anyway, which then reports the
// overlong line instead of our buffering without bound.
constexpr qsizetype MaxUnparsed = ReplyParser::DefaultMaxLineLength;

Error protocolError(const QString &sentence, const QString &serverText = {})
{
    return Error{ErrorScope::Connection, Remedy::RetryLater, sentence, serverText};
}

} // namespace

SmtpSession::SmtpSession(net::Connection &connection, QString clientDomain)
    : m_connection(connection), m_clientDomain(std::move(clientDomain))
{}

Result<void> SmtpSession::open(const net::ServerEndpoint &endpoint)
{
    resetParser();
    m_capabilities = {};
    m_usedHelo = false;
    m_authenticated = false;
    if (auto connected = m_connection.connectToHost(endpoint); !connected)
        return Error(connected.error());
    auto greeting = readReply();
    if (!greeting)
        return greeting.error();
    // RFC 5321 section 4.3.1: 220 opens the session; 554 means "go away".
    if (greeting->code != 220)
        return replyError(*greeting, Stage::Greeting);
    if (auto greeted = greet(); !greeted)
        return greeted;
    if (endpoint.tlsMode == net::TlsMode::StartTls)
        return upgradeToTls();
    return Ok{};
}

// EHLO, or HELO for a server that refuses EHLO (RFC 5321 section 3.2).
Result<void> SmtpSession::greet()
{
    auto ehlo = CommandBuilder::ehlo(m_clientDomain);
    if (!ehlo)
        return ehlo.error();
    auto reply = command(*ehlo);
    if (!reply)
        return reply.error();
    if (reply->isPositive()) {
        m_capabilities = parseEhloReply(*reply);
        m_parser.setEnhancedStatusCodes(m_capabilities.enhancedStatusCodes);
        return Ok{};
    }
    if (!reply->isPermanent())
        return replyError(*reply, Stage::Ehlo);
    qCInfo(lcSmtp) << "EHLO refused, falling back to HELO:" << reply->summary();
    auto helo = CommandBuilder::helo(m_clientDomain);
    if (!helo)
        return helo.error();
    auto heloReply = command(*helo);
    if (!heloReply)
        return heloReply.error();
    if (!heloReply->isPositive())
        return replyError(*heloReply, Stage::Ehlo);
    m_capabilities = {};
    m_usedHelo = true;
    return Ok{};
}

// RFC 3207: STARTTLS, 220, the TLS handshake, then EHLO again in the protected session.
Result<void> SmtpSession::upgradeToTls()
{
    const QString host = m_connection.endpoint().host;
    if (!m_capabilities.startTls)
        return Error(net::starttlsNotOffered(host));
    auto reply = command(CommandBuilder::startTls());
    if (!reply)
        return reply.error();
    if (reply->code != 220)
        return replyError(*reply, Stage::StartTls);
    // RFC 3207 section 5: anything received after the 220 and before the handshake could have
    // been injected by an attacker in the path; it must not be taken for a reply later.
    if (!m_unparsed.isEmpty() || !std::holds_alternative<NeedMore>(m_parser.next()))
        return protocolError(
            u"The server sent data right after agreeing to STARTTLS; the connection was closed "
            "because that data could have been injected."_s);
    if (auto upgraded = m_connection.startTls(); !upgraded)
        return Error(upgraded.error());
    resetParser();
    m_capabilities = {};
    return greet();
}

Result<void> SmtpSession::authenticate(const QString &user, const QString &password,
                                       AuthMethod method)
{
    if (!m_connection.isEncrypted() && m_connection.endpoint().tlsMode != net::TlsMode::None)
        return Error{ErrorScope::Account,
                     Remedy::AskUser,
                     u"Letterbox will not send the password over an unencrypted connection."_s,
                     {}};
    if (m_capabilities.authMechanisms.isEmpty()) {
        // Nothing to negotiate: the server relays without a sign-in (or will say so at MAIL).
        qCInfo(lcSmtp) << "the server offers no AUTH; sending without signing in";
        return Ok{};
    }
    const bool plain = m_capabilities.supportsAuth("PLAIN") && method != AuthMethod::Login;
    const bool login = m_capabilities.supportsAuth("LOGIN") && method != AuthMethod::Plain;
    Result<void> done = Ok{};
    if (plain)
        done = authPlain(user, password);
    else if (login)
        done = authLogin(user, password);
    else
        done =
            Error{ErrorScope::Account, Remedy::AskUser,
                  u"The server offers no sign-in method Letterbox can use here (PLAIN, LOGIN)."_s,
                  QString::fromLatin1(m_capabilities.authMechanisms.join(' '))};
    m_authenticated = done.ok();
    return done;
}

// RFC 4954 section 4 with the RFC 4616 initial response.
Result<void> SmtpSession::authPlain(const QString &user, const QString &password)
{
    auto auth = CommandBuilder::authPlain(user, password);
    if (!auth)
        return auth.error();
    auto reply = command(*auth);
    if (!reply)
        return reply.error();
    if (reply->code == 334) {
        // A challenge after an initial response: cancel rather than guess.
        auto cancelled = command(CommandBuilder::saslCancel());
        if (!cancelled)
            return cancelled.error();
        return replyError(*cancelled, Stage::Auth);
    }
    return expectAuthSuccess(*reply);
}

// The LOGIN mechanism: user name and password, each answering a 334 challenge.
Result<void> SmtpSession::authLogin(const QString &user, const QString &password)
{
    const Command steps[] = {CommandBuilder::authLogin(), CommandBuilder::authLoginUser(user),
                             CommandBuilder::authLoginPassword(password)};
    for (const Command &step : steps) {
        auto reply = command(step);
        if (!reply)
            return reply.error();
        if (&step == &steps[2])
            return expectAuthSuccess(*reply);
        if (reply->code != 334)
            return replyError(*reply, Stage::Auth);
    }
    return Ok{};
}

Result<void> SmtpSession::expectAuthSuccess(const Reply &reply)
{
    // RFC 4954 section 6: 235 is the only success.
    if (reply.code == 235)
        return Ok{};
    return replyError(reply, Stage::Auth);
}

void SmtpSession::quit()
{
    if (m_connection.isOpen() && !m_connection.isCancelled()) {
        if (m_connection.write(CommandBuilder::quit().line).ok())
            (void)readReply(std::chrono::seconds(5));
    }
    m_connection.close();
}

// --- I/O ------------------------------------------------------------------------------------

Result<void> SmtpSession::write(const Command &command)
{
    const auto written = command.sensitive
                             ? m_connection.writeSecret(command.line, command.forLog())
                             : m_connection.write(command.line);
    if (!written)
        return Error(written.error());
    return Ok{};
}

Result<void> SmtpSession::writeBatch(const QList<Command> &commands)
{
    QByteArray batch;
    for (const Command &command : commands)
        batch += command.line;
    if (auto written = m_connection.write(batch); !written)
        return Error(written.error());
    return Ok{};
}

Result<Reply> SmtpSession::command(const Command &command)
{
    if (auto written = write(command); !written)
        return written.error();
    return readReply();
}

Result<Reply> SmtpSession::readReply()
{
    return readReply(m_connection.endpoint().timeouts.read);
}

Result<Reply> SmtpSession::readReply(std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    for (;;) {
        do {
            ParseEvent event = m_parser.next();
            if (auto *reply = std::get_if<Reply>(&event)) {
                // RFC 5321 section 3.8: 421 may come at any time; the server closes after it.
                if (reply->code == 421)
                    qCInfo(lcSmtp) << "server is closing:" << reply->summary();
                return std::move(*reply);
            }
            if (auto *error = std::get_if<ParseError>(&event)) {
                m_connection.close();
                return error->toError();
            }
        } while (feedOneLine());
        const auto left = std::chrono::milliseconds(deadline.remainingTime());
        auto bytes = m_connection.readSome(std::max(left, std::chrono::milliseconds(1)));
        if (!bytes)
            return Error(bytes.error());
        m_unparsed += bytes.value();
    }
}

// One line at a time, so that bytes after a reply stay visible here (see upgradeToTls).
bool SmtpSession::feedOneLine()
{
    const qsizetype end = m_unparsed.indexOf('\n');
    if (end < 0) {
        if (m_unparsed.size() <= MaxUnparsed)
            return false;
        m_parser.feed(m_unparsed); // the parser reports the overlong line
        m_unparsed.clear();
        return true;
    }
    m_parser.feed(QByteArrayView(m_unparsed).first(end + 1));
    m_unparsed.remove(0, end + 1);
    return true;
}

void SmtpSession::resetParser()
{
    m_parser = ReplyParser();
    m_unparsed.clear();
}

Error SmtpSession::replyError(const Reply &reply, Stage stage, const QString &address)
{
    return translateReply(reply, ReplyContext{stage, m_capabilities.sizeLimit, address});
}

} // namespace lb::smtp
