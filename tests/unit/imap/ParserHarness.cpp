// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParserHarness.h"

#include "QtCatch.h"

namespace lb::imap::test {

namespace {

void drain(ResponseParser &parser, std::vector<ParseResult> &out)
{
    for (;;) {
        ParseResult r = parser.next();
        if (std::holds_alternative<NeedMore>(r))
            return;
        const bool error = std::holds_alternative<ParseError>(r);
        out.push_back(std::move(r));
        if (error)
            return;
    }
}

bool endsInError(const std::vector<ParseResult> &out)
{
    return !out.empty() && std::holds_alternative<ParseError>(out.back());
}

} // namespace

std::vector<ParseResult> parseInPieces(QByteArrayView bytes, const std::vector<qsizetype> &cuts,
                                       ParserLimits limits)
{
    ResponseParser parser(limits);
    std::vector<ParseResult> out;
    qsizetype at = 0;
    for (qsizetype cut : cuts) {
        if (endsInError(out))
            return out;
        parser.feed(bytes.sliced(at, cut - at));
        at = cut;
        drain(parser, out);
    }
    if (!endsInError(out)) {
        parser.feed(bytes.sliced(at));
        drain(parser, out);
    }
    return out;
}

std::vector<ParseResult> parseWhole(QByteArrayView bytes, ParserLimits limits)
{
    return parseInPieces(bytes, {}, limits);
}

std::vector<ParseResult> parseByteByByte(QByteArrayView bytes, ParserLimits limits)
{
    std::vector<qsizetype> cuts;
    for (qsizetype i = 1; i < bytes.size(); ++i)
        cuts.push_back(i);
    return parseInPieces(bytes, cuts, limits);
}

void requireSameForEverySplit(QByteArrayView bytes, const std::vector<ParseResult> &expected,
                              ParserLimits limits)
{
    REQUIRE(parseWhole(bytes, limits) == expected);
    REQUIRE(parseByteByByte(bytes, limits) == expected);
    for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
        INFO("split at " << cut);
        REQUIRE(parseInPieces(bytes, {cut}, limits) == expected);
    }
}

Response parseSingle(QByteArrayView bytes)
{
    const auto results = parseWhole(bytes);
    INFO(bytes.toByteArray().toStdString());
    REQUIRE(results.size() == 1);
    INFO(describe(results.front()));
    REQUIRE(std::holds_alternative<Response>(results.front()));
    requireSameForEverySplit(bytes, results);
    return std::get<Response>(results.front());
}

std::string describe(const ParseResult &result)
{
    if (const auto *e = std::get_if<ParseError>(&result))
        return "ParseError at " + std::to_string(e->offset) + ": " + e->what.toStdString();
    if (std::holds_alternative<NeedMore>(result))
        return "NeedMore";
    return "Response #" + std::to_string(std::get<Response>(result).index());
}

} // namespace lb::imap::test
