// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 5322 date-times with the obsolete forms real mail uses, and msg-id lists.
#include "mime/DateParser.h"
#include "mime/MessageParser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace lb::mime;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto date = parseDateDetailed(bytes)) {
        if (!date->utc.isValid())
            std::abort();
        (void)date->utc.toString(Qt::ISODate);
    }
    (void)parseDate(bytes);
    (void)parseMessageIds(bytes);
    return 0;
}
