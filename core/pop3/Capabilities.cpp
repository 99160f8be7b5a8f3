// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Capabilities.h"

#include "pop3/Tokens.h"

namespace lb::pop3 {

namespace {

// "EXPIRE 0", "EXPIRE NEVER", "EXPIRE 30 USER" (RFC 2449 section 6.7).
std::optional<ExpirePolicy> parseExpire(const QByteArrayList &words)
{
    if (words.size() < 2 || words.size() > 3)
        return std::nullopt;
    ExpirePolicy policy;
    if (words.size() == 3) {
        if (words[2].toUpper() != "USER")
            return std::nullopt;
        policy.perUser = true;
    }
    if (words[1].toUpper() == "NEVER") {
        policy.never = true;
        return policy;
    }
    const auto days = parseDecimal(words[1], UINT32_MAX);
    if (!days)
        return std::nullopt;
    policy.days = std::uint32_t(*days);
    return policy;
}

// "LOGIN-DELAY 900", "LOGIN-DELAY 900 USER" (RFC 2449 section 6.5).
std::optional<LoginDelay> parseLoginDelay(const QByteArrayList &words)
{
    if (words.size() < 2 || words.size() > 3)
        return std::nullopt;
    LoginDelay delay;
    if (words.size() == 3) {
        if (words[2].toUpper() != "USER")
            return std::nullopt;
        delay.perUser = true;
    }
    const auto seconds = parseDecimal(words[1], UINT32_MAX);
    if (!seconds)
        return std::nullopt;
    delay.seconds = std::uint32_t(*seconds);
    return delay;
}

// Returns false when the line is not one we understand.
bool applyCapability(Capabilities &caps, QByteArrayView line)
{
    const QByteArrayList words = splitWords(line);
    if (words.isEmpty())
        return true; // blank lines carry nothing
    const QByteArray name = words[0].toUpper();
    const bool bare = words.size() == 1;
    if (name == "TOP" && bare)
        caps.top = true;
    else if (name == "UIDL" && bare)
        caps.uidl = true;
    else if (name == "USER" && bare)
        caps.user = true;
    else if (name == "STLS" && bare)
        caps.stls = true;
    else if (name == "PIPELINING" && bare)
        caps.pipelining = true;
    else if (name == "RESP-CODES" && bare)
        caps.respCodes = true;
    else if (name == "AUTH-RESP-CODE" && bare)
        caps.authRespCode = true;
    else if (name == "SASL") {
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QByteArray mechanism = words[i].toUpper();
            if (!caps.saslMechanisms.contains(mechanism))
                caps.saslMechanisms.append(mechanism);
        }
    } else if (name == "IMPLEMENTATION") {
        const QByteArrayView rest = line.trimmed().sliced(words[0].size()).trimmed();
        caps.implementation = rest.toByteArray();
    } else if (name == "EXPIRE") {
        caps.expire = parseExpire(words);
        return caps.expire.has_value();
    } else if (name == "LOGIN-DELAY") {
        caps.loginDelay = parseLoginDelay(words);
        return caps.loginDelay.has_value();
    } else {
        return false;
    }
    return true;
}

} // namespace

bool Capabilities::supportsSasl(QByteArrayView mechanism) const
{
    for (const QByteArray &known : saslMechanisms) {
        if (QByteArrayView(known).compare(mechanism, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Capabilities parseCapabilities(QByteArrayView body)
{
    Capabilities caps;
    for (QByteArrayView line : bodyLines(body)) {
        if (!applyCapability(caps, line))
            caps.other.append(line.toByteArray());
    }
    return caps;
}

} // namespace lb::pop3
