// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/Envelope.h"

namespace lb::imap {

QByteArray Address::addrSpec() const
{
    if (!host || !mailbox)
        return {};
    if (host->isEmpty())
        return *mailbox;
    return *mailbox + '@' + *host;
}

} // namespace lb::imap
