// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "imap/Capabilities.h"
#include "imap/CommandBuilder.h"
#include "imap/CommandResult.h"
#include "imap/MailboxState.h"
#include "imap/ResponseParser.h"
#include "net/Connection.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace lb::imap {

struct SessionOptions
{
    // Capabilities to treat as absent even when advertised (see Capabilities::setHidden).
    QSet<QByteArray> hiddenCapabilities;
    std::shared_ptr<net::ProtocolLog> log; // null: the global log
    QString logLabel;                      // "imap alice@example.org"
    // Set by the owner to stop: every wait returns a Cancelled error within cancelCheck.
    const std::atomic<bool> *cancel = nullptr;
    std::chrono::milliseconds cancelCheck{200};
};

enum class SessionState
{
    Disconnected,
    NotAuthenticated,
    Authenticated,
    Selected,
};

enum class AuthMethod
{
    Auto,  // AUTHENTICATE PLAIN when offered, else LOGIN
    Login, // RFC 9051 section 6.2.3
    Plain, // RFC 4616 over AUTHENTICATE, with SASL-IR when offered (RFC 4959)
};

// What SELECT/EXAMINE reported, plus the changes a QRESYNC select sent (RFC 7162 3.2.5).
struct SelectResult
{
    UidValidity uidValidity;
    Uid uidNext;
    ModSeq highestModSeq; // 0: the mailbox keeps no mod-sequences (NOMODSEQ) or no CONDSTORE
    std::uint32_t exists = 0;
    bool readOnly = false;
    SequenceSet vanished;     // VANISHED (EARLIER)
    QList<FetchData> changed; // FETCH (UID FLAGS MODSEQ) for messages changed since
};

enum class MoveOutcome
{
    Moved,         // gone from the source
    MarkedDeleted, // copied; the originals are \Deleted until someone expunges
};

struct AppendResult
{
    UidValidity uidValidity; // both set only with UIDPLUS (RFC 4315 APPENDUID)
    Uid uid;
};

// One IMAP connection (RFC 9051) on the worker thread that made it.
//
// Contract: construct, use and destroy on one thread; only cancel() may be called from
// another. Every call blocks until the server answered, the read timeout of the endpoint
// passed without a byte, or the cancel flag was set. Commands may be pipelined with send()
// and wait(): tagged completions are routed by tag, and untagged data goes to the oldest
// pending command that asked for that kind (servers answer in order, RFC 9051 section 5.5)
// and otherwise to mailbox(), which also sees every EXISTS/EXPUNGE and response code. Any
// error of the connection or parser leaves the session Disconnected.
class Session
{
public:
    explicit Session(SessionOptions options = {});
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Connects, reads the greeting and the capabilities, and for a StartTls endpoint upgrades
    // (or fails with StartTlsNotOffered before sending anything else).
    [[nodiscard]] Result<void> connect(const net::ServerEndpoint &endpoint);
    [[nodiscard]] Result<void> login(const QString &user, const QString &password,
                                     AuthMethod method = AuthMethod::Auto);
    // LOGOUT and close; errors are ignored (the connection ends either way).
    void logout();
    void close();
    void cancel(); // thread-safe

    [[nodiscard]] SessionState state() const { return m_state; }
    [[nodiscard]] const Capabilities &capabilities() const { return m_capabilities; }
    [[nodiscard]] MailboxState &mailbox() { return m_mailbox; }
    [[nodiscard]] const MailboxState &mailbox() const { return m_mailbox; }
    [[nodiscard]] net::Connection &connection() { return m_connection; }
    [[nodiscard]] CommandBuilder &commands() { return m_builder; }
    // The transport error behind the last failure, if it was one (its kind and certificate).
    [[nodiscard]] const std::optional<net::NetError> &lastNetError() const { return m_netError; }
    // [ALERT] texts the server wants the user to see (RFC 9051 section 7.1).
    [[nodiscard]] QStringList takeAlerts() { return std::exchange(m_alerts, {}); }
    [[nodiscard]] const QList<QByteArray> &enabled() const { return m_enabled; }

    // Pipelining: send() writes a command (waiting for "+" at synchronizing literals) and
    // returns its tag; wait() reads until that tag completes.
    [[nodiscard]] Result<QByteArray> send(Command command);
    [[nodiscard]] Result<CommandResult> wait(const QByteArray &tag);
    [[nodiscard]] Result<CommandResult> execute(Command command);
    // execute(), with NO/BAD turned into commandError(result, what).
    [[nodiscard]] Result<CommandResult> executeOk(Command command, const QString &what);
    // Reads and dispatches whatever arrives within `timeout`; true when something did.
    [[nodiscard]] Result<bool> poll(std::chrono::milliseconds timeout);

