// SPDX-License-Identifier: GPL-3.0-or-later
// Addresses, dates, Content-Type and RFC 2231 parameters.
#include "mime/AddressParser.h"
#include "mime/ContentTypeParser.h"
#include "mime/DateParser.h"
#include "mime/Rfc2231.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;
using namespace lb::mime;

TEST_CASE("addresses: parsing table")
{
    struct Row
    {
        QByteArray input;
        std::vector<Mailbox> expected;
    };
    const Row rows[] = {
        {"a@b.com", {{u""_s, u"a@b.com"_s}}},
        {"John Doe <j@x.org>", {{u"John Doe"_s, u"j@x.org"_s}}},
        {"\"Doe, John\" <j@x.com>, k@y", {{u"Doe, John"_s, u"j@x.com"_s}, {u""_s, u"k@y"_s}}},
        {"\"a\\\"b\" <x@y>", {{u"a\"b"_s, u"x@y"_s}}},
        {"a@b.com (Comment here)", {{u""_s, u"a@b.com"_s}}},
        {"John (middle) Public <j@x>", {{u"John Public"_s, u"j@x"_s}}},
        {"John  Q.   Public <j@x>", {{u"John Q. Public"_s, u"j@x"_s}}},
        {"=?utf-8?q?J=C3=B6rg?= <j@x>", {{u"Jörg"_s, u"j@x"_s}}},
        {"\"=?utf-8?q?J=C3=B6rg?=\" <j@x>", {{u"Jörg"_s, u"j@x"_s}}},
        {"Jos\xC3\xA9 <j@x>", {{u"José"_s, u"j@x"_s}}},
        {"Undisclosed:;", {}},
        {"grp: a@b, \"c d\" <c@d>;, e@f",
         {{u""_s, u"a@b"_s}, {u"c d"_s, u"c@d"_s}, {u""_s, u"e@f"_s}}},
        {"<@route1,@route2:user@dom>", {{u""_s, u"user@dom"_s}}},
        {"<>", {{u""_s, u"<>"_s}}},
        {"user", {{u""_s, u"user"_s}}},
        {"\"john doe\"@example.com", {{u""_s, u"\"john doe\"@example.com"_s}}},
        {"a@b, , c@d", {{u""_s, u"a@b"_s}, {u""_s, u"c@d"_s}}},
        {"Foo <foo@bar", {{u"Foo"_s, u"foo@bar"_s}}},
        {"j@[1.2.3.4]", {{u""_s, u"j@[1.2.3.4]"_s}}},
        {"a@b c@d", {{u""_s, u"a@b"_s}, {u""_s, u"c@d"_s}}},
        {"user@b\xC3\xBC"
         "cher.de",
         {{u""_s, u"user@bücher.de"_s}}},
        {"x@xn--bcher-kva.de", {{u""_s, u"x@xn--bcher-kva.de"_s}}},
        {"Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>",
         {{u"Pete"_s, u"pete@silly.test"_s}}},
        {"", {}},
    };
    for (const Row &row : rows) {
        INFO(row.input.toStdString());
        CHECK(parseAddressList(row.input) == row.expected);
    }
}

