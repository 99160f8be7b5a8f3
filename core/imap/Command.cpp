// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/Command.h"

#include <algorithm>

namespace lb::imap {

QByteArray Command::wire() const
{
    QByteArray out;
    for (const CommandChunk &c : chunks)
        out += c.bytes;
    return out;
}

QByteArray Command::loggable() const
{
    QByteArray out;
    for (const CommandChunk &c : chunks)
        out += c.sensitive ? QByteArrayLiteral("<redacted>") : c.bytes;
    return out;
}

bool Command::needsContinuation() const
{
    return std::any_of(chunks.begin(), chunks.end(),
                       [](const CommandChunk &c) { return c.waitForContinuation; });
}

} // namespace lb::imap
