// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/Reply.h"

#include <QByteArrayView>

#include <deque>

namespace lb::pop3 {

// Push parser for POP3 replies: bytes in (in any pieces), typed Reply values out.
//
// POP3 replies carry no tag and do not say whether a body follows, so the caller announces
// each reply it is waiting for with expect(), in the order the commands were sent (this is
// what makes RFC 2449 PIPELINING work: expect once per pipelined command). The greeting is
// a single-line reply too. Bytes that complete a line while nothing is expected are an error.
//
// Limits keep memory bounded: a status line may be at most maxStatusLine octets (RFC 1939
// allows 512; we tolerate more), a body at most the per-reply limit given to expect().
// After a ParseError the parser stays failed: the connection must be dropped.
//
// Not thread-safe; one parser per connection, used by the thread that owns the session.
class ReplyParser
{
public:
    static constexpr qsizetype DefaultMaxStatusLine = 8 * 1024;
    static constexpr qsizetype DefaultMaxBody = 64 * 1024 * 1024;

    explicit ReplyParser(qsizetype maxStatusLine = DefaultMaxStatusLine,
                         qsizetype defaultMaxBody = DefaultMaxBody);

    // Announces the next reply. maxBody <= 0 means the parser's default body limit.
    void expect(ReplyKind kind, qsizetype maxBody = 0);

    void feed(QByteArrayView bytes);

    // The next completed Reply, else the ParseError if the stream broke, else NeedMore.
    [[nodiscard]] ParseEvent next();

    [[nodiscard]] qsizetype outstanding() const { return qsizetype(m_expected.size()); }
    [[nodiscard]] bool failed() const { return m_error.has_value(); }

private:
    struct Expectation
    {
        ReplyKind kind;
        qsizetype maxBody;
    };
    enum class State
    {
        StatusLine,
        Body
    };

    void parseLines();
    void handleLine(QByteArrayView raw, qint64 offset);
    void handleStatusLine(QByteArrayView line, qint64 offset);
    void handleBodyLine(QByteArrayView raw, qint64 offset);
    void checkPartialLine();
    void finishReply();
    void fail(qint64 offset, QString what);

    qsizetype m_maxStatusLine;
    qsizetype m_defaultMaxBody;
    QByteArray m_buffer;       // bytes not yet consumed: at most one partial line
    qint64 m_bufferOffset = 0; // stream offset of m_buffer[0]
    State m_state = State::StatusLine;
    std::deque<Expectation> m_expected;
    std::deque<Reply> m_ready;
    Reply m_current;
    std::optional<ParseError> m_error;
};

// Parses one status line without its line ending (RFC 1939 section 3, RFC 2449 section 8).
[[nodiscard]] std::optional<StatusLine> parseStatusLine(QByteArrayView line);

} // namespace lb::pop3
