// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/Command.h"

namespace lb::smtp {

namespace {

constexpr QByteArrayView Redacted = "<redacted>";

QByteArrayView withoutLineEnd(QByteArrayView line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

QByteArray Command::forLog() const
{
    if (verb == Verb::SaslResponse && sensitive)
        return Redacted.toByteArray();
    return redactCommandLine(line);
}

QByteArray redactCommandLine(QByteArrayView line)
{
    line = withoutLineEnd(line);
    const QByteArrayList words = line.toByteArray().simplified().split(' ');
    if (words.size() > 2 && words[0].toUpper() == "AUTH")
        return words[0] + ' ' + words[1] + ' ' + Redacted.toByteArray();
    return line.toByteArray();
}

} // namespace lb::smtp
