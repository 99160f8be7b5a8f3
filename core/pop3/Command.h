// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/Reply.h"

#include <QByteArray>

#include <optional>

namespace lb::pop3 {

// The POP3 commands we send (RFC 1939, RFC 2449, RFC 2595, RFC 5034).
enum class Verb
{
    User,
    Pass,
    Apop,
    Auth,
    SaslResponse, // a line answering a "+ " challenge during AUTH
    Capa,
    Stls,
    Stat,
    List,
    Uidl,
    Top,
    Retr,
    Dele,
    Rset,
    Noop,
    Quit,
};

// A command ready for the wire, with what the session needs to handle its reply.
struct Command
{
    Verb verb = Verb::Noop;
    QByteArray line;                         // including the final CRLF
    ReplyKind reply = ReplyKind::SingleLine; // pass to ReplyParser::expect()
    bool sensitive = false;                  // the line holds a secret: log forLog(), never line
    // For AUTH whose initial response did not fit the line limit (RFC 5034 section 4):
    // send this line when the server answers with an empty "+ " challenge. It holds the
    // secret: log it as "<redacted>".
    std::optional<QByteArray> saslContinuation;

    // The line as a protocol log may show it, without CRLF and with secrets replaced.
    [[nodiscard]] QByteArray forLog() const;
};

// For logs that only have raw bytes: hides the arguments of PASS, APOP's digest and AUTH's
// initial response. SASL response lines cannot be recognised without context; log those
// through Command::forLog().
[[nodiscard]] QByteArray redactCommandLine(QByteArrayView line);

} // namespace lb::pop3
