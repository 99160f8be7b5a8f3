// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "smtp/Capabilities.h"
#include "smtp/Command.h"

#include <QStringList>

namespace lb::smtp {

// What a message needs from the transport, found by one scan of its bytes.
struct MessageTraits
{
    std::uint64_t size = 0;       // octets as they will be sent, before dot-stuffing
    bool eightBitHeaders = false; // octets >= 0x80 in the header section (RFC 6532)
    bool eightBitBody = false;    // octets >= 0x80 in the body (RFC 6152)
    bool longLines = false;       // a line over 998 octets (RFC 5321 section 4.5.3.1.6)
    bool nul = false;             // a NUL octet: not allowed in 8BITMIME either

    [[nodiscard]] static MessageTraits inspect(QByteArrayView message);
};

struct Envelope
{
    QString from; // empty for the null reverse-path
    QStringList recipients;
};

// How to send a message: the MAIL FROM parameters, or what must be re-encoded first.
struct TransferPlan
{
    MailParameters mail;
    // The body has 8-bit data, over-long lines or NUL and the server lacks what it needs:
    // re-encode the 8-bit parts as quoted-printable or base64 and plan again.
    bool mustReencodeBody = false;
    // Raw UTF-8 headers without SMTPUTF8: encode them as RFC 2047 words and plan again.
    bool mustReencodeHeaders = false;

    [[nodiscard]] bool readyToSend() const { return !mustReencodeBody && !mustReencodeHeaders; }
};

// Decides before anything is sent. Errors (all ErrorScope::Message, Remedy::AskUser): the
// message is larger than the server's SIZE limit; an address has non-ASCII characters and
// the server lacks SMTPUTF8; there are no recipients.
[[nodiscard]] Result<TransferPlan> planTransfer(const Capabilities &capabilities,
                                                const Envelope &envelope,
                                                const MessageTraits &traits);

// "35.9 MB": sizes for people, in decimal megabytes as mail providers state their limits.
[[nodiscard]] QString formatMegabytes(std::uint64_t octets);

} // namespace lb::smtp
