// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/Redaction.h"

namespace lb::imap {

namespace {

const QByteArray kRedacted = QByteArrayLiteral("<redacted>");

// The end of the next space-separated word starting at `from`; a quoted word may hold
// spaces and escapes.
qsizetype wordEnd(QByteArrayView line, qsizetype from)
{
    if (from < line.size() && line[from] == '"') {
        for (qsizetype i = from + 1; i < line.size(); ++i) {
            if (line[i] == '\\')
                ++i;
            else if (line[i] == '"')
                return i + 1;
        }
        return line.size();
    }
    const qsizetype space = line.indexOf(' ', from);
    return space < 0 ? line.size() : space;
}

QByteArray lineEnding(QByteArrayView line)
{
    return line.endsWith("\r\n") ? QByteArrayLiteral("\r\n") : QByteArray();
}

} // namespace

QByteArray redactClientLine(QByteArrayView line)
{
    const qsizetype tagEnd = wordEnd(line, 0);
    const qsizetype commandEnd = wordEnd(line, tagEnd + 1);
    if (tagEnd >= line.size() || commandEnd >= line.size())
        return line.toByteArray();
    const QByteArrayView command = line.sliced(tagEnd + 1, commandEnd - tagEnd - 1);
    // LOGIN: keep the user name, hide everything after it (RFC 9051 section 6.2.3).
    if (command.compare("LOGIN", Qt::CaseInsensitive) == 0) {
        const qsizetype userEnd = wordEnd(line, commandEnd + 1);
        if (userEnd >= line.size())
            return line.toByteArray();
        return line.first(userEnd + 1).toByteArray() + kRedacted + lineEnding(line);
    }
    // AUTHENTICATE mech [initial-response] (RFC 4959): the response carries the secret.
    if (command.compare("AUTHENTICATE", Qt::CaseInsensitive) == 0) {
        const QByteArrayView body = line.endsWith("\r\n") ? line.chopped(2) : line;
        const qsizetype mechEnd = wordEnd(body, commandEnd + 1);
        if (mechEnd >= body.size())
            return line.toByteArray();
        return line.first(mechEnd + 1).toByteArray() + kRedacted + lineEnding(line);
    }
    return line.toByteArray();
}

QByteArray redactedContinuationLine()
{
    return kRedacted;
}

} // namespace lb::imap
