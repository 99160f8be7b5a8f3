// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/verify/AccountVerifier.h"

#include "accounts/discovery/TlsProbe.h"
#include "imap/Session.h"
#include "pop3/Pop3Session.h"
#include "smtp/SmtpSession.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::verify {

namespace {

net::ServerEndpoint endpointFor(const accounts::ServerSettings &server,
                                std::chrono::milliseconds timeout)
{
    net::ServerEndpoint endpoint = server.endpoint();
    endpoint.timeouts.connect = timeout;
    endpoint.timeouts.handshake = timeout;
    endpoint.timeouts.read = timeout;
    endpoint.timeouts.write = timeout;
    return endpoint;
}

ServerCheck startCheck(ServerType type, const accounts::ServerSettings &server)
{
    ServerCheck check;
    check.type = type;
    check.host = server.host;
    check.port = server.port;
    return check;
}

// A session error after the probe succeeded: a refused login, or the server failing.
ServerCheck sessionFailure(ServerCheck check, const Error &error,
                           const std::optional<net::NetError> &netError = {})
{
    if (netError) {
        check.failure = failureFor(netError->kind);
        check.certificate = netError->certificate;
    } else if (error.scope == ErrorScope::Account && error.remedy == Remedy::AskUser) {
        check.failure = Failure::AuthenticationFailed;
    } else if (error.scope == ErrorScope::Cancelled) {
        check.failure = Failure::Cancelled;
    } else {
        check.failure = Failure::ServerError;
    }
    check.message = error.message;
    check.serverText = error.serverText;
    return check;
}

bool cancelled(const VerifyRequest &request)
{
    return request.cancel && request.cancel->load();
}

ServerCheck cancelledCheck(ServerCheck check)
{
    check.failure = Failure::Cancelled;
    check.message = u"Cancelled."_s;
    return check;
}

// After a failed session: a probe without credentials types a transport failure (host, port,
// timeout, TLS with the certificate, STARTTLS) that the session's sentence does not carry.
// When the probe gets through, the session failed at the login or after it.
ServerCheck classify(ServerCheck check, ServerType type, const accounts::ServerSettings &server,
                     std::chrono::milliseconds timeout, const Error &error)
{
    if (error.scope == ErrorScope::Cancelled)
        return sessionFailure(check, error);
    net::NetResult<accounts::discovery::ProbeReport> probe =
        accounts::discovery::probeServer(type, endpointFor(server, timeout));
    if (!probe)
        return failedCheck(type, server, probe.error());
    return sessionFailure(check, error);
}

QStringList words(const QList<QByteArray> &list)
{
    QStringList out;
    for (const QByteArray &w : list)
        out.append(QString::fromLatin1(w));
    return out;
}

ServerCheck verifyImap(const VerifyRequest &request, MailboxFigures *figures)
{
    const accounts::ServerSettings &server = request.settings.incoming;
    ServerCheck check = startCheck(ServerType::Imap, server);
    imap::SessionOptions options;
    options.cancel = request.cancel;
    options.logLabel = u"imap verify %1"_s.arg(request.settings.email);
    imap::Session session(options);
    if (Result<void> connected = session.connect(endpointFor(server, request.timeout)); !connected)
        return sessionFailure(check, connected.error(), session.lastNetError());
    if (Result<void> login = session.login(server.user, request.password); !login)
        return sessionFailure(check, login.error(), session.lastNetError());
    check.capabilities = words(session.capabilities().effective());
    check.tlsDescription = session.connection().tlsDescription();
    if (figures && request.gatherFigures && !cancelled(request))
        *figures = imapFigures(session, request.figuresBudget);
    session.logout();
    return check;
}

ServerCheck verifyPop3(const VerifyRequest &request, MailboxFigures *figures)
{
    const accounts::ServerSettings &server = request.settings.incoming;
    ServerCheck check = startCheck(ServerType::Pop3, server);
    pop3::Pop3Session session;
    session.connection().setProtocolLog(nullptr, u"pop3 verify %1"_s.arg(request.settings.email));
    if (Result<void> opened = session.open(endpointFor(server, request.timeout)); !opened)
        return classify(check, ServerType::Pop3, server, request.timeout, opened.error());
    if (Result<void> login = session.login(server.user, request.password); !login)
        return classify(check, ServerType::Pop3, server, request.timeout, login.error());
    check.tlsDescription = session.connection().tlsDescription();
    if (figures && request.gatherFigures) {
        // RFC 1939 section 5: STAT counts the maildrop; nothing is marked for deletion.
        if (Result<pop3::MaildropStat> stat = session.stat(); stat) {
            figures->messages = stat->count;
            figures->bytes = stat->octets;
            figures->folders = 1;
            figures->inboxOnly = true;
        }
    }
    (void)session.quit();
    return check;
}

} // namespace

ServerCheck verifyIncoming(const VerifyRequest &request, MailboxFigures *figures)
{
    if (request.settings.protocol == accounts::Protocol::Imap)
        return verifyImap(request, figures);
    return verifyPop3(request, figures);
}

ServerCheck verifySmtp(const VerifyRequest &request)
{
    const accounts::ServerSettings &server = *request.settings.smtp;
    ServerCheck check = startCheck(ServerType::Smtp, server);
    if (cancelled(request))
        return cancelledCheck(check);
    net::Connection connection;
    connection.setProtocolLog(nullptr, u"smtp verify %1"_s.arg(request.settings.email));
    smtp::SmtpSession session(connection);
    if (Result<void> opened = session.open(endpointFor(server, request.timeout)); !opened)
        return classify(check, ServerType::Smtp, server, request.timeout, opened.error());
    const QString password = request.smtpPassword.value_or(request.password);
    if (Result<void> auth = session.authenticate(server.user, password); !auth)
        return classify(check, ServerType::Smtp, server, request.timeout, auth.error());
    check.tlsDescription = connection.tlsDescription();
    session.quit();
    return check;
}

VerifyReport verifyAccount(const VerifyRequest &request)
{
    VerifyReport report;
    MailboxFigures figures;
    report.incoming = verifyIncoming(request, &figures);
    if (report.incoming.ok() && request.gatherFigures)
        report.figures = figures;
    if (request.settings.smtp) {
        report.smtp = cancelled(request)
                          ? cancelledCheck(startCheck(ServerType::Smtp, *request.settings.smtp))
                          : verifySmtp(request);
    }
    return report;
}

} // namespace lb::sync::verify
