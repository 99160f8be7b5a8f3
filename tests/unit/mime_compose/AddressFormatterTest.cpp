// SPDX-License-Identifier: GPL-3.0-or-later
// Address lists: names quoted or encoded, addresses validated so none can inject a header.
#include "QtCatch.h"
#include "TestSupport.h"

#include "mime/compose/AddressFormatter.h"

using namespace lb::mime;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("valid addresses are kept as written")
{
    const QString valid[] = {
        u"user@example.com"_s,         u"first.last+tag@sub.example.co.uk"_s,
        u"\"john doe\"@example.com"_s, u"user@[192.0.2.1]"_s,
        u"user@bücher.de"_s, // IDN domain as written
        u"пользователь@пример.рф"_s,   u"o'brien@example.ie"_s,
    };
    for (const QString &address : valid) {
        INFO(address.toStdString());
        const lb::Result<QByteArray> result = validateAddress(address);
        REQUIRE(result.ok());
        CHECK(result.value() == address.toUtf8());
    }
    CHECK(validateAddress(u"  padded@example.com "_s).value() == "padded@example.com");
    CHECK(isInternationalAddress(u"user@bücher.de"_s));
    CHECK_FALSE(isInternationalAddress(u"user@example.com"_s));
}

TEST_CASE("invalid addresses are refused, never written")
{
    const QString invalid[] = {
        u""_s,
        u"no-at-sign"_s,
        u"@example.com"_s,
        u"user@"_s,
        u"two words@example.com"_s,
        u"a@b.com\r\nBcc: victim@example.com"_s,
        u"a@b.com\nX: y"_s,
        u"<a@b.com>"_s,
        u"a@b.com, c@d.com"_s,
        u"a@b.com;c@d.com"_s,
        u"a..b@example.com"_s,
        u".a@example.com"_s,
        u"a@example..com"_s,
        u"\"unterminated@example.com"_s,
        u"a(comment)@example.com"_s,
        QString(250, u'a') + u"@example.com"_s,
    };
    for (const QString &address : invalid) {
        INFO(address.toStdString());
        CHECK_FALSE(validateAddress(address).ok());
    }
}

TEST_CASE("address lists format names by need")
{
    struct Row
    {
        std::vector<Mailbox> list;
        QByteArray expected;
    };
    const Row rows[] = {
        {{{u""_s, u"a@example.com"_s}}, "To: a@example.com\r\n"},
        {{{u"Alice Example"_s, u"a@example.com"_s}}, "To: Alice Example <a@example.com>\r\n"},
        {{{u"Example, Alice"_s, u"a@example.com"_s}, {u""_s, u"b@example.com"_s}},
         "To: \"Example, Alice\" <a@example.com>, b@example.com\r\n"},
        {{{u"Jörg"_s, u"j@example.de"_s}}, "To: =?UTF-8?B?SsO2cmc=?= <j@example.de>\r\n"},
        {{{u"Bücher"_s, u"info@bücher.de"_s}},
         "To: =?UTF-8?Q?B=C3=BCcher?= <info@b\xc3\xbc"
         "cher.de>\r\n"},
        {{{u"Evil\r\nBcc: x@example.com"_s, u"e@example.com"_s}},
         "To: \"Evil  Bcc: x@example.com\" <e@example.com>\r\n"},
    };
    for (const Row &row : rows) {
        INFO(row.expected.toStdString());
        const lb::Result<QByteArray> field = formatAddressField("To", row.list);
        REQUIRE(field.ok());
        CHECK(field.value() == row.expected);
    }
}

TEST_CASE("a long address list folds after commas at 78 columns")
{
    std::vector<Mailbox> list;
    for (int i = 0; i < 300; ++i)
        list.push_back({u"Person %1"_s.arg(i), u"person%1@example.com"_s.arg(i)});
    const lb::Result<QByteArray> field = formatAddressField("To", list);
    REQUIRE(field.ok());
    const QList<QByteArray> lines = lb::mime::test::crlfLines(field.value());
    CHECK(lines.size() > 100);
    for (const QByteArray &line : lines)
        CHECK(line.size() <= 78);
    const QByteArray unfolded = lb::mime::test::unfold(field.value());
    CHECK(unfolded.count(',') == 299);
    CHECK(unfolded.contains("Person 299 <person299@example.com>"));
}

TEST_CASE("one bad address fails the whole list")
{
    const std::vector<Mailbox> list{{u"Good"_s, u"good@example.com"_s},
                                    {u"Bad"_s, u"bad@example.com>\r\nBcc: x@y.z"_s}};
    const lb::Result<QByteArray> field = formatAddressField("To", list);
    REQUIRE_FALSE(field.ok());
    CHECK(field.error().message.contains(u"not a valid email address"_s));
}
