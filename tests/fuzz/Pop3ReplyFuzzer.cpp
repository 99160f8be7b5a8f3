// SPDX-License-Identifier: GPL-3.0-or-later
// The POP3 reply parser on arbitrary server bytes. POP3 replies do not say whether a body
// follows, so the first two input bytes choose the replies the client waits for: byte 0 is a
// bit pattern of single-line (0) and multi-line (1) replies, byte 1 their number (bit 7: a
// 64-byte body limit). The rest is the server's stream, fed whole and in pieces, which must
// yield the same replies; each reply then goes through the readers a session applies to it.
#include "FuzzSupport.h"

#include "pop3/Capabilities.h"
#include "pop3/Greeting.h"
#include "pop3/Listings.h"
#include "pop3/ReplyParser.h"

#include <vector>

namespace {

using namespace lb::pop3;

struct Plan
{
    std::uint8_t kinds = 0;
    int count = 0;
    qsizetype maxBody = 0;
};

ReplyParser announce(const Plan &plan)
{
    ReplyParser parser;
    for (int i = 0; i < plan.count; ++i)
        parser.expect((plan.kinds >> (i % 8)) & 1 ? ReplyKind::MultiLine : ReplyKind::SingleLine,
                      plan.maxBody);
    return parser;
}

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

void readReply(const Reply &reply)
{
    (void)parseGreeting(reply.status);
    (void)parseStat(reply.status);
    (void)parseScanListing(reply.status);
    (void)parseUniqueIdListing(reply.status);
    (void)reply.status.knownCode();
    if (reply.status.code)
        (void)reply.status.code->toString();
    if (reply.body) {
        (void)parseCapabilities(*reply.body);
        (void)parseScanList(*reply.body);
        for (const UniqueIdListing &listing : parseUniqueIdList(*reply.body).entries)
            (void)uniqueIdProblem(listing.uniqueId);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const Plan plan{data[0], data[1] & 0x7f, (data[1] & 0x80) ? 64 : 0};
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));

    ReplyParser whole = announce(plan);
    whole.feed(stream);
    std::vector<ParseEvent> wholeEvents;
    drain(whole, wholeEvents);

    ReplyParser pieces = announce(plan);
    std::vector<ParseEvent> pieceEvents;
    qsizetype at = 0;
    for (const qsizetype piece : lb::fuzz::chunkSizes(stream)) {
        pieces.feed(stream.sliced(at, piece));
        at += piece;
        if (!drain(pieces, pieceEvents))
            break;
    }
    if (pieceEvents != wholeEvents)
        lb::fuzz::invariantBroken("POP3 replies depend on how the stream was split");

    for (const ParseEvent &event : wholeEvents) {
        if (const auto *reply = std::get_if<Reply>(&event))
            readReply(*reply);
    }
    return 0;
}