    // Commands (SessionMailboxes.cpp, SessionMessages.cpp, SessionIdle.cpp).
    [[nodiscard]] Result<void> refreshCapabilities();
    [[nodiscard]] Result<QList<QByteArray>> enable(const QList<QByteArray> &capabilities);
    // COMPRESS DEFLATE (RFC 4978) when offered and not hidden: true when the connection is now
    // compressed, false when the server does not offer it (or refused it: the session goes on
    // uncompressed).
    [[nodiscard]] Result<bool> compress();
    [[nodiscard]] Result<IdData> id(const QList<QPair<QByteArray, QByteArray>> &fields);
    [[nodiscard]] Result<NamespaceData> namespaces();
    // Every mailbox with its attributes; Subscribed set from RETURN (SUBSCRIBED) when the
    // server has LIST-EXTENDED, else from a second LSUB. Special-use attributes where offered.
    [[nodiscard]] Result<QList<ListData>> listMailboxes();
    [[nodiscard]] Result<void> createMailbox(const QString &name);
    [[nodiscard]] Result<void> renameMailbox(const QString &from, const QString &to);
    [[nodiscard]] Result<void> deleteMailbox(const QString &name);
    [[nodiscard]] Result<void> subscribe(const QString &name, bool subscribed = true);
    [[nodiscard]] Result<QList<QuotaData>> quotaRoot(const QString &mailbox);
    [[nodiscard]] Result<void> noop();

    [[nodiscard]] Result<SelectResult> select(const QString &mailbox, SelectOptions options = {});
    [[nodiscard]] Result<QList<FetchData>> uidFetch(const SequenceSet &uids,
                                                    const QByteArray &items,
                                                    std::optional<ModSeq> changedSince = {},
                                                    bool vanished = false);
    // UIDs matching the criteria (ESEARCH ALL when offered, RFC 4731), ascending.
    [[nodiscard]] Result<QList<std::uint32_t>> uidSearch(const QByteArray &criteria);
    [[nodiscard]] Result<void> uidStore(const SequenceSet &uids, StoreAction action,
                                        const QList<QByteArray> &flags);
    [[nodiscard]] Result<void> uidCopy(const SequenceSet &uids, const QString &target);
    // MOVE (RFC 6851), else COPY + STORE \Deleted + UID EXPUNGE (UIDPLUS). Without UIDPLUS the
    // originals stay marked \Deleted: a plain EXPUNGE would also remove other clients'
    // \Deleted messages, so it happens only with allowPlainExpunge (the user agreed).
    [[nodiscard]] Result<MoveOutcome> uidMove(const SequenceSet &uids, const QString &target,
                                              bool allowPlainExpunge = false);
    // UID EXPUNGE (UIDPLUS); fails without it unless allowPlainExpunge.
    [[nodiscard]] Result<void> uidExpunge(const SequenceSet &uids, bool allowPlainExpunge = false);
    [[nodiscard]] Result<AppendResult> append(const QString &mailbox, const QByteArray &message,
                                              const QList<QByteArray> &flags = {},
                                              const std::optional<QDateTime> &date = {});

    // IDLE (RFC 2177) until the mailbox changes, maxDuration passes (re-issue before the
    // server's 30-minute limit) or the cancel flag is set (then the result is Cancelled).
    // The changes stay in mailbox() for the caller to take.
    [[nodiscard]] Result<void> idle(std::chrono::milliseconds maxDuration);

private:
    struct Pending
    {
        QByteArray name;
        std::optional<SequenceSet> uids; // UID FETCH/STORE: the UIDs it asked about
        CommandResult result;
        bool done = false;
    };

    [[nodiscard]] Result<void> readGreeting();
    [[nodiscard]] Result<void> startTls();
    [[nodiscard]] Result<void> authenticate(const QString &user, const QString &password,
                                            AuthMethod method);
    [[nodiscard]] Result<void> afterLogin(const CommandResult &result);

    [[nodiscard]] Result<void> writeSegment(const Command &command, std::size_t &next);
    // Reads until done() holds; a read timeout counts silence, not total time.
    [[nodiscard]] Result<void> waitFor(const std::function<bool()> &done);
    [[nodiscard]] Result<void> readOnce(std::chrono::milliseconds timeout, bool &gotBytes);
    [[nodiscard]] Result<void> drainParser();
    void dispatch(Response response);
    void dispatchTagged(StatusResponse status);
    void dispatchUntaggedStatus(const StatusResponse &status);
    [[nodiscard]] bool routeToCommand(const Response &response);
    [[nodiscard]] Error fail(Error error);
    [[nodiscard]] Error fail(const net::NetError &error);
    [[nodiscard]] bool cancelRequested() const;

    SessionOptions m_options;
    net::Connection m_connection;
    ResponseParser m_parser;
    CommandBuilder m_builder;
    Capabilities m_capabilities;
    MailboxState m_mailbox;
    SessionState m_state = SessionState::Disconnected;
    QString m_host;

    std::map<QByteArray, Pending> m_pending;
    QList<QByteArray> m_order; // pending tags in the order they were sent
    int m_continuations = 0;
    std::optional<StatusResponse> m_greeting;
    std::optional<QByteArray> m_bye;
    bool m_loggingOut = false;
    bool m_ignoreCancel = false; // while ending IDLE or logging out after a cancel
    std::optional<std::chrono::milliseconds> m_readLimit; // overrides the endpoint's
    QList<QByteArray> m_enabled;
    QStringList m_alerts;
    std::optional<net::NetError> m_netError;
};

} // namespace lb::imap
