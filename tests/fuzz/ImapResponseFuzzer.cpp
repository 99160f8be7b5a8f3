// SPDX-License-Identifier: GPL-3.0-or-later
// The IMAP response parser on arbitrary server bytes: once fed whole and once in pieces of
// input-derived sizes, which must yield the same responses (the parser's contract), then every
// response applied to a MailboxState as a session would. A second parser with tiny limits
// exercises the paths that refuse oversized literals, lines and nesting.
#include "FuzzSupport.h"

#include "imap/MailboxState.h"
#include "imap/ResponseParser.h"

#include <vector>

namespace {

using namespace lb::imap;

// Reads responses until the parser needs more bytes; stops after an error.
bool drain(ResponseParser &parser, std::vector<ParseResult> &out)
{
    for (;;) {
        ParseResult result = parser.next();
        if (std::holds_alternative<NeedMore>(result))
            return true;
        const bool failed = std::holds_alternative<ParseError>(result);
        out.push_back(std::move(result));
        if (failed)
            return false;
    }
}

std::vector<ParseResult> parseWhole(QByteArrayView bytes, ParserLimits limits = {})
{
    ResponseParser parser(limits);
    std::vector<ParseResult> out;
    parser.feed(bytes);
    drain(parser, out);
    return out;
}

std::vector<ParseResult> parseInPieces(QByteArrayView bytes)
{
    ResponseParser parser;
    std::vector<ParseResult> out;
    qsizetype at = 0;
    for (const qsizetype size : lb::fuzz::chunkSizes(bytes)) {
        parser.feed(bytes.sliced(at, size));
        at += size;
        if (!drain(parser, out))
            break;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const std::vector<ParseResult> whole = parseWhole(bytes);
    if (parseInPieces(bytes) != whole)
        lb::fuzz::invariantBroken("IMAP responses depend on how the stream was split");

    MailboxState state;
    state.reset("INBOX", false);
    for (const ParseResult &result : whole) {
        if (const auto *response = std::get_if<Response>(&result))
            state.apply(*response);
    }
    (void)state.takeChanges();

    ParserLimits tiny;
    tiny.maxLiteralBytes = 64;
    tiny.maxLineBytes = 256;
    tiny.maxResponseBytes = 512;
    tiny.maxNestingDepth = 3;
    (void)parseWhole(bytes, tiny);
    return 0;
}
