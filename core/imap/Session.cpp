// SPDX-License-Identifier: GPL-3.0-or-later
// The session's plumbing: writing commands, reading and routing responses.
#include "imap/Session.h"

#include "common/Log.h"

#include <QDeadlineTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lb::imap {
namespace {

// Which untagged responses answer which command (RFC 9051 section 7 lists who sends what).
bool commandWants(const QByteArray &name, const Response &response)
{
    auto is = [&](std::initializer_list<const char *> names) {
        return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == n; });
    };
    return std::visit(
        [&](const auto &r) -> bool {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, FetchData>)
                return is({"FETCH", "UID FETCH", "STORE", "UID STORE", "SELECT", "EXAMINE"});
            else if constexpr (std::is_same_v<T, VanishedData>)
                return is({"SELECT", "EXAMINE", "UID FETCH"});
            else if constexpr (std::is_same_v<T, ListData>)
                return is({"LIST", "LSUB"});
            else if constexpr (std::is_same_v<T, SearchData> || std::is_same_v<T, ESearchData>)
                return is({"SEARCH", "UID SEARCH"});
            else if constexpr (std::is_same_v<T, NamespaceData>)
                return is({"NAMESPACE"});
            else if constexpr (std::is_same_v<T, StatusData>)
                return is({"STATUS", "LIST"});
            else if constexpr (std::is_same_v<T, QuotaData> || std::is_same_v<T, QuotaRootData>)
                return is({"GETQUOTAROOT", "GETQUOTA"});
            else if constexpr (std::is_same_v<T, EnabledData>)
                return is({"ENABLE"});
            else if constexpr (std::is_same_v<T, IdData>)
                return is({"ID"});
            else if constexpr (std::is_same_v<T, CapabilityData>)
                return is({"CAPABILITY"});
            else if constexpr (std::is_same_v<T, StatusResponse>)
                return true; // untagged OK [COPYUID ...] of MOVE and the like
            else
                return false;
        },
        response);
}

QByteArray loggableSegment(const Command &command, std::size_t from, std::size_t to)
{
    QByteArray out;
    for (std::size_t i = from; i < to; ++i) {
        const CommandChunk &chunk = command.chunks[i];
        out += chunk.sensitive ? QByteArrayLiteral("<redacted>") : chunk.bytes;
    }
    while (out.endsWith('\n') || out.endsWith('\r'))
        out.chop(1);
    return out;
}

// The UID set of "tag UID FETCH set ..." and "tag UID STORE set ...".
std::optional<SequenceSet> uidSetOf(const Command &command)
{
    if (command.name != "UID FETCH" && command.name != "UID STORE")
        return std::nullopt;
    const QList<QByteArray> words = command.chunks.front().bytes.split(' ');
    if (words.size() < 4)
        return std::nullopt;
    Result<SequenceSet> set = SequenceSet::parse(words[3]);
    return set ? std::optional<SequenceSet>(*set) : std::nullopt;
}

bool fetchBelongsTo(const Response &response, const std::optional<SequenceSet> &uids)
{
    const auto *fetch = std::get_if<FetchData>(&response);
    if (!fetch || !uids || !fetch->uid)
        return true;
    return uids->contains(fetch->uid->value);
}

} // namespace

Session::Session(SessionOptions options) : m_options(std::move(options))
{
    m_capabilities.setHidden(m_options.hiddenCapabilities);
    m_connection.setProtocolLog(m_options.log ? m_options.log : net::ProtocolLog::global(),
                                m_options.logLabel);
}

Session::~Session()
{
    close();
}

void Session::close()
{
    m_connection.close();
    m_state = SessionState::Disconnected;
    m_mailbox.close();
    m_pending.clear();
    m_order.clear();
}

void Session::cancel()
{
    m_connection.cancel();
}

bool Session::cancelRequested() const
{
    return m_options.cancel && m_options.cancel->load() && !m_ignoreCancel;
}

Error Session::fail(Error error)
{
    close();
    return error;
}

Error Session::fail(const net::NetError &error)
{
    m_netError = error;
    if (m_bye && error.kind == net::NetErrorKind::ClosedByServer)
        return fail(byeError(m_host, *m_bye));
    return fail(Error(error));
}

Result<QByteArray> Session::send(Command command)
{
    if (m_state == SessionState::Disconnected)
        return Error(net::notConnected());
    const QByteArray tag = command.tag;
    m_pending[tag] =
        Pending{command.name, uidSetOf(command), CommandResult{command.name, {}, {}}, false};
    m_order.append(tag);
    std::size_t next = 0;
    while (next < command.chunks.size()) {
        if (Result<void> written = writeSegment(command, next); !written)
            return written.error();
        const bool lastSent = next >= command.chunks.size();
        if (lastSent)
            break;
        // A synchronizing literal or a SASL step: the server answers "+" or completes
        // the command (usually with NO), and then the rest must not be sent.
        const int before = m_continuations;
        if (Result<void> waited =
                waitFor([&] { return m_continuations > before || m_pending[tag].done; });
            !waited) {
            return waited.error();
        }
        if (m_pending[tag].done)
            break;
    }
    return tag;
}

Result<void> Session::writeSegment(const Command &command, std::size_t &next)
{
    const std::size_t from = next;
    QByteArray bytes;
    bool sensitive = false;
    while (next < command.chunks.size()) {
        const CommandChunk &chunk = command.chunks[next++];
        bytes += chunk.bytes;
        sensitive = sensitive || chunk.sensitive;
        if (chunk.waitForContinuation)
            break;
    }
    const net::NetResult<void> written =
        sensitive ? m_connection.writeSecret(bytes, loggableSegment(command, from, next))
                  : m_connection.write(bytes);
    if (!written)
        return fail(written.error());
    return Ok{};
}

