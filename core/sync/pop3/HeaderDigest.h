// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace lb::sync::pop3 {

// The one exception to "never derive keys from hashed headers" (ARCHITECTURE.md): a server
// without UIDL (RFC 1939 section 7 makes it optional) gives messages no identity, so the
// ledger keys them by a SHA-256 over their header block as TOP n 0 returns it. Fields some
// servers add or change on retrieval (Status, X-Status, X-UIDL, X-Keywords, Content-Length,
// Lines, X-Mozilla-*) are left out and line folding is undone, so the digest stays stable
// across sessions. Returns "hdr:" followed by 40 hex digits.
[[nodiscard]] QString headerDigest(QByteArrayView headerBlock);

} // namespace lb::sync::pop3
