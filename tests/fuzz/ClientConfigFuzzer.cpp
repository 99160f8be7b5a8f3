// SPDX-License-Identifier: GPL-3.0-or-later
// The autoconfig (clientConfig v1.1) reader on arbitrary documents, as an HTTPS answer from a
// domain the user typed delivers them; once with the default limits, once with tiny ones.
#include "accounts/discovery/ClientConfigReader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace lb::accounts::discovery;
    const QByteArray document(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)parseClientConfig(document);

    ClientConfigLimits tiny;
    tiny.maxBytes = 2048;
    tiny.maxDepth = 4;
    tiny.maxElements = 32;
    tiny.maxServers = 2;
    tiny.maxTextLength = 16;
    (void)parseClientConfig(document, tiny);
    return 0;
}
