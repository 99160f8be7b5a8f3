// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs the MIME fuzz targets (tests/fuzz) found a problem with, reduced to what matters.
// The exact crashing inputs are kept in tests/fuzz/regressions/<target>/<bug>.
#include "mime/AddressParser.h"
#include "mime/DateParser.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;
using namespace lb::mime;

namespace {

bool hasLineBreak(const QString &text)
{
    return text.contains(u'\r') || text.contains(u'\n');
}

} // namespace

TEST_CASE("fuzz regression mime_address: no line break survives in an address or a name")
{
    const QByteArray inputs[] = {
        "j@[Jo\ns]",                                // bare LF inside a domain literal
        "\"a\rb\"@example.org",                     // bare CR inside a quoted local part
        "\"Eve\r\nBcc: x@evil\" <eve@example.org>", // line break inside a quoted name
        "=?us-ascii?q?Eve=0D=0ABcc:_x@evil?= <eve@example.org>", // encoded line break
    };
    for (const QByteArray &input : inputs) {
        INFO(input.toStdString());
        const std::vector<Mailbox> boxes = parseAddressList(input);
        REQUIRE(boxes.size() == 1);
        CHECK_FALSE(hasLineBreak(boxes.front().address));
        CHECK_FALSE(hasLineBreak(boxes.front().name));
    }
    CHECK(parseAddressList("j@[Jo\ns]").front().address == u"j@[Jos]"_s);
    CHECK(parseAddressList("\"Eve\r\nBcc: x@evil\" <eve@example.org>").front().address ==
          u"eve@example.org"_s);
}

TEST_CASE("fuzz regression mime_date: a date is either valid or not a date")
{
    // A zone offset of billions of minutes pushed the instant off the calendar: the parser
    // returned an invalid QDateTime instead of "not a date".
    const QByteArray input = "TTF2 5 nov0000 720000002 5 0000";
    const auto parsed = parseDateDetailed(input);
    CHECK((!parsed || parsed->utc.isValid()));
    CHECK((!parseDate(input) || parseDate(input)->isValid()));
}
