// SPDX-License-Identifier: GPL-3.0-or-later
// A whole message through the MIME parser and everything a reader pane or the cache asks of
// the result: text, attachments, part lookup. Parsed twice, once with tight limits, so the
// paths that stop descending or drop excess parts run too.
#include "mime/Attachments.h"
#include "mime/MessageParser.h"
#include "mime/PartPath.h"
#include "mime/TextExtraction.h"

#include <cstdint>

namespace {

using namespace lb::mime;

void readEverything(const Message &message)
{
    (void)readableText(message);
    (void)firstHtmlPart(message);
    (void)attachments(message);
    (void)attachmentCount(message);
    (void)partAt(message, u"1.2.1");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    readEverything(parseMessage(raw));

    ParseLimits tight;
    tight.maxHeaderFields = 20;
    tight.maxFieldBytes = 256;
    tight.maxLineLength = 78;
    tight.maxDepth = 3;
    tight.maxParts = 16;
    readEverything(parseMessage(raw, tight));
    return 0;
}
