// SPDX-License-Identifier: GPL-3.0-or-later
// The SMTP reply parser on arbitrary server bytes. Byte 0 bit 0 turns on enhanced status
// codes (as after EHLO advertised ENHANCEDSTATUSCODES); the rest is the server's stream, fed
// whole and in pieces, which must yield the same replies. Each reply is then read as an EHLO
// answer and summarised as an error sentence would be.
#include "FuzzSupport.h"

#include "smtp/Capabilities.h"
#include "smtp/ReplyParser.h"

#include <vector>

namespace {

using namespace lb::smtp;

bool drain(ReplyParser &parser, std::vector<ParseEvent> &out)
{
    for (;;) {
        ParseEvent event = parser.next();
        if (std::holds_alternative<NeedMore>(event))
            return true;
        const bool failed = std::holds_alternative<ParseError>(event);
        out.push_back(std::move(event));
        if (failed)
            return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const bool enhanced = data[0] & 1;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    ReplyParser whole;
    whole.setEnhancedStatusCodes(enhanced);
    whole.feed(stream);
    std::vector<ParseEvent> wholeEvents;
    drain(whole, wholeEvents);

    ReplyParser pieces;
    pieces.setEnhancedStatusCodes(enhanced);
    std::vector<ParseEvent> pieceEvents;
    qsizetype at = 0;
    for (const qsizetype piece : lb::fuzz::chunkSizes(stream)) {
        pieces.feed(stream.sliced(at, piece));
        at += piece;
        if (!drain(pieces, pieceEvents))
            break;
    }
    if (pieceEvents != wholeEvents)
        lb::fuzz::invariantBroken("SMTP replies depend on how the stream was split");

    for (const ParseEvent &event : wholeEvents) {
        if (const auto *reply = std::get_if<Reply>(&event)) {
            (void)parseEhloReply(*reply);
            (void)reply->summary();
            (void)parseEnhancedCode(reply->text());
        }
    }
    return 0;
}
