// SPDX-License-Identifier: GPL-3.0-or-later
// Getting to the Authenticated state: greeting, capabilities, STARTTLS, LOGIN/AUTHENTICATE.
#include "imap/Session.h"

#include "common/Log.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::imap {

Result<void> Session::connect(const net::ServerEndpoint &endpoint)
{
    close();
    m_parser = ResponseParser();
    m_builder = CommandBuilder();
    m_capabilities.clear();
    m_greeting.reset();
    m_bye.reset();
    m_netError.reset();
    m_enabled.clear();
    m_host = endpoint.host;
    if (net::NetResult<void> connected = m_connection.connectToHost(endpoint); !connected)
        return fail(connected.error());
    m_state = SessionState::NotAuthenticated;
    if (Result<void> greeted = readGreeting(); !greeted)
        return greeted;
    if (!m_capabilities.isKnown()) {
        if (Result<void> caps = refreshCapabilities(); !caps)
            return caps;
    }
    if (endpoint.tlsMode == net::TlsMode::StartTls)
        return startTls();
    return Ok{};
}

Result<void> Session::readGreeting()
{
    if (Result<void> waited = waitFor([&] { return m_greeting.has_value(); }); !waited)
        return waited;
    switch (m_greeting->status) {
    case Status::Ok:
        return Ok{};
    case Status::PreAuth:
        // RFC 9051 section 7.1.4: already authenticated (e.g. by the transport).
        m_state = SessionState::Authenticated;
        return Ok{};
    case Status::Bye:
        return fail(byeError(m_host, m_greeting->text));
    default:
        return fail(protocolError(m_host, u"the greeting is neither OK, PREAUTH nor BYE"_s));
    }
}

// RFC 9051 section 6.2.1; RFC 2595 section 3.1 for the rules around the upgrade.
Result<void> Session::startTls()
{
    if (m_state != SessionState::NotAuthenticated || !m_capabilities.has("STARTTLS")) {
        // Nothing more goes out in plaintext: not even LOGOUT.
        const net::NetError error = net::starttlsNotOffered(m_host);
        return fail(error);
    }
    Result<CommandResult> result = execute(m_builder.starttls());
    if (!result)
        return result.error();
    if (!result->ok())
        return fail(net::starttlsNotOffered(m_host));
    if (m_parser.bufferedBytes() > 0) {
        return fail(protocolError(
            m_host, u"the server sent data after accepting STARTTLS (possible injection)"_s));
    }
    if (net::NetResult<void> upgraded = m_connection.startTls(); !upgraded)
        return fail(upgraded.error());
    // RFC 9051 section 6.2.1: capabilities learned before TLS must be forgotten.
    m_capabilities.clear();
    return refreshCapabilities();
}

Result<bool> Session::compress()
{
    if (m_connection.isCompressed())
        return true;
    if (!m_capabilities.has("COMPRESS=DEFLATE"))
        return false;
    Result<CommandResult> result =
        execute(m_builder.command("COMPRESS", {CommandArg::raw("DEFLATE")}));
    if (!result)
        return result.error();
    // NO [COMPRESSIONACTIVE] (already on, e.g. at the TLS layer) or any other refusal: the
    // session simply stays uncompressed.
    if (!result->ok())
        return false;
    // Everything after the OK is compressed (RFC 4978 section 3): plain bytes already parsed
    // past it cannot be right.
    if (m_parser.bufferedBytes() > 0)
        return fail(protocolError(m_host, u"the server sent data after accepting COMPRESS"_s));
    if (net::NetResult<void> started = m_connection.startDeflate(); !started)
        return fail(started.error());
    return true;
}

Result<void> Session::refreshCapabilities()
{
    Result<CommandResult> result = executeOk(m_builder.capability(), u"asking for capabilities"_s);
    if (!result)
        return result.error();
    return Ok{};
}

Result<void> Session::login(const QString &user, const QString &password, AuthMethod method)
{
    if (m_state == SessionState::Authenticated || m_state == SessionState::Selected)
        return Ok{};
    if (m_state != SessionState::NotAuthenticated)
        return Error(net::notConnected());
    return authenticate(user, password, method);
}

Result<void> Session::authenticate(const QString &user, const QString &password, AuthMethod method)
{
    const bool plainOffered = m_capabilities.has("AUTH=PLAIN");
    const bool loginAllowed = !m_capabilities.has("LOGINDISABLED");
    if (method == AuthMethod::Auto)
        method = plainOffered || !loginAllowed ? AuthMethod::Plain : AuthMethod::Login;
    if (method == AuthMethod::Login && !loginAllowed) {
        // RFC 9051 section 6.2.3: LOGINDISABLED means the server will refuse LOGIN here.
        return fail(Error{ErrorScope::Account,
                          Remedy::AskUser,
                          u"%1 does not accept a password on this connection: choose TLS or "
                          u"STARTTLS."_s.arg(m_host),
                          {}});
    }
    m_builder.setFeatures(ServerFeatures::fromCapabilities(m_capabilities.effective()));
    const Command command = method == AuthMethod::Login
                                ? m_builder.login(user.toUtf8(), password.toUtf8())
                                : m_builder.authenticatePlain(user.toUtf8(), password.toUtf8());
    Result<CommandResult> result = execute(command);
    if (!result)
        return result.error();
    if (!result->ok())
        return authenticationError(*result);
    return afterLogin(*result);
}

Result<void> Session::afterLogin(const CommandResult &result)
{
    m_state = SessionState::Authenticated;
    // RFC 9051 section 6.2.2: capabilities may change after authentication; a server that
    // did not send them with the OK gets asked.
    if (!result.hasCode(ResponseCode::Kind::Capability)) {
        if (Result<void> caps = refreshCapabilities(); !caps)
            return caps;
    }
    m_builder.setFeatures(ServerFeatures::fromCapabilities(m_capabilities.effective()));
    return Ok{};
}

void Session::logout()
{
    if (m_state == SessionState::Disconnected)
        return;
    m_loggingOut = true;
    m_ignoreCancel = true;
    Result<QByteArray> tag = send(m_builder.logout());
    if (tag) {
        // RFC 9051 section 6.1.3: BYE, then the tagged OK; do not wait long for either.
        m_readLimit = std::chrono::milliseconds(2000);
        (void)wait(*tag);
        m_readLimit.reset();
    }
    m_loggingOut = false;
    m_ignoreCancel = false;
    close();
}

Result<QList<QByteArray>> Session::enable(const QList<QByteArray> &capabilities)
{
    QList<QByteArray> wanted;
    for (const QByteArray &c : capabilities) {
        if (m_capabilities.has(c))
            wanted.append(c);
    }
    if (wanted.isEmpty() || !m_capabilities.has("ENABLE"))
        return QList<QByteArray>();
    const qsizetype before = m_enabled.size();
    Result<CommandResult> result = executeOk(m_builder.enable(wanted), u"enabling extensions"_s);
    if (!result)
        return result.error();
    return m_enabled.mid(before);
}

Result<IdData> Session::id(const QList<QPair<QByteArray, QByteArray>> &fields)
{
    if (!m_capabilities.has("ID"))
        return IdData{};
    Result<CommandResult> result = executeOk(m_builder.id(fields), u"exchanging ID"_s);
    if (!result)
        return result.error();
    const QList<IdData> data = result->all<IdData>();
    return data.isEmpty() ? IdData{} : data.front();
}

} // namespace lb::imap
