// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "net/Connection.h"
#include "pop3/Capabilities.h"
#include "pop3/Command.h"
#include "pop3/Greeting.h"
#include "pop3/Listings.h"
#include "pop3/ReplyParser.h"
#include "pop3/SessionState.h"

#include <chrono>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace lb::pop3 {

// How a session proves who the user is, in our order of preference.
enum class AuthMethod
{
    SaslPlain, // AUTH PLAIN (RFC 5034, RFC 4616)
    Apop,      // APOP digest over the greeting's timestamp (RFC 1939 section 7)
    UserPass,  // USER + PASS (RFC 1939 section 7)
};

[[nodiscard]] QString toString(AuthMethod method);

struct SessionOptions
{
    // Use APOP when the greeting offers a timestamp and SASL PLAIN is not available.
    bool allowApop = true;
    // Only this method (tests, or a user who pins one); empty: the best the server offers.
    std::optional<AuthMethod> onlyAuth;
    // Send several commands before reading their replies when the server advertises
    // PIPELINING (RFC 2449 section 6.6); false sends one command at a time.
    bool usePipelining = true;
    int pipelineWindow = 8; // commands in flight at most
    // keepAlive() sends NOOP when nothing was exchanged for this long (some servers drop a
    // session idle for 60 s).
    std::chrono::milliseconds keepAliveAfter{30000};
    // The clock keepAlive() reads; empty: steady_clock. Tests move time on without waiting.
    std::function<std::chrono::steady_clock::time_point()> clock;
};

// Something the session did on the wire, for a step hook (fault injection in tests).
enum class SessionStep
{
    CommandSent,
    ReplyReceived,
};

// A POP3 client session over one Connection (ARCHITECTURE.md: a session owns its connection,
// sends commands, feeds replies to its parser and returns typed results; it knows no SQLite).
//
// Contract: blocking; construct, use and destroy on one thread (the account worker). The
// connection's cancel() may be called from elsewhere and makes the blocked call return a
// Cancelled error. After any error other than a -ERR reply to a transaction command the
// session is unusable: close it. Every line goes to the connection's protocol log with PASS,
// APOP digests and SASL responses redacted.
class Pop3Session
{
public:
    explicit Pop3Session(SessionOptions options = {});
    ~Pop3Session();
    Pop3Session(const Pop3Session &) = delete;
    Pop3Session &operator=(const Pop3Session &) = delete;

    [[nodiscard]] net::Connection &connection() { return m_connection; }
    // Called after every command written and every reply parsed.
    void setStepHook(std::function<void(SessionStep)> hook) { m_stepHook = std::move(hook); }

    // Connects, reads the greeting and CAPA; for StartTls issues STLS (an error when the
    // server does not offer it: never a plaintext fallback) and CAPA again over TLS.
    [[nodiscard]] Result<void> open(const net::ServerEndpoint &endpoint);
    // Logs in with the best allowed method. Passwords are never sent in the clear unless the
    // endpoint's TLS mode is None (the user's explicit choice).
    [[nodiscard]] Result<void> login(const QString &user, const QString &password);

    [[nodiscard]] const Greeting &greeting() const { return m_greeting; }
    [[nodiscard]] const Capabilities &capabilities() const { return m_capabilities; }
    [[nodiscard]] std::optional<AuthMethod> authMethod() const { return m_authMethod; }
    [[nodiscard]] bool pipelining() const;
    [[nodiscard]] State state() const { return m_state.state(); }

    [[nodiscard]] Result<MaildropStat> stat();
    [[nodiscard]] Result<UniqueIdList> uidl();
    [[nodiscard]] Result<ScanList> list();
    // TOP n lines: the header plus the first `lines` body lines (RFC 1939 section 7).
    [[nodiscard]] Result<QByteArray> top(MessageNumber number, std::uint32_t lines);
    [[nodiscard]] Result<QByteArray> retr(MessageNumber number, qsizetype maxBytes = 0);
    [[nodiscard]] Result<void> dele(MessageNumber number);
    [[nodiscard]] Result<void> rset();
    [[nodiscard]] Result<void> noop();
    // Ends the session; with deletions marked, the server removes them now (RFC 1939 section 6).
    [[nodiscard]] Result<void> quit();

    // One request of a batch: RETR (lines < 0) or TOP n lines.
    struct Fetch
    {
        MessageNumber number;
        int lines = -1;
        qsizetype maxBytes = 0; // reply body limit; 0: the parser's default
    };
    // Fetches a batch, pipelined in a bounded window when allowed; `onMessage` runs for each
    // message in order as it arrives (the bytes, or the server's -ERR as an Error of scope
    // Message), while later requests may be in flight. An error returned by `onMessage`
    // stops the batch and is returned once the replies in flight are read.
    using FetchHandler = std::function<Result<void>(MessageNumber, Result<QByteArray>)>;
    [[nodiscard]] Result<void> fetchMany(std::span<const Fetch> requests,
                                         const FetchHandler &onMessage);
    // DELE for every number, pipelined when allowed. Returns the numbers the server refused
    // (-ERR: e.g. already deleted); connection failures are errors.
    [[nodiscard]] Result<std::vector<MessageNumber>>
    deleteMany(std::span<const MessageNumber> numbers);

    // NOOP when the session was idle longer than SessionOptions::keepAliveAfter. Call it
    // between steps that may take long locally (a big plan, a slow disk), never with replies
    // outstanding; the engine does before downloading and before deleting.
    [[nodiscard]] Result<void> keepAlive();

    // Drops the connection without QUIT: the server deletes nothing (RFC 1939 section 6).
    void close();

private:
    [[nodiscard]] Result<void> readGreeting();
    [[nodiscard]] Result<void> readCapabilities();
    [[nodiscard]] Result<void> startTls();
    [[nodiscard]] Result<void> checkCleartextAllowed(AuthMethod method) const;
    [[nodiscard]] std::optional<AuthMethod> chooseAuth() const;
    [[nodiscard]] Result<void> authPlain(const QString &user, const QString &password);
    [[nodiscard]] Result<void> apop(const QString &user, const QString &password);
    [[nodiscard]] Result<void> userPass(const QString &user, const QString &password);

    // Writes a command (redacted in the log when sensitive) and announces its reply.
    [[nodiscard]] Result<void> send(const Command &command, qsizetype maxBody = 0);
    // The next reply, in the order commands were sent.
    [[nodiscard]] Result<Reply> receive(Verb verb);
    // send + receive; -ERR becomes the translated Error.
    [[nodiscard]] Result<Reply> exchange(const Command &command, qsizetype maxBody = 0);
    [[nodiscard]] Result<Reply> okOrError(Reply reply, Verb verb) const;
    [[nodiscard]] int window() const;
    void step(SessionStep what);
    [[nodiscard]] std::chrono::steady_clock::time_point now() const;

    SessionOptions m_options;
    net::Connection m_connection;
    ReplyParser m_parser;
    SessionStateMachine m_state;
    Greeting m_greeting;
    Capabilities m_capabilities;
    std::optional<AuthMethod> m_authMethod;
    std::function<void(SessionStep)> m_stepHook;
    std::chrono::steady_clock::time_point m_lastExchange;
};

} // namespace lb::pop3
