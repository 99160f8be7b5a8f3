// SPDX-License-Identifier: GPL-3.0-or-later
// A header block, as an IMAP BODY[HEADER] fetch delivers it: split into fields, decoded into
// the envelope the message list shows, and read as a part's MIME headers.
#include "mime/ContentTypeParser.h"
#include "mime/HeaderBlockParser.h"
#include "mime/MessageParser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace lb::mime;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const HeaderBlock block = parseHeaderBlockDetailed(bytes);
    if (block.bodyOffset < 0 || block.bodyOffset > bytes.size())
        std::abort();
    (void)decodeEnvelope(block.headers);

    Part part;
    part.headers = block.headers;
    (void)interpretPartHeaders(part, false);
    (void)interpretPartHeaders(part, true);

    ParseLimits tight;
    tight.maxHeaderFields = 8;
    tight.maxFieldBytes = 64;
    (void)parseHeaderBlockDetailed(bytes, tight);
    return 0;
}
