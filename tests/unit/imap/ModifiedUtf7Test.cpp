// SPDX-License-Identifier: GPL-3.0-or-later
// Modified UTF-7 mailbox names (RFC 3501 section 5.1.3).
#include "imap/ModifiedUtf7.h"
#include "QtCatch.h"

using namespace lb::imap;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("modified UTF-7 round-trips")
{
    const std::vector<std::pair<QString, QByteArray>> rows = {
        {u"INBOX"_s, "INBOX"},
        {u""_s, ""},
        {u"&"_s, "&-"},
        {u"Tom & Jerry"_s, "Tom &- Jerry"},
        {u"Entw\u00fcrfe"_s, "Entw&APw-rfe"},
        {u"~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e"_s, "~peter/mail/&U,BTFw-/&ZeVnLIqe-"},
        {u"\u00e9t\u00e9"_s, "&AOk-t&AOk-"},
        {QString::fromUtf8("Emoji \xf0\x9f\x93\xa7 box"), "Emoji &2D3c5w- box"},
        {u"a/b.c_d-e~f"_s, "a/b.c_d-e~f"},
        {u"\u00e4&\u00f6"_s, "&AOQ-&-&APY-"},
    };
    for (const auto &[text, wire] : rows) {
        INFO(wire.toStdString());
        REQUIRE(encodeModifiedUtf7(text) == wire);
        const ModifiedUtf7Decoding decoded = decodeModifiedUtf7(wire);
        REQUIRE(decoded.ok);
        REQUIRE(decoded.text == text);
    }
}

TEST_CASE("malformed modified UTF-7 is kept as it was and reported")
{
    struct Row
    {
        QByteArray wire;
        QString text;
        qsizetype errorOffset;
    };
    const std::vector<Row> rows = {
        {"bad&Jjo", u"bad&Jjo"_s, 3}, // no closing "-"
        {"a&!!!-b", u"a&!!!-b"_s, 1}, // not base64
        {"&AGE-", u"&AGE-"_s, 0},     // encodes "a", which must be direct
        {"&AOl-", u"&AOl-"_s, 0},     // non-zero padding bits
        {"x&2D0-", u"x&2D0-"_s, 1},   // lone high surrogate
        {"&AOk/-", u"&AOk/-"_s, 0},   // "/" instead of ","
        {"ok&AOk-then&bad", u"ok\u00e9then&bad"_s, 11},
        {"tab\there", u"tab\there"_s, 3}, // control byte
    };
    for (const Row &row : rows) {
        INFO(row.wire.toStdString());
        const ModifiedUtf7Decoding decoded = decodeModifiedUtf7(row.wire);
        REQUIRE_FALSE(decoded.ok);
        REQUIRE(decoded.text == row.text);
        REQUIRE(decoded.errorOffset == row.errorOffset);
        REQUIRE_FALSE(decoded.error.isEmpty());
    }
}
