// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "pop3/Command.h"

namespace lb::pop3 {

// The states of a POP3 session (RFC 1939 section 3), plus Closed once QUIT was answered.
enum class State
{
    Authorization,
    Transaction,
    Update,
    Closed,
};

// Tracks the session state from the commands sent and the replies received, so a session
// can refuse a command before it reaches the wire. With pipelining, call sent() when a
// command is written and replied() when its reply is parsed, in the same order.
class SessionStateMachine
{
public:
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool tlsActive() const { return m_tlsActive; }

    // Ok when `verb` may be sent now, else an Error naming the rule.
    [[nodiscard]] Result<void> check(Verb verb) const;

    void sent(Verb verb);
    void replied(Verb verb, Status status);
    // The transport finished the TLS handshake after STLS (RFC 2595 section 4).
    void tlsStarted() { m_tlsActive = true; }

private:
    State m_state = State::Authorization;
    bool m_userAccepted = false; // USER got +OK, so PASS may follow
    bool m_tlsActive = false;
    bool m_authInProgress = false;
};

[[nodiscard]] bool isAllowedIn(State state, Verb verb);

} // namespace lb::pop3
