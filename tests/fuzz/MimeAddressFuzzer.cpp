// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 5322 address lists (From, To, Cc, Reply-To) and single mailboxes (Sender, Return-Path).
#include "FuzzSupport.h"

#include "mime/AddressParser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace lb::mime;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // A line break in an address or a display name would let a reply to it inject header
    // fields (and it breaks every one-line display of it).
    const auto hasLineBreak = [](const QString &text) {
        return text.contains(u'\r') || text.contains(u'\n');
    };
    for (const Mailbox &mailbox : parseAddressList(bytes)) {
        if (hasLineBreak(mailbox.address) || hasLineBreak(mailbox.name))
            lb::fuzz::invariantBroken("line break inside a parsed mailbox");
    }
    (void)parseMailbox(bytes);
    return 0;
}
