// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Greeting.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::pop3 {

namespace {

// The timestamp has msg-id syntax: no spaces or controls, and an "@" inside the brackets.
std::optional<QByteArray> findApopTimestamp(const QByteArray &text)
{
    const qsizetype open = text.indexOf('<');
    if (open < 0)
        return std::nullopt;
    const qsizetype close = text.indexOf('>', open);
    if (close < 0)
        return std::nullopt;
    const QByteArray candidate = text.mid(open, close - open + 1);
    if (!candidate.contains('@') || candidate.size() < 5)
        return std::nullopt;
    for (char c : candidate) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F)
            return std::nullopt;
    }
    return candidate;
}

} // namespace

Result<Greeting> parseGreeting(const StatusLine &status)
{
    if (!status.ok()) {
        return Error{ErrorScope::Connection, Remedy::RetryLater,
                     u"The POP3 server refused the connection."_s, QString::fromUtf8(status.text)};
    }
    return Greeting{status.text, findApopTimestamp(status.text)};
}

} // namespace lb::pop3
