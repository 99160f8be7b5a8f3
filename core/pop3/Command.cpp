// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Command.h"

#include "pop3/Tokens.h"

namespace lb::pop3 {

namespace {

constexpr QByteArrayView Redacted = "<redacted>";

QByteArrayView withoutLineEnd(QByteArrayView line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Keeps the first `keep` words and replaces the rest of the line.
QByteArray keepWords(QByteArrayView line, qsizetype keep)
{
    const QByteArrayList words = splitWords(line);
    if (words.size() <= keep)
        return line.toByteArray();
    QByteArrayList shown = words.mid(0, keep);
    shown.append(Redacted.toByteArray());
    return shown.join(' ');
}

} // namespace

QByteArray Command::forLog() const
{
    if (verb == Verb::SaslResponse)
        return Redacted.toByteArray();
    if (sensitive)
        return redactCommandLine(line);
    return withoutLineEnd(line).toByteArray();
}

QByteArray redactCommandLine(QByteArrayView line)
{
    line = withoutLineEnd(line);
    const QByteArrayList words = splitWords(line);
    if (words.isEmpty())
        return {};
    const QByteArray verb = words[0].toUpper();
    if (verb == "PASS")
        return keepWords(line, 1);
    if (verb == "APOP" || verb == "AUTH")
        return keepWords(line, 2); // name or mechanism stays, digest or response goes
    return line.toByteArray();
}

} // namespace lb::pop3
