// SPDX-License-Identifier: GPL-3.0-or-later
// The wire loop of Pop3Session and the TRANSACTION-state commands (RFC 1939 section 5).
// Connecting, STLS and logging in live in Pop3Login.cpp.
#include "pop3/Pop3Session.h"

#include "pop3/CommandBuilder.h"
#include "pop3/ReplyError.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lb::pop3 {

QString toString(AuthMethod method)
{
    switch (method) {
    case AuthMethod::SaslPlain:
        return u"AUTH PLAIN"_s;
    case AuthMethod::Apop:
        return u"APOP"_s;
    case AuthMethod::UserPass:
        return u"USER/PASS"_s;
    }
    return {};
}

Pop3Session::Pop3Session(SessionOptions options)
    : m_options(std::move(options)), m_lastExchange(now())
{}

Pop3Session::~Pop3Session()
{
    close();
}

void Pop3Session::close()
{
    m_connection.close();
}

bool Pop3Session::pipelining() const
{
    return m_options.usePipelining && m_capabilities.pipelining;
}

int Pop3Session::window() const
{
    return pipelining() ? std::max(1, m_options.pipelineWindow) : 1;
}

std::chrono::steady_clock::time_point Pop3Session::now() const
{
    return m_options.clock ? m_options.clock() : std::chrono::steady_clock::now();
}

void Pop3Session::step(SessionStep what)
{
    m_lastExchange = now();
    if (m_stepHook)
        m_stepHook(what);
}

Result<void> Pop3Session::send(const Command &command, qsizetype maxBody)
{
    if (auto allowed = m_state.check(command.verb); !allowed)
        return allowed;
    auto written = command.sensitive || command.verb == Verb::SaslResponse
                       ? m_connection.writeSecret(command.line, command.forLog())
                       : m_connection.write(command.line);
    if (!written)
        return Error(written.error());
    m_parser.expect(command.reply, maxBody);
    m_state.sent(command.verb);
    step(SessionStep::CommandSent);
    return Ok{};
}

Result<Reply> Pop3Session::receive(Verb verb)
{
    for (;;) {
        ParseEvent event = m_parser.next();
        if (auto *reply = std::get_if<Reply>(&event)) {
            m_state.replied(verb, reply->status.status);
            step(SessionStep::ReplyReceived);
            return std::move(*reply);
        }
        if (auto *broken = std::get_if<ParseError>(&event))
            return broken->toError();
        auto bytes = m_connection.readSome();
        if (!bytes)
            return Error(bytes.error());
        m_parser.feed(bytes.value());
    }
}

Result<Reply> Pop3Session::okOrError(Reply reply, Verb verb) const
{
    if (reply.status.ok())
        return reply;
    if (reply.status.status == Status::Continue)
        return Error{ErrorScope::Connection, Remedy::RetryLater,
                     u"The server answered with a continuation where none was expected."_s,
                     QString::fromUtf8(reply.status.text)};
    return translateStatus(reply.status, verb);
}

Result<Reply> Pop3Session::exchange(const Command &command, qsizetype maxBody)
{
    if (auto sent = send(command, maxBody); !sent)
        return sent.error();
    auto reply = receive(command.verb);
    if (!reply)
        return reply.error();
    return okOrError(std::move(*reply), command.verb);
}

Result<MaildropStat> Pop3Session::stat()
{
    auto reply = exchange(CommandBuilder::stat());
    if (!reply)
        return reply.error();
    return parseStat(reply->status);
}

Result<UniqueIdList> Pop3Session::uidl()
{
    auto reply = exchange(CommandBuilder::uidl());
    if (!reply)
        return reply.error();
    return parseUniqueIdList(reply->body.value_or(QByteArray()));
}

Result<ScanList> Pop3Session::list()
{
    auto reply = exchange(CommandBuilder::list());
    if (!reply)
        return reply.error();
    return parseScanList(reply->body.value_or(QByteArray()));
}

Result<QByteArray> Pop3Session::top(MessageNumber number, std::uint32_t lines)
{
    auto reply = exchange(CommandBuilder::top(number, lines));
    if (!reply)
        return reply.error();
    return reply->body.value_or(QByteArray());
}

Result<QByteArray> Pop3Session::retr(MessageNumber number, qsizetype maxBytes)
{
    auto reply = exchange(CommandBuilder::retr(number), maxBytes);
    if (!reply)
        return reply.error();
    return reply->body.value_or(QByteArray());
}

Result<void> Pop3Session::dele(MessageNumber number)
{
    auto reply = exchange(CommandBuilder::dele(number));
    if (!reply)
        return reply.error();
    return Ok{};
}

Result<void> Pop3Session::rset()
{
    auto reply = exchange(CommandBuilder::rset());
    if (!reply)
        return reply.error();
    return Ok{};
}

Result<void> Pop3Session::noop()
{
    auto reply = exchange(CommandBuilder::noop());
    if (!reply)
        return reply.error();
    return Ok{};
}

Result<void> Pop3Session::keepAlive()
{
    if (now() - m_lastExchange < m_options.keepAliveAfter)
        return Ok{};
    return noop();
}

Result<void> Pop3Session::quit()
{
    auto reply = exchange(CommandBuilder::quit());
    m_connection.close();
    if (!reply)
        return reply.error();
    return Ok{};
}

Result<void> Pop3Session::fetchMany(std::span<const Fetch> requests, const FetchHandler &onMessage)
{
    const std::size_t limit = std::size_t(window());
    std::size_t sent = 0;
    std::optional<Error> stopped;
    for (std::size_t done = 0; done < requests.size() && (!stopped || done < sent); ++done) {
        // Keep the window full (RFC 2449 section 6.6); one command at a time without it.
        while (!stopped && sent < requests.size() && sent - done < limit) {
            const Fetch &f = requests[sent];
            const Command command = f.lines < 0 ? CommandBuilder::retr(f.number)
                                                : CommandBuilder::top(f.number, f.lines);
            if (auto written = send(command, f.maxBytes); !written)
                return written;
            ++sent;
        }
        const Fetch &f = requests[done];
        auto reply = receive(f.lines < 0 ? Verb::Retr : Verb::Top);
        if (!reply)
            return reply.error();
        if (stopped)
            continue; // draining the replies still in flight
        auto checked = okOrError(std::move(*reply), f.lines < 0 ? Verb::Retr : Verb::Top);
        Result<QByteArray> body = checked ? Result<QByteArray>(checked->body.value_or(QByteArray()))
                                          : Result<QByteArray>(checked.error());
        if (auto handled = onMessage(f.number, std::move(body)); !handled)
            stopped = handled.error();
    }
    if (stopped)
        return *stopped;
    return Ok{};
}

Result<std::vector<MessageNumber>> Pop3Session::deleteMany(std::span<const MessageNumber> numbers)
{
    const std::size_t limit = std::size_t(window());
    std::size_t sent = 0;
    std::vector<MessageNumber> refused;
    for (std::size_t done = 0; done < numbers.size(); ++done) {
        while (sent < numbers.size() && sent - done < limit) {
            if (auto written = send(CommandBuilder::dele(numbers[sent])); !written)
                return written.error();
            ++sent;
        }
        auto reply = receive(Verb::Dele);
        if (!reply)
            return reply.error();
        if (!reply->status.ok())
            refused.push_back(numbers[done]);
    }
    return refused;
}

} // namespace lb::pop3
