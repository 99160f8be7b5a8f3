// SPDX-License-Identifier: GPL-3.0-or-later
// Header blocks, RFC 2047 encoded words and charset fallbacks.
#include "mime/Charsets.h"
#include "mime/EncodedWords.h"
#include "mime/HeaderBlockParser.h"

#include "QtCatch.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;
using namespace lb::mime;

TEST_CASE("header block: fields, folding and the body offset")
{
    struct Row
    {
        QByteArray input;
        QList<QByteArray> names;
        QList<QByteArray> values;
        QByteArray body;
    };
    const Row rows[] = {
        {"A: 1\r\nB: 2\r\n\r\nbody", {"A", "B"}, {"1", "2"}, "body"},
        {"A: 1\nB: 2\n\nbody", {"A", "B"}, {"1", "2"}, "body"},
        {"Subject: a\r\n b\r\n\tc\r\n\r\n", {"Subject"}, {"a b\tc"}, ""},
        {"Subject : obsolete\r\n\r\nx", {"Subject"}, {"obsolete"}, "x"}, // RFC 5322 4.5
        {"\xEF\xBB\xBF"
         "From: a@b\r\n\r\nx",
         {"From"},
         {"a@b"},
         "x"},                                                                    // BOM
        {"From sender Mon Jan 1\nTo: x@y\n\nb", {"To"}, {"x@y"}, "b"},            // mbox line
        {"To: x@y\nThis is body text\n", {"To"}, {"x@y"}, "This is body text\n"}, // no blank line
        {"   \nTo: x@y\n\nb", {"To"}, {"x@y"}, "b"}, // leading continuation is dropped
        {"X: \xC3\xA9t\xC3\xA9\n\n", {"X"}, {"\xC3\xA9t\xC3\xA9"}, ""},
        {"", {}, {}, ""},
        {"No-Newline: at all", {"No-Newline"}, {"at all"}, ""},
    };
    for (const Row &row : rows) {
        INFO(row.input.toStdString());
        const HeaderBlock block = parseHeaderBlockDetailed(row.input);
        REQUIRE(block.headers.fields().size() == size_t(row.names.size()));
        for (qsizetype i = 0; i < row.names.size(); ++i) {
            CHECK(block.headers.fields()[size_t(i)].name == row.names[i]);
            CHECK(block.headers.fields()[size_t(i)].rawValue == row.values[i]);
        }
        CHECK(row.input.sliced(block.bodyOffset) == row.body);
    }
}

TEST_CASE("header block: NUL-containing field values survive")
{
    const QByteArray input("X: a\0b\n\nz", 9);
    const HeaderBlock block = parseHeaderBlockDetailed(input);
    REQUIRE(block.headers.fields().size() == 1);
    CHECK(block.headers.fields()[0].rawValue == QByteArray("a\0b", 3));
}

TEST_CASE("header block: limits on field count, field size and line length")
{
    ParseLimits limits;
    limits.maxHeaderFields = 10;
    limits.maxFieldBytes = 100;
    QByteArray input;
    for (int i = 0; i < 50; ++i)
        input += "X-" + QByteArray::number(i) + ": v\r\n";
    input += "Long: " + QByteArray(5000, 'a') + "\r\n\r\nbody";
    const HeaderBlock block = parseHeaderBlockDetailed(input, limits);
    CHECK(block.headers.fields().size() == 10);
    CHECK(input.sliced(block.bodyOffset) == "body");
    CHECK(block.defects.size() >= 2);
    limits.maxHeaderFields = 100;
    const HeaderBlock cut = parseHeaderBlockDetailed(input, limits);
    REQUIRE(cut.headers.first("Long"));
    CHECK(cut.headers.first("Long")->size() == 100);
}

TEST_CASE("header block: lookups are case-insensitive and keep every occurrence")
{
    const Headers h = parseHeaderBlock("received: a\r\nReceived: b\r\nSUBJECT: s\r\n\r\n");
    CHECK(h.first("Subject") == QByteArray("s"));
    CHECK(h.all("RECEIVED") == QList<QByteArray>{"a", "b"});
    CHECK_FALSE(h.contains("To"));
}

