// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/Capabilities.h"

namespace lb::smtp {

namespace {

QByteArrayList words(const QByteArray &line)
{
    return line.simplified().split(' ');
}

std::optional<std::uint64_t> parseSize(const QByteArray &digits)
{
    if (digits.isEmpty() || digits.size() > 19)
        return std::nullopt;
    std::uint64_t value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + std::uint64_t(c - '0');
    }
    return value;
}

void addMechanisms(Capabilities &caps, const QByteArrayList &mechanisms)
{
    for (const QByteArray &mechanism : mechanisms) {
        const QByteArray upper = mechanism.toUpper();
        if (!upper.isEmpty() && !caps.authMechanisms.contains(upper))
            caps.authMechanisms.append(upper);
    }
}

// Returns false for lines we do not understand.
bool applyKeyword(Capabilities &caps, const QByteArray &line)
{
    const QByteArrayList parts = words(line);
    const QByteArray keyword = parts.value(0).toUpper();
    const bool bare = parts.size() == 1;
    if (keyword == "SIZE") {
        // RFC 1870 section 4: "SIZE" alone or "SIZE 0" means no fixed limit.
        const auto limit = bare ? std::optional<std::uint64_t>(0) : parseSize(parts.value(1));
        if (!limit || parts.size() > 2)
            return false;
        caps.size = true;
        caps.sizeLimit = *limit;
    } else if (keyword == "AUTH") {
        addMechanisms(caps, parts.mid(1));
    } else if (keyword.startsWith("AUTH=")) {
        // Pre-standard form still sent by old servers: "AUTH=LOGIN PLAIN".
        addMechanisms(caps, QByteArrayList{parts[0].mid(5)} + parts.mid(1));
    } else if (keyword == "8BITMIME" && bare) {
        caps.eightBitMime = true;
    } else if (keyword == "SMTPUTF8" && bare) {
        caps.smtpUtf8 = true;
    } else if (keyword == "PIPELINING" && bare) {
        caps.pipelining = true;
    } else if (keyword == "STARTTLS" && bare) {
        caps.startTls = true;
    } else if (keyword == "ENHANCEDSTATUSCODES" && bare) {
        caps.enhancedStatusCodes = true;
    } else if (keyword == "CHUNKING" && bare) {
        caps.chunking = true;
    } else if (keyword == "BINARYMIME" && bare) {
        caps.binaryMime = true;
    } else if (keyword == "DSN" && bare) {
        caps.dsn = true;
    } else {
        return false;
    }
    return true;
}

} // namespace

bool Capabilities::supportsAuth(QByteArrayView mechanism) const
{
    for (const QByteArray &known : authMechanisms) {
        if (QByteArrayView(known).compare(mechanism, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Capabilities parseEhloReply(const Reply &reply)
{
    Capabilities caps;
    if (reply.lines.isEmpty())
        return caps;
    caps.domain = words(reply.lines.first()).value(0);
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QByteArray &line = reply.lines[i];
        if (line.trimmed().isEmpty())
            continue;
        if (!applyKeyword(caps, line))
            caps.other.append(line);
    }
    return caps;
}

} // namespace lb::smtp
