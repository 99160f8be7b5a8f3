// SPDX-License-Identifier: GPL-3.0-or-later
// BODY and BODYSTRUCTURE in all shapes (RFC 9051 7.5.2 and section 9, body).
#include "ParserHarness.h"
#include "QtCatch.h"

using namespace lb;
using namespace lb::imap;

namespace {

BodyPart bodyOf(const QByteArray &structure)
{
    const Response r = test::parseSingle("* 1 FETCH (BODYSTRUCTURE " + structure + ")\r\n");
    REQUIRE(std::holds_alternative<FetchData>(r));
    const auto &fetch = std::get<FetchData>(r);
    REQUIRE(fetch.bodyStructure.has_value());
    return *fetch.bodyStructure;
}

BodyPart leaf(QByteArray type, QByteArray subtype, BodyParams params, QByteArray encoding,
              std::uint64_t size, std::optional<std::uint64_t> lines = std::nullopt)
{
    BodyPart p;
    p.type = std::move(type);
    p.subtype = std::move(subtype);
    p.params = std::move(params);
    p.encoding = std::move(encoding);
    p.size = size;
    p.lines = lines;
    return p;
}

} // namespace

TEST_CASE("a single text part without extension data (BODY)")
{
    const BodyPart expected = leaf("text", "plain", {{"charset", "US-ASCII"}}, "7BIT", 3028, 92);
    REQUIRE(bodyOf("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92)") ==
            expected);
    // The BODY item (not BODYSTRUCTURE) lands in the same field.
    const Response r = test::parseSingle("* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" "
                                         "\"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n");
    REQUIRE(std::get<FetchData>(r).bodyStructure == expected);
}

TEST_CASE("a text part with every extension field")
{
    BodyPart expected = leaf("text", "plain", {{"charset", "utf-8"}, {"format", "flowed"}},
                             "QUOTED-PRINTABLE", 100, 5);
    expected.id = "<id@x>";
    expected.description = "a description";
    expected.md5 = "Q2hlY2s=";
    expected.disposition = BodyDisposition{"inline", {}};
    expected.language = {"en"};
    expected.location = "http://example.com/a";
    expected.extensions = {Value::string("x-ext"), Value::num(42),
                           Value::makeList({Value::num(1), Value::string("a")})};
    REQUIRE(bodyOf("(\"text\" \"plain\" (\"charset\" \"utf-8\" \"FORMAT\" \"flowed\") \"<id@x>\" "
                   "\"a description\" \"quoted-printable\" 100 5 \"Q2hlY2s=\" (\"INLINE\" NIL) "
                   "\"en\" \"http://example.com/a\" \"x-ext\" 42 (1 \"a\"))") == expected);
}

TEST_CASE("a basic part with a disposition and NIL params")
{
    BodyPart expected = leaf("image", "png", {}, "BASE64", 1234);
    expected.disposition = BodyDisposition{"attachment", {{"filename", "a b.png"}}};
    REQUIRE(bodyOf("(\"IMAGE\" \"PNG\" NIL NIL NIL \"BASE64\" 1234 NIL "
                   "(\"ATTACHMENT\" (\"FILENAME\" \"a b.png\")) NIL NIL)") == expected);
}

TEST_CASE("a multipart with extension data")
{
    BodyPart expected;
    expected.type = "multipart";
    expected.subtype = "alternative";
    expected.params = {{"boundary", "xyz"}};
    expected.language = {"en", "de"};
    expected.children = {leaf("text", "plain", {{"charset", "utf-8"}}, "7BIT", 10, 1),
                         leaf("text", "html", {{"charset", "utf-8"}}, "7BIT", 20, 1)};
    REQUIRE(
        bodyOf("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 10 1 NIL NIL NIL NIL)"
               "(\"TEXT\" \"HTML\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 20 1 NIL NIL NIL NIL) "
               "\"ALTERNATIVE\" (\"BOUNDARY\" \"xyz\") NIL (\"en\" \"de\") NIL)") == expected);
}

TEST_CASE("a multipart/mixed holding a message/rfc822 with its own envelope and body")
{
    Envelope inner;
    inner.subject = "inner";
    inner.from = {Address{std::nullopt, std::nullopt, QByteArray("a"), QByteArray("b.example")}};
    BodyPart message = leaf("message", "rfc822", {}, "7BIT", 500, 20);
    message.envelope = inner;
    BodyPart innerBody;
    innerBody.type = "multipart";
    innerBody.subtype = "mixed";
    innerBody.children = {leaf("text", "plain", {{"charset", "us-ascii"}}, "7BIT", 10, 1),
                          leaf("application", "pdf", {{"name", "x.pdf"}}, "BASE64", 300)};
    message.children = {innerBody};
    BodyPart expected;
    expected.type = "multipart";
    expected.subtype = "mixed";
    expected.children = {leaf("text", "plain", {{"charset", "us-ascii"}}, "7BIT", 12, 1), message};

    const QByteArray envelope =
        "(NIL \"inner\" ((NIL NIL \"a\" \"b.example\")) NIL NIL NIL NIL NIL NIL NIL)";
    const BodyPart got =
        bodyOf("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 12 1)"
               "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 500 " +
               envelope +
               " ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 10 1)"
               "(\"APPLICATION\" \"PDF\" (\"NAME\" \"x.pdf\") NIL NIL \"BASE64\" 300) \"MIXED\") "
               "20) \"MIXED\")");
    REQUIRE(got == expected);

    // Section numbers (RFC 9051 6.4.5).
    REQUIRE(got.partAt("1")->subtype == "plain");
    REQUIRE(got.partAt("2")->isMessage());
    REQUIRE(got.partAt("2.1")->size == 10);
    REQUIRE(got.partAt("2.2")->subtype == "pdf");
    REQUIRE(got.partAt("2.3") == nullptr);
    REQUIRE(got.partAt("3") == nullptr);
    REQUIRE(got.partAt("1.1") == nullptr);
    REQUIRE(got.partAt("x") == nullptr);
    REQUIRE(got.partAt("2")->param("NAME") == std::nullopt);
    REQUIRE(got.partAt("2.2")->param("NAME") == QByteArray("x.pdf"));
    const BodyPart single = leaf("text", "plain", {}, "7BIT", 1, 1);
    REQUIRE(single.partAt("1") == &single);
    REQUIRE(single.partAt("2") == nullptr);
}

TEST_CASE("a multipart with spaces between its parts is accepted")
{
    BodyPart expected;
    expected.type = "multipart";
    expected.subtype = "mixed";
    expected.children = {leaf("text", "plain", {}, "7BIT", 1, 1),
                         leaf("text", "plain", {}, "7BIT", 2, 1)};
    REQUIRE(bodyOf("((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1) (\"TEXT\" \"PLAIN\" NIL NIL NIL "
                   "\"7BIT\" 2 1) \"MIXED\")") == expected);
}
