// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/discovery/ClientConfig.h"
#include "common/Result.h"

#include <QByteArray>

namespace lb::accounts::discovery {

// Bounds that keep a hostile document cheap to refuse.
struct ClientConfigLimits
{
    qsizetype maxBytes = 256 * 1024;
    int maxDepth = 16;
    int maxElements = 4096;
    int maxServers = 32;
    qsizetype maxTextLength = 1024;
};

// Reads an autoconfig document (clientConfig version 1.1, as served by providers at
// autoconfig.<domain>/mail/config-v1.1.xml and shipped in the provider database).
//
// A pure function of its input: no I/O, no global state, safe on any thread (a fuzz entry
// point). Unknown elements are skipped; servers of kinds Letterbox does not speak
// (Exchange, ActiveSync...) are left out. Refused with a sentence naming the line and column:
// documents over the limits, a DTD (no entity tricks), malformed XML, a root other than
// clientConfig, a server without host name or with a port or socket type that is not one,
// and a document without any IMAP or POP3 server.
[[nodiscard]] Result<ClientConfig> parseClientConfig(const QByteArray &document,
                                                     const ClientConfigLimits &limits = {});

} // namespace lb::accounts::discovery
