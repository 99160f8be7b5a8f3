// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace lb::pop3 {

// How long the server keeps mail after it was retrieved (RFC 2449 section 6.7).
struct ExpirePolicy
{
    bool never = false;     // "EXPIRE NEVER": kept until the client deletes it
    std::uint32_t days = 0; // otherwise kept this many days; 0 = deleted right after retrieval
    bool perUser = false;   // "USER": the value may differ once logged in

    // "EXPIRE 0": the server never keeps mail, so leaving it on the server is impossible.
    [[nodiscard]] bool deletesOnRetrieval() const { return !never && days == 0; }
};

// The minimum delay between logins (RFC 2449 section 6.5).
struct LoginDelay
{
    std::uint32_t seconds = 0;
    bool perUser = false;
};

// The CAPA response (RFC 2449 section 5). Unknown capabilities are kept in `other`.
struct Capabilities
{
    bool top = false;
    bool uidl = false;
    bool user = false; // USER/PASS allowed
    bool stls = false; // RFC 2595 section 4
    bool pipelining = false;
    bool respCodes = false;
    bool authRespCode = false;     // RFC 3206 [AUTH]
    QByteArrayList saslMechanisms; // upper case, as advertised by "SASL" (RFC 5034 section 6)
    std::optional<LoginDelay> loginDelay;
    std::optional<ExpirePolicy> expire;
    QByteArray implementation;
    QByteArrayList other; // whole lines we do not interpret

    [[nodiscard]] bool supportsSasl(QByteArrayView mechanism) const;
};

// Reads a CAPA body (lines ending in CRLF, as ReplyParser delivers them). Malformed
// arguments of known capabilities are tolerated by keeping the line in `other`.
[[nodiscard]] Capabilities parseCapabilities(QByteArrayView body);

} // namespace lb::pop3