TEST_CASE("dates: parsing table, converted to UTC")
{
    struct Row
    {
        QByteArray input;
        QString expectedUtc; // empty: not a date
        bool zoneKnown = true;
    };
    const Row rows[] = {
        {"Fri, 21 Nov 1997 09:55:06 -0600", u"1997-11-21T15:55:06Z"_s},
        {"21 Nov 1997 09:55:06 +0100", u"1997-11-21T08:55:06Z"_s},
        {"Fri, 21 Nov 97 09:55:06 GMT", u"1997-11-21T09:55:06Z"_s},
        {"Fri, 21 Nov 03 09:55 EST", u"2003-11-21T14:55:00Z"_s},
        {"Fri, 21 Nov 68 09:55:06 PDT", u"2068-11-21T16:55:06Z"_s},
        {"Fri, 21 Nov 69 09:55:06 +0000", u"1969-11-21T09:55:06Z"_s},
        {"Fri, 21 Nov 1997 09:55:06 -0000", u"1997-11-21T09:55:06Z"_s, false},
        {"Fri, 21 Nov 1997 09:55:06 XYZ", u"1997-11-21T09:55:06Z"_s, false},
        {"Fri, 21 Nov 1997 09(comment):   55  :  06 -0600", u"1997-11-21T15:55:06Z"_s},
        {"Fri, 21 Nov 1997 09:55:06 -0600 (CST)", u"1997-11-21T15:55:06Z"_s},
        {"21-Nov-1997 09:55:06 +0000", u"1997-11-21T09:55:06Z"_s},
        {"Thu, 1 Jan 2004 00:00:00 +01:00", u"2003-12-31T23:00:00Z"_s},
        {"Mon, 31 Feb 2004 00:00:00 +0000", u""_s},
        {"garbage", u""_s},
        {"", u""_s},
    };
    for (const Row &row : rows) {
        INFO(row.input.toStdString());
        const auto parsed = parseDateDetailed(row.input);
        if (row.expectedUtc.isEmpty()) {
            CHECK_FALSE(parsed.has_value());
            continue;
        }
        REQUIRE(parsed.has_value());
        CHECK(parsed->utc.toString(Qt::ISODate) == row.expectedUtc);
        CHECK(parsed->zoneKnown == row.zoneKnown);
    }
}

TEST_CASE("content type: parsing table")
{
    struct Row
    {
        QByteArray input;
        QByteArray mimeType;
        bool valid;
        QByteArray param;
        QString value;
    };
    const Row rows[] = {
        {"text/plain; charset=us-ascii", "text/plain", true, "charset", u"us-ascii"_s},
        {"TEXT/HTML; CHARSET=\"UTF-8\"", "text/html", true, "charset", u"UTF-8"_s},
        {"multipart/mixed;; boundary=abc", "multipart/mixed", true, "boundary", u"abc"_s},
        {"multipart/mixed boundary=abc", "text/plain", false, "boundary", QString()},
        {"text; charset=koi8-r", "text/plain", false, "charset", u"koi8-r"_s},
        {"text/plain (comment); format=flowed", "text/plain", true, "format", u"flowed"_s},
        {"application/pdf; name=\"C:\\TEMP\\a.pdf\"", "application/pdf", true, "name",
         u"C:TEMPa.pdf"_s},
        {"", "text/plain", false, "charset", QString()},
    };
    for (const Row &row : rows) {
        INFO(row.input.toStdString());
        const ParsedContentType parsed = parseContentType(row.input);
        CHECK(parsed.type.mimeType() == row.mimeType);
        CHECK(parsed.wasValid == row.valid);
        CHECK(parsed.type.param(row.param).value_or(QString()) == row.value);
    }
}

TEST_CASE("rfc 2231 parameters: continuations, charsets and misused encoded words")
{
    struct Row
    {
        QByteArray input;
        QString filename;
    };
    const Row rows[] = {
        {"filename=plain.txt", u"plain.txt"_s},
        {"filename*=utf-8''%E2%82%AC%20rates.pdf", u"€ rates.pdf"_s},
        {"filename*=iso-8859-1'en'caf%E9", u"café"_s},
        {"filename*0=\"long \"; filename*1=\"name.txt\"", u"long name.txt"_s},
        {"filename*1=\"b.txt\"; filename*0=\"a\"", u"ab.txt"_s},
        {"filename*0*=utf-8''%C3; filename*1*=%A9.txt", u"é.txt"_s},
        {"filename=\"=?utf-8?b?w6kudHh0?=\"", u"é.txt"_s},
        {"filename==?koi8-r?B?89DJ08/LLmRvYw==?=", u"Список.doc"_s},
        {"filename=\"unterminated", u"unterminated"_s},
        {"filename*=bogus-charset''a%41", u"aA"_s},
    };
    for (const Row &row : rows) {
        INFO(row.input.toStdString());
        const auto params = parseParameters(row.input);
        REQUIRE_FALSE(params.empty());
        CHECK(params.front().name == "filename");
        CHECK(params.front().value == row.filename);
    }
}