Result<CommandResult> Session::wait(const QByteArray &tag)
{
    const auto it = m_pending.find(tag);
    if (it == m_pending.end())
        return Error{ErrorScope::Input,
                     Remedy::None,
                     u"No command with tag %1 is pending."_s.arg(QString::fromLatin1(tag)),
                     {}};
    if (Result<void> waited = waitFor([&] { return m_pending[tag].done; }); !waited)
        return waited.error();
    CommandResult result = std::move(m_pending[tag].result);
    m_pending.erase(tag);
    m_order.removeOne(tag);
    return result;
}

Result<CommandResult> Session::execute(Command command)
{
    Result<QByteArray> tag = send(std::move(command));
    if (!tag)
        return tag.error();
    return wait(*tag);
}

Result<CommandResult> Session::executeOk(Command command, const QString &what)
{
    Result<CommandResult> result = execute(std::move(command));
    if (!result)
        return result;
    if (!result->ok())
        return commandError(*result, what);
    return result;
}

Result<bool> Session::poll(std::chrono::milliseconds timeout)
{
    if (m_state == SessionState::Disconnected)
        return Error(net::notConnected());
    bool got = false;
    if (Result<void> read = readOnce(timeout, got); !read)
        return read.error();
    if (Result<void> drained = drainParser(); !drained)
        return drained.error();
    return got;
}

Result<void> Session::waitFor(const std::function<bool()> &done)
{
    const auto silenceLimit = m_readLimit.value_or(m_connection.endpoint().timeouts.read);
    QDeadlineTimer silence(silenceLimit);
    while (true) {
        if (Result<void> drained = drainParser(); !drained)
            return drained;
        if (done())
            return Ok{};
        if (m_bye && !m_loggingOut)
            return fail(byeError(m_host, *m_bye));
        if (silence.hasExpired()) {
            return fail(net::readTimeout(
                m_host,
                int(std::chrono::duration_cast<std::chrono::seconds>(silenceLimit).count())));
        }
        const auto slice = std::min<std::chrono::milliseconds>(
            m_options.cancelCheck,
            std::chrono::milliseconds(std::max<qint64>(silence.remainingTime(), 1)));
        bool got = false;
        if (Result<void> read = readOnce(slice, got); !read)
            return read;
        if (got)
            silence.setRemainingTime(silenceLimit);
    }
}

Result<void> Session::readOnce(std::chrono::milliseconds timeout, bool &gotBytes)
{
    gotBytes = false;
    if (cancelRequested())
        return fail(net::cancelled());
    net::NetResult<QByteArray> bytes = m_connection.readSome(timeout);
    if (!bytes) {
        if (bytes.error().kind == net::NetErrorKind::ReadTimeout)
            return Ok{};
        return fail(bytes.error());
    }
    gotBytes = true;
    m_parser.feed(bytes.value());
    return Ok{};
}

Result<void> Session::drainParser()
{
    while (true) {
        ParseResult next = m_parser.next();
        if (std::holds_alternative<NeedMore>(next))
            return Ok{};
        if (const auto *error = std::get_if<ParseError>(&next))
            return fail(protocolError(m_host, error->toError().message));
        dispatch(std::move(std::get<Response>(next)));
    }
}

void Session::dispatch(Response response)
{
    if (auto *status = std::get_if<StatusResponse>(&response)) {
        if (status->isTagged()) {
            dispatchTagged(std::move(*status));
            return;
        }
        dispatchUntaggedStatus(*status);
        if (!m_greeting) {
            m_greeting = *status;
            return;
        }
    } else if (std::holds_alternative<ContinuationRequest>(response)) {
        ++m_continuations;
        return;
    } else if (const auto *caps = std::get_if<CapabilityData>(&response)) {
        m_capabilities.assign(caps->capabilities);
    } else if (const auto *enabled = std::get_if<EnabledData>(&response)) {
        m_enabled.append(enabled->capabilities);
    }
    // A FETCH or VANISHED that a command asked for is its answer; any other is news about
    // the mailbox. Everything else is both (an untagged OK may carry UIDNEXT and COPYUID).
    const bool claimable = std::holds_alternative<FetchData>(response) ||
                           std::holds_alternative<VanishedData>(response);
    if (claimable) {
        if (!routeToCommand(response))
            m_mailbox.apply(response);
        return;
    }
    m_mailbox.apply(response);
    (void)routeToCommand(response);
}

bool Session::routeToCommand(const Response &response)
{
    for (const QByteArray &tag : m_order) {
        Pending &pending = m_pending[tag];
        // Servers may run pipelined FETCHes in parallel (Dovecot does): a FETCH with a UID
        // belongs to the command that asked for that UID.
        if (!pending.done && commandWants(pending.name, response) &&
            fetchBelongsTo(response, pending.uids)) {
            pending.result.data.append(response);
            return true;
        }
    }
    return false;
}

void Session::dispatchTagged(StatusResponse status)
{
    const auto it = m_pending.find(status.tag);
    if (it == m_pending.end()) {
        qCWarning(lcImap) << "tagged response for an unknown command" << status.tag;
        return;
    }
    if (status.code && status.code->kind == ResponseCode::Kind::Capability)
        m_capabilities.assign(status.code->capabilities);
    it->second.result.status = std::move(status);
    it->second.done = true;
}

void Session::dispatchUntaggedStatus(const StatusResponse &status)
{
    if (status.status == Status::Bye)
        m_bye = status.text;
    if (!status.code)
        return;
    if (status.code->kind == ResponseCode::Kind::Capability)
        m_capabilities.assign(status.code->capabilities);
    else if (status.code->kind == ResponseCode::Kind::Alert)
        m_alerts.append(QString::fromUtf8(status.text));
}

} // namespace lb::imap
