// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace lb::smtp {

// The SMTP commands we send (RFC 5321 section 4.1, RFC 3207, RFC 4954).
enum class Verb
{
    Ehlo,
    Helo,
    StartTls,
    Auth,
    SaslResponse, // a line answering a 334 challenge
    MailFrom,
    RcptTo,
    Data,
    Rset,
    Noop,
    Quit,
};

// A command ready for the wire.
struct Command
{
    Verb verb = Verb::Noop;
    QByteArray line;        // including the final CRLF
    bool sensitive = false; // holds a secret: log forLog(), never line

    // The line as a protocol log may show it, without CRLF and with secrets replaced.
    [[nodiscard]] QByteArray forLog() const;
};

// Parameters of MAIL FROM (RFC 1870 SIZE=, RFC 6152 BODY=8BITMIME, RFC 6531 SMTPUTF8).
struct MailParameters
{
    std::optional<std::uint64_t> size;
    bool eightBitMime = false;
    bool smtpUtf8 = false;
    bool operator==(const MailParameters &) const = default;
};

// For logs that only have raw bytes: hides AUTH's initial response. SASL response lines
// cannot be recognised without context; log those through Command::forLog().
[[nodiscard]] QByteArray redactCommandLine(QByteArrayView line);

} // namespace lb::smtp
