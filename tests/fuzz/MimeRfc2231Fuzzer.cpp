// SPDX-License-Identifier: GPL-3.0-or-later
// MIME parameters with RFC 2231 continuations and charsets, inside Content-Type and
// Content-Disposition values and alone.
#include "mime/ContentTypeParser.h"
#include "mime/Rfc2231.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace lb::mime;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)parseParameters(bytes);
    (void)decodeExtendedValue(bytes);
    const ParsedContentType type = parseContentType(bytes);
    (void)type.type.param("boundary");
    (void)parseContentDisposition(bytes);
    return 0;
}
