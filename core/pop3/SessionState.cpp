// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/SessionState.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::pop3 {

namespace {

Error refused(const QString &why)
{
    return Error{ErrorScope::Connection, Remedy::None, why, {}};
}

} // namespace

bool isAllowedIn(State state, Verb verb)
{
    switch (state) {
    case State::Authorization: // RFC 1939 section 4, RFC 2595 section 4, RFC 5034
        return verb == Verb::User || verb == Verb::Pass || verb == Verb::Apop ||
               verb == Verb::Auth || verb == Verb::SaslResponse || verb == Verb::Capa ||
               verb == Verb::Stls || verb == Verb::Quit;
    case State::Transaction: // RFC 1939 section 5; CAPA is allowed in both (RFC 2449)
        return verb == Verb::Stat || verb == Verb::List || verb == Verb::Uidl ||
               verb == Verb::Top || verb == Verb::Retr || verb == Verb::Dele ||
               verb == Verb::Rset || verb == Verb::Noop || verb == Verb::Capa || verb == Verb::Quit;
    case State::Update:
    case State::Closed:
        return false;
    }
    return false;
}

Result<void> SessionStateMachine::check(Verb verb) const
{
    if (!isAllowedIn(m_state, verb))
        return refused(u"This POP3 command is not allowed in the current session state."_s);
    if (verb == Verb::Pass && !m_userAccepted)
        return refused(u"PASS must follow a USER command the server accepted."_s);
    if (verb == Verb::Stls && m_tlsActive)
        return refused(u"TLS is already active on this connection."_s);
    if (verb == Verb::SaslResponse && !m_authInProgress)
        return refused(u"No authentication exchange is in progress."_s);
    return Ok{};
}

void SessionStateMachine::sent(Verb verb)
{
    if (verb == Verb::Auth)
        m_authInProgress = true;
    // QUIT in TRANSACTION enters UPDATE; the reply tells whether deletions happened.
    if (verb == Verb::Quit && m_state == State::Transaction)
        m_state = State::Update;
}

void SessionStateMachine::replied(Verb verb, Status status)
{
    const bool ok = status == Status::Ok;
    switch (verb) {
    case Verb::User:
        m_userAccepted = ok;
        break;
    case Verb::Pass:
    case Verb::Apop:
        if (ok)
            m_state = State::Transaction;
        m_userAccepted = false;
        break;
    case Verb::Auth:
    case Verb::SaslResponse:
        m_authInProgress = status == Status::Continue;
        if (ok)
            m_state = State::Transaction;
        break;
    case Verb::Quit:
        m_state = State::Closed;
        break;
    default:
        break;
    }
}

} // namespace lb::pop3
