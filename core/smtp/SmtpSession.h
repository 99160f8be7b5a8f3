// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "net/Connection.h"
#include "smtp/Capabilities.h"
#include "smtp/Command.h"
#include "smtp/Delivery.h"
#include "smtp/ReplyError.h"
#include "smtp/ReplyParser.h"
#include "smtp/TransferPlan.h"

#include <chrono>
#include <functional>
#include <optional>

namespace lb::smtp {

// One message to hand over: its envelope and its bytes as composed (CRLF line ends).
struct Submission
{
    Envelope envelope;
    QByteArray message;
};

// Which SASL mechanism authenticate() uses (RFC 4954); Automatic prefers PLAIN, then LOGIN.
enum class AuthMethod
{
    Automatic,
    Plain,
    Login,
};

// What one send() achieved. A transaction that ran to its end yields a report (which may say
// that recipients or the message were refused); `error` is set when it broke off instead.
struct SendResult
{
    DeliveryReport report;
    std::optional<Error> error;
    // Message octets left us before the break: the server may have accepted the message
    // without our hearing it (SMTP has no way to ask), so sending again could duplicate it.
    bool contentSent = false;

    [[nodiscard]] DeliveryOutcome outcome() const
    {
        return error ? DeliveryOutcome::NotDelivered : report.outcome();
    }
};

// Mail submission over one Connection (RFC 6409, RFC 5321), written linearly for a worker
// thread: open(), authenticate(), send() as often as needed, quit().
//
// Contract:
// - The session borrows the Connection and uses it on the calling thread; cancel the
//   Connection from another thread to stop a blocked call (the call then fails).
// - open() connects and reads the greeting, says EHLO (HELO when EHLO is refused with 5xx),
//   and for a StartTls endpoint requires STARTTLS (RFC 3207): not offered is
//   net::starttlsNotOffered, and nothing but EHLO and STARTTLS is sent before the upgrade;
//   EHLO is said again inside TLS, as the capabilities may change (section 4.2).
// - authenticate() uses AUTH PLAIN, else LOGIN (RFC 4954), and refuses to send a password
//   over a connection that is not encrypted unless the endpoint's TLS mode is None.
// - send() decides before MAIL FROM whether the message can go (SIZE, SMTPUTF8, 8BITMIME;
//   see planTransfer), pipelines MAIL, RCPT and DATA when PIPELINING is offered (RFC 2920),
//   and reports each recipient's answer. beforeData runs right before the DATA command is
//   written: the caller records there that the message may be on its way.
// - Errors are lb::Error sentences with the server's reply kept in serverText.
class SmtpSession
{
public:
    using BeforeData = std::function<Result<void>()>;

    // `clientDomain` is what EHLO announces; an address literal gives nothing away.
    explicit SmtpSession(net::Connection &connection,
                         QString clientDomain = QStringLiteral("[127.0.0.1]"));

    [[nodiscard]] Result<void> open(const net::ServerEndpoint &endpoint);
    [[nodiscard]] Result<void> authenticate(const QString &user, const QString &password,
                                            AuthMethod method = AuthMethod::Automatic);
    [[nodiscard]] SendResult send(const Submission &submission, const BeforeData &beforeData = {});
    // Says QUIT (RFC 5321 section 4.1.1.10) and closes; errors do not matter any more then.
    void quit();

    [[nodiscard]] const Capabilities &capabilities() const { return m_capabilities; }
    [[nodiscard]] bool usedHelo() const { return m_usedHelo; }
    [[nodiscard]] bool isAuthenticated() const { return m_authenticated; }

    // RFC 5321 section 4.5.3.2.6: the reply to the final "." may take up to 10 minutes.
    static constexpr std::chrono::minutes FinalReplyTimeout{10};

private:
    [[nodiscard]] Result<void> greet();
    [[nodiscard]] Result<void> upgradeToTls();
    [[nodiscard]] Result<void> authPlain(const QString &user, const QString &password);
    [[nodiscard]] Result<void> authLogin(const QString &user, const QString &password);
    [[nodiscard]] Result<void> expectAuthSuccess(const Reply &reply);

    // The transaction steps of send(), in SmtpTransaction.cpp.
    [[nodiscard]] Result<TransferPlan> plan(const Submission &submission);
    [[nodiscard]] Result<void> sendEnvelope(const Submission &submission, const TransferPlan &plan,
                                            const BeforeData &beforeData, SendResult &result);
    [[nodiscard]] Result<void> sendContent(const Submission &submission, SendResult &result);
    void resetAfterFailure();

    [[nodiscard]] Result<void> write(const Command &command);
    [[nodiscard]] Result<void> writeBatch(const QList<Command> &commands);
    [[nodiscard]] Result<Reply> readReply();
    [[nodiscard]] Result<Reply> readReply(std::chrono::milliseconds timeout);
    [[nodiscard]] Result<Reply> command(const Command &command);
    [[nodiscard]] bool feedOneLine();
    void resetParser();
    [[nodiscard]] Error replyError(const Reply &reply, Stage stage, const QString &address = {});

    net::Connection &m_connection;
    QString m_clientDomain;
    ReplyParser m_parser;
    QByteArray m_unparsed; // received bytes not yet fed: the parser gets whole lines only
    Capabilities m_capabilities;
    bool m_usedHelo = false;
    bool m_authenticated = false;
};

} // namespace lb::smtp
