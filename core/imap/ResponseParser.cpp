// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ResponseParser.h"

#include "common/Log.h"
#include "imap/Grammar.h"

namespace lb::imap {

ResponseParser::ResponseParser(ParserLimits limits) : m_limits(limits), m_framer(limits) {}

ParseResult ResponseParser::next()
{
    if (m_error)
        return *m_error;
    auto event = m_framer.next();
    if (std::holds_alternative<ResponseFramer::NeedMore>(event))
        return NeedMore{};
    if (auto *error = std::get_if<ParseError>(&event)) {
        m_error = *error;
        qCDebug(lcImap) << "IMAP parse error at byte" << error->offset << error->what;
        return *m_error;
    }
    const auto &frame = std::get<ResponseFramer::Frame>(event);
    Cursor cursor(frame.bytes, frame.streamOffset, m_limits.maxNestingDepth);
    if (auto response = grammar::response(cursor))
        return std::move(*response);
    m_error = cursor.error();
    qCDebug(lcImap) << "IMAP parse error at byte" << m_error->offset << m_error->what;
    return *m_error;
}

ParseResult ResponseParser::parseOne(QByteArrayView bytes, ParserLimits limits)
{
    ResponseParser parser(limits);
    parser.feed(bytes);
    return parser.next();
}

} // namespace lb::imap
