// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds bytes to a ResponseParser in different ways and collects what it yields.
#pragma once

#include "imap/ResponseParser.h"

#include <string>
#include <vector>

namespace lb::imap::test {

// Everything the parser yields for `bytes` fed in pieces of the given sizes (the last piece
// takes the rest), stopping at the first error. NeedMore is not recorded.
std::vector<ParseResult> parseInPieces(QByteArrayView bytes, const std::vector<qsizetype> &cuts,
                                       ParserLimits limits = {});
std::vector<ParseResult> parseWhole(QByteArrayView bytes, ParserLimits limits = {});
std::vector<ParseResult> parseByteByByte(QByteArrayView bytes, ParserLimits limits = {});

// Checks that whole, byte-by-byte and every two-piece split give `expected`.
void requireSameForEverySplit(QByteArrayView bytes, const std::vector<ParseResult> &expected,
                              ParserLimits limits = {});

// The single response parsed from `bytes` (which must hold exactly one), checked against
// every way of splitting it.
Response parseSingle(QByteArrayView bytes);

std::string describe(const ParseResult &result);

} // namespace lb::imap::test
