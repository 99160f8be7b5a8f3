// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/ParseError.h"
#include "imap/ParserLimits.h"

#include <QByteArray>

#include <optional>
#include <variant>

namespace lb::imap {

// Cuts the server's byte stream into whole responses: a line, and when it ends with a literal
// announcement ("{n}", "{n+}", "~{n}") the n bytes and the line after them, and so on. It is
// the only part that deals with bytes arriving in pieces; the grammar then reads a complete
// response. Limits are checked before bytes are kept (RFC 9051 section 4.3, literal).
class ResponseFramer
{
public:
    struct Frame
    {
        QByteArray bytes;        // the response, ending in CRLF
        qint64 streamOffset = 0; // where it started in the stream
    };
    struct NeedMore
    {
    };
    using Event = std::variant<Frame, NeedMore, ParseError>;

    explicit ResponseFramer(ParserLimits limits = {}) : m_limits(limits) {}

    // Appends bytes; ignored once an error was reported.
    void feed(QByteArrayView bytes);
    // The next whole response, NeedMore, or the (sticky) error.
    [[nodiscard]] Event next();
    // Bytes held and not yet returned as a frame.
    [[nodiscard]] qsizetype bufferedBytes() const { return m_buffer.size() - m_head; }

private:
    // Reads "{n}" / "{n+}" / "~{n}" at the end of [lineStart, crPos). Returns the literal size,
    // nullopt when the line announces none, or sets m_error.
    std::optional<qint64> literalAnnouncement(qsizetype lineStart, qsizetype crPos);
    ParseError fail(qsizetype bufferPos, QString what);
    void compact();

    ParserLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_head = 0;      // start of the current frame in m_buffer
    qsizetype m_lineStart = 0; // start of the current line in m_buffer
    qsizetype m_scan = 0;      // where the search for LF resumes
    qint64 m_literalLeft = 0;  // literal bytes still to pass over
    qint64 m_headOffset = 0;   // stream offset of m_buffer[m_head]
    std::optional<ParseError> m_error;
};

} // namespace lb::imap
