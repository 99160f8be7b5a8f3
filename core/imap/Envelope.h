// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace lb::imap {

// nstring: NIL (nullopt) or a string, as the server sent it.
using NString = std::optional<QByteArray>;

// One ENVELOPE address (RFC 9051 section 7.5.2). Fields are raw: the name may still carry
// RFC 2047 encoded-words, which the MIME layer decodes.
struct Address
{
    NString name;
    NString adl; // source route, obsolete
    NString mailbox;
    NString host;

    // RFC 9051 section 7.5.2: a NIL host marks group syntax; a NIL mailbox too ends a group.
    [[nodiscard]] bool isGroupStart() const { return !host && mailbox.has_value(); }
    [[nodiscard]] bool isGroupEnd() const { return !host && !mailbox; }
    // "mailbox@host" (just the mailbox when the host is empty); empty for group markers.
    [[nodiscard]] QByteArray addrSpec() const;

    bool operator==(const Address &) const = default;
};

// The ENVELOPE fetch item: header fields pre-parsed by the server, raw bytes.
struct Envelope
{
    NString date;
    NString subject;
    QList<Address> from;
    QList<Address> sender;
    QList<Address> replyTo;
    QList<Address> to;
    QList<Address> cc;
    QList<Address> bcc;
    NString inReplyTo;
    NString messageId;

    bool operator==(const Envelope &) const = default;
};

} // namespace lb::imap
