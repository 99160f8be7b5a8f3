// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Records.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace lb::sync::imap {

// IMAP flags (RFC 9051 section 2.3.2) as the store keeps them: system flags and $Forwarded /
// $Junk as bits, other keywords as text. \Recent is session state and is dropped.
struct StoredFlags
{
    store::MessageFlags flags;
    QStringList keywords;
    bool operator==(const StoredFlags &) const = default;
};

[[nodiscard]] StoredFlags storedFlags(const QList<QByteArray> &imapFlags);
// The IMAP names of the bits set in `flags`.
[[nodiscard]] QList<QByteArray> imapFlags(store::MessageFlags flags);

} // namespace lb::sync::imap
