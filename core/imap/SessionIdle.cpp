// SPDX-License-Identifier: GPL-3.0-or-later
// IDLE (RFC 2177): wait for the server to tell us about the selected mailbox.
#include "imap/Session.h"

#include <QDeadlineTimer>

using namespace Qt::Literals::StringLiterals;

namespace lb::imap {

Result<void> Session::idle(std::chrono::milliseconds maxDuration)
{
    if (!m_capabilities.has("IDLE"))
        return Error{
            ErrorScope::Connection, Remedy::None, u"%1 does not offer IDLE."_s.arg(m_host), {}};
    const int before = m_continuations;
    Result<QByteArray> tag = send(m_builder.idle());
    if (!tag)
        return tag.error();
    if (Result<void> started =
            waitFor([&] { return m_continuations > before || m_pending[*tag].done; });
        !started) {
        return started;
    }
    if (m_pending[*tag].done) {
        Result<CommandResult> refused = wait(*tag);
        if (!refused)
            return refused.error();
        return commandError(*refused, u"waiting for new mail"_s);
    }
    const QDeadlineTimer deadline(maxDuration);
    bool cancelled = false;
    while (!m_mailbox.hasChanges() && !deadline.hasExpired()) {
        if (cancelRequested()) {
            cancelled = true;
            break;
        }
        const auto slice = std::min<std::chrono::milliseconds>(
            m_options.cancelCheck,
            std::chrono::milliseconds(std::max<qint64>(deadline.remainingTime(), 1)));
        Result<bool> polled = poll(slice);
        if (!polled)
            return polled.error();
        if (m_bye)
            return fail(byeError(m_host, *m_bye));
    }
    // RFC 2177: DONE ends IDLE; the server then completes the command.
    m_ignoreCancel = true;
    const net::NetResult<void> done = m_connection.write(CommandBuilder::idleDone());
    Result<CommandResult> finished = done ? wait(*tag) : Result<CommandResult>(fail(done.error()));
    m_ignoreCancel = false;
    if (!finished)
        return finished.error();
    if (cancelled)
        return Error(net::cancelled());
    return Ok{};
}

} // namespace lb::imap
