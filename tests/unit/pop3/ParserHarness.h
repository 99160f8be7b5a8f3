// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds a POP3 ReplyParser whole, byte by byte and split at every offset, so a test can
// check that the way bytes arrive never changes what comes out.
#pragma once

#include "pop3/ReplyParser.h"

#include <QList>

#include <functional>

namespace lb::pop3::test {

struct Setup
{
    QList<ReplyKind> expectations;
    qsizetype maxStatusLine = ReplyParser::DefaultMaxStatusLine;
    qsizetype maxBody = 0; // parser default
};

// Every event up to NeedMore, for the input fed in the given pieces. Stops after an error.
inline QList<ParseEvent> parseInPieces(const Setup &setup, const QList<QByteArrayView> &pieces)
{
    ReplyParser parser(setup.maxStatusLine);
    for (ReplyKind kind : setup.expectations)
        parser.expect(kind, setup.maxBody);
    QList<ParseEvent> events;
    auto drain = [&] {
        for (;;) {
            ParseEvent event = parser.next();
            if (std::holds_alternative<NeedMore>(event))
                return true;
            const bool isError = std::holds_alternative<ParseError>(event);
            events.append(std::move(event));
            if (isError)
                return false;
        }
    };
    for (QByteArrayView piece : pieces) {
        parser.feed(piece);
        if (!drain())
            break;
    }
    return events;
}

inline QList<ParseEvent> parseWhole(const Setup &setup, QByteArrayView input)
{
    return parseInPieces(setup, {input});
}

inline QList<ParseEvent> parseByteByByte(const Setup &setup, QByteArrayView input)
{
    QList<QByteArrayView> pieces;
    for (qsizetype i = 0; i < input.size(); ++i)
        pieces.append(input.sliced(i, 1));
    return parseInPieces(setup, pieces);
}

// Calls `check` with the events for the input split in two at every offset and byte by byte.
inline void forEveryChunking(const Setup &setup, QByteArrayView input,
                             const std::function<void(const QList<ParseEvent> &)> &check)
{
    for (qsizetype split = 0; split <= input.size(); ++split)
        check(parseInPieces(setup, {input.first(split), input.sliced(split)}));
    check(parseByteByByte(setup, input));
}

} // namespace lb::pop3::test
