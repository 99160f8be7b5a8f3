// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/ParseError.h"
#include "imap/ParserLimits.h"
#include "imap/ResponseFramer.h"
#include "imap/Responses.h"

#include <variant>

namespace lb::imap {

// Not a response yet: feed more bytes.
struct NeedMore
{
    bool operator==(const NeedMore &) const = default;
};

using ParseResult = std::variant<Response, NeedMore, ParseError>;

// The push parser for what an IMAP server sends (RFC 9051 section 7 and extensions).
//
// Contract: one owner (a session), one thread. feed() takes the bytes as they arrive, in any
// pieces; next() returns one response at a time until it says NeedMore. The result never
// depends on how the stream was split. A ParseError is final: next() repeats it and feed()
// ignores further bytes; the connection must be dropped, since nothing after a bad response
// can be trusted. Memory stays within ParserLimits plus what was fed and not yet read.
//
// A line ending in "{n}" always announces a literal (RFC 9051 section 4.3), even in free text.
class ResponseParser
{
public:
    explicit ResponseParser(ParserLimits limits = {});

    void feed(QByteArrayView bytes) { m_framer.feed(bytes); }
    [[nodiscard]] ParseResult next();

    [[nodiscard]] bool hasFailed() const { return m_error.has_value(); }
    [[nodiscard]] qsizetype bufferedBytes() const { return m_framer.bufferedBytes(); }

    // Parses one complete response (ending in CRLF); for tests and tools.
    [[nodiscard]] static ParseResult parseOne(QByteArrayView bytes, ParserLimits limits = {});

private:
    ParserLimits m_limits;
    ResponseFramer m_framer;
    std::optional<ParseError> m_error;
};

} // namespace lb::imap
