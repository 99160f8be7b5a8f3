// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input: errors with positions, bounded memory, and a defined state afterwards.
#include "ParserHarness.h"
#include "QtCatch.h"

using namespace lb;
using namespace lb::imap;

namespace {

ParseError errorOf(const std::vector<ParseResult> &results)
{
    REQUIRE_FALSE(results.empty());
    INFO(test::describe(results.back()));
    REQUIRE(std::holds_alternative<ParseError>(results.back()));
    return std::get<ParseError>(results.back());
}

} // namespace

TEST_CASE("a huge literal announcement is refused before anything is allocated")
{
    const QByteArray input = "* 1 FETCH (BODY[] {2147483648}\r\n";
    ResponseParser parser;
    parser.feed(input);
    const ParseResult r = parser.next();
    REQUIRE(std::holds_alternative<ParseError>(r));
    REQUIRE(std::get<ParseError>(r).offset == input.indexOf('{'));
    REQUIRE(std::get<ParseError>(r).what.contains(QStringLiteral("2147483648")));
    REQUIRE(parser.bufferedBytes() == 0);
    test::requireSameForEverySplit(input, {r});

    // Digits beyond any integer type are refused the same way.
    const QByteArray absurd = "* 1 FETCH (BODY[] {99999999999999999999999999999}\r\n";
    REQUIRE(errorOf(test::parseWhole(absurd)).offset == absurd.indexOf('{'));

    // The limit is configurable.
    ParserLimits small;
    small.maxLiteralBytes = 4;
    REQUIRE(errorOf(test::parseWhole("* 1 FETCH (BODY[] {5}\r\nhello)\r\n", small)).offset == 18);
    REQUIRE(std::holds_alternative<Response>(
        test::parseWhole("* 1 FETCH (BODY[] {4}\r\nhell)\r\n", small).front()));
}

TEST_CASE("a response whose literals add up past the limit is refused")
{
    ParserLimits limits;
    limits.maxLiteralBytes = 10;
    limits.maxResponseBytes = 40;
    const QByteArray input =
        "* 1 FETCH (BODY[1] {10}\r\n0123456789 BODY[2] {10}\r\n0123456789)\r\n";
    REQUIRE(errorOf(test::parseWhole(input, limits)).offset == input.lastIndexOf('{'));
}

TEST_CASE("an endless line is refused at the line limit")
{
    ParserLimits limits;
    limits.maxLineBytes = 1000;
    const QByteArray endless(5000, 'a');
    const ParseError e = errorOf(test::parseByteByByte(endless, limits));
    REQUIRE(e.offset == 1000);
    REQUIRE(errorOf(test::parseWhole(endless, limits)) == e);

    // With the default 1 MiB limit, fed in 64 KiB pieces: nothing is kept after the error.
    ResponseParser parser;
    const QByteArray piece(65536, 'x');
    ParseResult r = NeedMore{};
    for (int i = 0; i < 32 && std::holds_alternative<NeedMore>(r); ++i) {
        parser.feed(piece);
        r = parser.next();
    }
    REQUIRE(std::holds_alternative<ParseError>(r));
    REQUIRE(std::get<ParseError>(r).offset == 1024 * 1024);
    REQUIRE(parser.bufferedBytes() == 0);
    parser.feed(piece);
    REQUIRE(parser.bufferedBytes() == 0);
}

TEST_CASE("garbage gives a ParseError at the offending byte")
{
    const std::vector<std::pair<QByteArray, qint64>> rows = {
        {"* 12 FETCH (UID x)\r\n", 16},
        {"A1 FOO bar\r\n", 3},
        {"(hello\r\n", 0},
        {"* 3 FETCH (UID 1\r\n", 16},
        {"* LIST (\\Noselect) \"ab\" x\r\n", 19},
        {"* OK [UIDNEXT 5 text\r\n", 20},
        {"* 1 FETCH (INTERNALDATE \"31-Feb-2020 00:00:00 +0000\")\r\n", 24},
        {"* 1 EXISTS\n", 10},
        {"* 1 FETCH (FLAGS (\\Seen)) trailing\r\n", 26},
        {"* 99999999999 EXISTS\r\n", 2},
        {"* LIST () \"/\" \"a\\qb\"\r\n", 16},
        {"* STATUS INBOX (MESSAGES x)\r\n", 25},
        {"* 1 FETCH (ENVELOPE (NIL NIL NIL))\r\n", 32},
        {"* VANISHED (LATER) 1\r\n", 12},
        {"* SEARCH 1 (FOO 2)\r\n", 12},
        {"* 1 FETCH (BODY[1] \"unterminated)\r\n", 33},
        {"* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" x))\r\n", 60},
        {"A1 BYE no\r\n", 3},
        {"*\r\n", 1},
    };
    for (const auto &[input, offset] : rows) {
        INFO(input.toStdString());
        const auto results = test::parseWhole(input);
        REQUIRE(errorOf(results).offset == offset);
        test::requireSameForEverySplit(input, results);
    }
}

TEST_CASE("error offsets count from the start of the stream")
{
    const QByteArray stream = "* 1 EXISTS\r\n* 2 FETCH (UID x)\r\n";
    const auto results = test::parseWhole(stream);
    REQUIRE(results.size() == 2);
    REQUIRE(results[0] == ParseResult(Response(ExistsData{1})));
    REQUIRE(errorOf(results).offset == 12 + 15);
}

TEST_CASE("after a ParseError the parser keeps reporting it and ignores new bytes")
{
    ResponseParser parser;
    parser.feed("garbage(\r\n");
    const ParseResult first = parser.next();
    REQUIRE(std::holds_alternative<ParseError>(first));
    REQUIRE(parser.hasFailed());
    parser.feed("* 1 EXISTS\r\n");
    REQUIRE(parser.next() == first);
    REQUIRE(parser.next() == first);
}

TEST_CASE("deep nesting is refused instead of exhausting the stack")
{
    QByteArray deep = "* 1 FETCH (BODYSTRUCTURE ";
    for (int i = 0; i < 100000; ++i)
        deep += '(';
    deep += "\r\n";
    REQUIRE(errorOf(test::parseWhole(deep)).what.contains(QStringLiteral("nested")));

    QByteArray unknown = "* 1 FETCH (X-DEEP ";
    for (int i = 0; i < 100000; ++i)
        unknown += '(';
    unknown += "\r\n";
    REQUIRE(errorOf(test::parseWhole(unknown)).what.contains(QStringLiteral("nested")));
}

TEST_CASE("NeedMore until the whole response, including its literal, is there")
{
    ResponseParser parser;
    parser.feed("* 1 FETCH (BODY[] {10}\r\n01234");
    REQUIRE(std::holds_alternative<NeedMore>(parser.next()));
    parser.feed("56789");
    REQUIRE(std::holds_alternative<NeedMore>(parser.next()));
    parser.feed(")\r");
    REQUIRE(std::holds_alternative<NeedMore>(parser.next()));
    parser.feed("\n");
    const ParseResult r = parser.next();
    REQUIRE(std::holds_alternative<Response>(r));
    REQUIRE(std::get<FetchData>(std::get<Response>(r)).sections.front().data == "0123456789");
    REQUIRE(std::holds_alternative<NeedMore>(parser.next()));
    REQUIRE(parser.bufferedBytes() == 0);
}
