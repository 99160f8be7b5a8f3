// SPDX-License-Identifier: GPL-3.0-or-later
// Base64 and quoted-printable body encoders and the choice between them (RFC 2045 6).
#include "QtCatch.h"
#include "TestSupport.h"

#include "mime/compose/Base64Encoder.h"
#include "mime/compose/BodyEncoding.h"
#include "mime/compose/QuotedPrintableEncoder.h"

using namespace lb::mime;

namespace {
QByteArray repeated(const char *text, int times)
{
    return QByteArray(text).repeated(times);
}
} // namespace

TEST_CASE("base64 body lines are 76 characters joined by CRLF")
{
    struct Row
    {
        QByteArray input;
        QByteArray expected;
    };
    const Row rows[] = {
        {"", ""},
        {"f", "Zg=="},
        {"foobar", "Zm9vYmFy"},
        {repeated("a", 57), repeated("YWFh", 19)}, // exactly one full line
        {repeated("a", 58), repeated("YWFh", 19) + "\r\nYQ=="},
        {repeated("a", 114), repeated("YWFh", 19) + "\r\n" + repeated("YWFh", 19)},
        {QByteArray("\x00\xff\r\n", 4), "AP8NCg=="},
    };
    for (const Row &row : rows) {
        INFO(row.input.toHex().toStdString());
        CHECK(encodeBase64Body(row.input) == row.expected);
        CHECK(QByteArray::fromBase64(encodeBase64Body(row.input)) == row.input);
    }
}

TEST_CASE("quoted-printable follows RFC 2045 6.7 byte for byte")
{
    struct Row
    {
        QByteArray input;
        QByteArray expected;
    };
    const Row rows[] = {
        {"", ""},
        {"hello", "hello"},
        {"a=b", "a=3Db"},
        {"trailing  ", "trailing =20"},
        {"tab\t", "tab=09"},
        {"  inner  spaces kept", "  inner  spaces kept"},
        {"line1\nline2", "line1\r\nline2"},
        {"line1\r\nline2\r\n", "line1\r\nline2\r\n"},
        {"old\rmac", "old\r\nmac"},
        {"end \nnext", "end=20\r\nnext"},
        {"From here", "=46rom here"},
        {"Fromage", "Fromage"},
        {"x\nFrom me", "x\r\n=46rom me"},
        {".\n", "=2E\r\n"},
        {"a.b", "a.b"},
        {"caf\xc3\xa9", "caf=C3=A9"},
        {QByteArray("nul\x00", 4), "nul=00"},
        {repeated("x", 76), repeated("x", 76)},
        {repeated("x", 77), repeated("x", 75) + "=\r\nxx"},
        {repeated("x", 74) + "\xc3\xa9", repeated("x", 74) + "=\r\n=C3=A9"},
        {repeated("x", 73) + "=", repeated("x", 73) + "=3D"},
        {repeated("x", 75) + " ", repeated("x", 75) + "=\r\n=20"},
        {repeated("x", 75) + ".abc", repeated("x", 75) + "=\r\n=2Eabc"},
        {repeated("x", 75) + "From me", repeated("x", 75) + "=\r\n=46rom me"},
        {repeated("x", 75) + " y", repeated("x", 75) + "=\r\n y"},
    };
    for (const Row &row : rows) {
        INFO(row.input.toStdString());
        CHECK(encodeQuotedPrintable(row.input) == row.expected);
    }
}

TEST_CASE("quoted-printable lines never pass 76 columns")
{
    QByteArray text;
    for (int i = 0; i < 400; ++i)
        text += (i % 7 == 0) ? QByteArray("\xe2\x82\xac") : QByteArray(i % 5 ? "a" : " ");
    text += "\n\n" + repeated("=", 200) + "\n" + repeated(" ", 90);
    const QByteArray encoded = encodeQuotedPrintable(text);
    for (const QByteArray &line : lb::mime::test::crlfLines(encoded)) {
        INFO(line.toStdString());
        CHECK(line.size() <= 76);
        CHECK_FALSE(line.endsWith(' '));
        CHECK_FALSE(line.endsWith('\t'));
    }
}

TEST_CASE("text bodies pick 7bit, quoted-printable or base64 by content")
{
    SECTION("short ASCII lines stay 7bit with CRLF")
    {
        const EncodedBody body = encodeTextBody("Hello\nworld\n");
        CHECK(body.encoding == BodyEncoding::SevenBit);
        CHECK(body.bytes == "Hello\r\nworld\r\n");
    }
    SECTION("a line of 78 is still 7bit, 79 is not")
    {
        CHECK(encodeTextBody(repeated("a", 78)).encoding == BodyEncoding::SevenBit);
        CHECK(encodeTextBody(repeated("a", 79)).encoding == BodyEncoding::QuotedPrintable);
    }
    SECTION("mostly ASCII text becomes quoted-printable")
    {
        const EncodedBody body = encodeTextBody("Gr\xc3\xbc\xc3\x9f"
                                                "e aus K\xc3\xb6ln\n");
        CHECK(body.encoding == BodyEncoding::QuotedPrintable);
        CHECK(body.bytes == "Gr=C3=BC=C3=9Fe aus K=C3=B6ln\r\n");
    }
    SECTION("text that is not ASCII at all becomes base64")
    {
        const QByteArray greek = QStringLiteral("Καλημέρα κόσμε, τι κάνεις;").toUtf8();
        const EncodedBody body = encodeTextBody(greek);
        CHECK(body.encoding == BodyEncoding::Base64);
        CHECK(QByteArray::fromBase64(body.bytes) == greek);
    }
    SECTION("encoding names")
    {
        CHECK(encodingName(BodyEncoding::SevenBit) == "7bit");
        CHECK(encodingName(BodyEncoding::EightBit) == "8bit");
        CHECK(encodingName(BodyEncoding::QuotedPrintable) == "quoted-printable");
        CHECK(encodingName(BodyEncoding::Base64) == "base64");
    }
}

TEST_CASE("encapsulated messages travel 7bit or 8bit with CRLF, else base64")
{
    CHECK(encodeMessageBody("Subject: a\n\nbody\n").encoding == BodyEncoding::SevenBit);
    CHECK(encodeMessageBody("Subject: a\n\nbody\n").bytes == "Subject: a\r\n\r\nbody\r\n");
    CHECK(encodeMessageBody("Subject: a\n\nb\xc3\xb6\n").encoding == BodyEncoding::EightBit);
    CHECK(encodeMessageBody("Subject: a\n\n" + repeated("x", 999)).encoding ==
          BodyEncoding::Base64);
    CHECK(encodeMessageBody("Subject: a\n\n" + repeated("x", 998)).encoding ==
          BodyEncoding::SevenBit);
}
