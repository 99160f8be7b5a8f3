// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "pop3/Listings.h"

#include <QString>

#include <vector>

namespace lb::pop3 {
class Pop3Session;
}

namespace lb::sync::pop3 {

// One message in the maildrop of this session.
struct ServerMessage
{
    lb::pop3::MessageNumber number; // valid until QUIT only
    QString uidl;                   // the ledger key: the server's UIDL, or a header digest
    std::uint64_t octets = 0;       // from LIST
};

struct ServerListing
{
    std::vector<ServerMessage> messages; // in message-number order
    bool byHeaderDigest = false;         // the server has no UIDL (see HeaderDigest.h)
};

// UIDL for the identities and, with `sizes`, LIST for the sizes (else octets stay 0); where
// UIDL is refused, LIST, TOP n 0 of every message and a digest of its headers (pipelined
// when the server allows).
[[nodiscard]] Result<ServerListing> listServer(lb::pop3::Pop3Session &session, bool sizes = true);

} // namespace lb::sync::pop3
