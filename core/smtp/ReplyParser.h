// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/Reply.h"

#include <QByteArrayView>

#include <deque>

namespace lb::smtp {

// Push parser for SMTP replies (RFC 5321 section 4.2): bytes in, in any pieces; one Reply
// per complete reply, multi-line replies ("250-...", then "250 ...") gathered into one.
//
// Every line of a reply must carry the same code; a mismatch is a ParseError, as is a line
// longer than maxLineLength octets (RFC 5321 section 4.5.3.1.5 allows 512; we tolerate
// more) or a reply of more than maxLines lines. After an error the parser stays failed:
// drop the connection. Replies need no announcement: SMTP sends one per command (RFC 2920
// keeps that order under pipelining), plus the greeting and a possible 421 at any time.
class ReplyParser
{
public:
    static constexpr qsizetype DefaultMaxLineLength = 8 * 1024;
    static constexpr qsizetype DefaultMaxLines = 1000;

    explicit ReplyParser(qsizetype maxLineLength = DefaultMaxLineLength,
                         qsizetype maxLines = DefaultMaxLines);

    // Read "x.y.z " at the start of each line as an enhanced code (after EHLO advertised
    // ENHANCEDSTATUSCODES, RFC 2034). Off by default, so plain text is never mistaken for one.
    void setEnhancedStatusCodes(bool enabled) { m_enhanced = enabled; }

    void feed(QByteArrayView bytes);

    // The next completed Reply, else the ParseError if the stream broke, else NeedMore.
    [[nodiscard]] ParseEvent next();
    [[nodiscard]] bool failed() const { return m_error.has_value(); }

private:
    void parseLines();
    void handleLine(QByteArrayView line, qint64 offset);
    void fail(qint64 offset, QString what);

    qsizetype m_maxLineLength;
    qsizetype m_maxLines;
    bool m_enhanced = false;
    QByteArray m_buffer;
    qint64 m_bufferOffset = 0;
    std::optional<Reply> m_current; // a multi-line reply still missing its last line
    std::deque<Reply> m_ready;
    std::optional<ParseError> m_error;
};

} // namespace lb::smtp