TEST_CASE("encoded words: decoding table")
{
    struct Row
    {
        QByteArray input;
        QString expected;
    };
    const Row rows[] = {
        {"plain text", u"plain text"_s},
        {"=?utf-8?q?caf=C3=A9?=", u"café"_s},
        {"=?UTF-8?B?Y2Fmw6k=?=", u"café"_s},
        {"=?iso-8859-1?q?a_b?=", u"a b"_s},
        {"=?utf-8?q?a?= =?utf-8?q?b?=", u"ab"_s}, // RFC 2047 6.2
        {"=?utf-8?q?a?=\t  =?utf-8?q?b?=", u"ab"_s},
        {"=?utf-8?q?a?= x =?utf-8?q?b?=", u"a x b"_s},
        {"=?utf-8?b?w6k=?= x", u"é x"_s},
        {"x=?utf-8?q?a?=y", u"xay"_s},                     // lenient, as Python
        {"=?utf-8?q?=C3?= =?utf-8?q?=A9?=", u"é"_s},       // split multibyte character
        {"=?utf-8?b?w6nDqQ?= =?utf-8?b?w6k=?=", u"ééé"_s}, // missing padding
        {"=?koi8-r?b?8NLJ18XU?=", u"Привет"_s},
        {"=?windows-1251?q?=CF=F0=E8?=", u"При"_s},
        {"=?iso-8859-2?q?=B1?=", u"ą"_s},
        {"=?gb2312?b?xOO6ww==?=", u"你好"_s},
        {"=?euc-kr?b?x9GxuQ==?=", u"한국"_s},
        {"=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?= =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=",
         u"テストテスト"_s},
        {"=?utf-7?q?+ZeVnLIqe-?=", u"日本語"_s},
        {"=?utf-8*en?q?lang?=", u"lang"_s},        // RFC 2231 5 language
        {"=?unknown-x?q?abc?=", u"abc"_s},         // unknown charset: fallback
        {"=?utf-8?x?abc?=", u"=?utf-8?x?abc?="_s}, // bad encoding: left as text
        {"=?utf-8?q?unterminated", u"=?utf-8?q?unterminated"_s},
        {"=?utf-8?q?a?= =?iso-8859-1?q?=E9?=", u"aé"_s},
        {"raw \xC3\xA9", u"raw é"_s},    // RFC 6532 raw UTF-8
        {"raw \xE9t\xE9", u"raw été"_s}, // legacy 8-bit
        {"mixed \xD0\x96 \x96", u"mixed Ж –"_s},
    };
    for (const Row &row : rows) {
        INFO(row.input.toStdString());
        CHECK(decodeEncodedWords(row.input) == row.expected);
    }
}

TEST_CASE("encoded words: thousands of words and long malformed fields finish fast")
{
    QByteArray many;
    for (int i = 0; i < 5000; ++i)
        many += "=?utf-8?q?w" + QByteArray::number(i % 10) + "?= ";
    QByteArray garbage;
    for (int i = 0; i < 70000; ++i)
        garbage += "=?x";
    QElapsedTimer timer;
    timer.start();
    const QString a = decodeEncodedWords(many);
    const QString b = decodeEncodedWords(garbage);
    CHECK(a.size() == 10001); // "w0w1...w9w0..." plus the trailing blank
    CHECK(a.startsWith(u"w0w1w2"_s));
    CHECK(b.size() == garbage.size());
    CHECK(timer.elapsed() < 2000);
}

TEST_CASE("charsets: labels, aliases and fallbacks")
{
    CHECK(decodeCharset("caf\xC3\xA9", "UTF8") == u"café"_s);
    CHECK(decodeCharset("caf\xE9", "utf-8") == u"café"_s);     // mislabelled legacy bytes
    CHECK(decodeCharset("caf\xE9", "x-no-such") == u"café"_s); // unknown label
    CHECK(decodeCharset("caf\xC3\xA9", "no-such") == u"café"_s);
    CHECK(decodeCharset("\x80", "windows-1252") == u"€"_s);
    CHECK(decodeCharset("\xE9", "\"ISO-8859-1\"") == u"é"_s);
    CHECK(decodeCharset("+AGEAYg-", "utf-7") == u"ab"_s);
    CHECK(isKnownCharset("koi8-r"));
    CHECK_FALSE(isKnownCharset("definitely-not-a-charset"));
    CHECK(normalizeCharsetName(" UTF8 ") == "utf-8");
}
