// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/imap/FlagMapping.h"

#include <array>
#include <utility>

namespace lb::sync::imap {
namespace {

using store::MessageFlag;

constexpr std::array<std::pair<const char *, MessageFlag>, 7> kFlags{{
    {"\\Seen", MessageFlag::Seen},
    {"\\Answered", MessageFlag::Answered},
    {"\\Flagged", MessageFlag::Flagged},
    {"\\Deleted", MessageFlag::Deleted},
    {"\\Draft", MessageFlag::Draft},
    {"$Forwarded", MessageFlag::Forwarded},
    {"$Junk", MessageFlag::Junk},
}};

} // namespace

StoredFlags storedFlags(const QList<QByteArray> &imapFlags)
{
    StoredFlags out;
    for (const QByteArray &flag : imapFlags) {
        bool known = false;
        for (const auto &[name, bit] : kFlags) {
            // Flags are case-insensitive (RFC 9051 section 2.3.2).
            if (flag.compare(name, Qt::CaseInsensitive) == 0) {
                out.flags |= bit;
                known = true;
                break;
            }
        }
        if (!known && !flag.startsWith('\\'))
            out.keywords.append(QString::fromUtf8(flag));
    }
    out.keywords.sort();
    return out;
}

QList<QByteArray> imapFlags(store::MessageFlags flags)
{
    QList<QByteArray> out;
    for (const auto &[name, bit] : kFlags) {
        if (flags.testFlag(bit))
            out.append(name);
    }
    return out;
}

} // namespace lb::sync::imap
