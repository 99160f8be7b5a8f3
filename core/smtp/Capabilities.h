// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/Reply.h"

#include <QByteArrayList>

#include <cstdint>

namespace lb::smtp {

// What the server offered in its EHLO reply (RFC 5321 section 4.1.1.1). A HELO-only
// server has none of these.
struct Capabilities
{
    QByteArray domain;                // the first word of the first line
    bool size = false;                // RFC 1870
    std::uint64_t sizeLimit = 0;      // with SIZE: the largest message accepted; 0 = no fixed limit
    bool eightBitMime = false;        // RFC 6152
    bool smtpUtf8 = false;            // RFC 6531
    bool pipelining = false;          // RFC 2920
    bool startTls = false;            // RFC 3207
    bool enhancedStatusCodes = false; // RFC 2034
    bool chunking = false;            // RFC 3030
    bool binaryMime = false;          // RFC 3030
    bool dsn = false;                 // RFC 3461
    QByteArrayList authMechanisms;    // upper case; "AUTH" and the old "AUTH=" form merged
    QByteArrayList other;             // lines we do not interpret

    [[nodiscard]] bool supportsAuth(QByteArrayView mechanism) const;
};

// Reads a positive EHLO reply. Unknown keywords and unreadable SIZE values are kept in
// `other` rather than failing: a server's odd extension must not stop us from sending.
[[nodiscard]] Capabilities parseEhloReply(const Reply &reply);

} // namespace lb::smtp
