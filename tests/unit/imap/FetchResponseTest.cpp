// SPDX-License-Identifier: GPL-3.0-or-later
// FETCH items (RFC 9051 7.5.2 and extensions).
#include "ParserHarness.h"
#include "QtCatch.h"

using namespace lb;
using namespace lb::imap;

namespace {

FetchData fetchOf(const QByteArray &input)
{
    const Response r = test::parseSingle(input);
    REQUIRE(std::holds_alternative<FetchData>(r));
    return std::get<FetchData>(r);
}

Address addr(NString name, NString mailbox, NString host)
{
    return Address{std::move(name), std::nullopt, std::move(mailbox), std::move(host)};
}

} // namespace

TEST_CASE("FETCH flags, UID, INTERNALDATE and size")
{
    FetchData expected;
    expected.sequence = 12;
    expected.flags = QList<QByteArray>{"\\Seen", "$Label1"};
    expected.uid = Uid(4827313);
    expected.internalDate = QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), Qt::UTC);
    expected.rfc822Size = 4286;
    REQUIRE(fetchOf("* 12 FETCH (FLAGS (\\Seen $Label1) UID 4827313 INTERNALDATE "
                    "\"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE 4286)\r\n") == expected);

    FetchData padded;
    padded.sequence = 1;
    padded.internalDate = QDateTime(QDate(2024, 3, 6), QTime(23, 30, 0), Qt::UTC);
    padded.flags = QList<QByteArray>{};
    REQUIRE(fetchOf("* 1 FETCH (INTERNALDATE \" 7-Mar-2024 01:00:00 +0130\" FLAGS ())\r\n") ==
            padded);
    REQUIRE(fetchOf("* 1 FETCH (INTERNALDATE \" 7-Mar-2024 01:00:00 +0130\" FLAGS ())\r\n")
                .internalDate->timeSpec() == Qt::UTC);
}

TEST_CASE("FETCH ENVELOPE keeps raw fields and group syntax")
{
    Envelope e;
    e.date = "Wed, 17 Jul 1996 02:23:25 -0700 (PDT)";
    e.subject = "IMAP4rev1 WG mtg summary and minutes";
    e.from = {addr("Terry Gray", "gray", "cac.washington.edu")};
    e.sender = e.from;
    e.replyTo = e.from;
    e.to = {addr(std::nullopt, "imap", "cac.washington.edu")};
    e.cc = {addr(std::nullopt, "minutes", "CNRI.Reston.VA.US"),
            addr("=?utf-8?q?John_Kl=C3=A9nsin?=", "KLENSIN", "MIT.EDU")};
    e.bcc = {addr(std::nullopt, "undisclosed-recipients", std::nullopt),
             addr(std::nullopt, std::nullopt, std::nullopt)};
    e.messageId = "<B27397-0100000@cac.washington.edu>";
    FetchData expected;
    expected.sequence = 2;
    expected.envelope = e;
    const QByteArray input = "* 2 FETCH (ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" "
                             "\"IMAP4rev1 WG mtg summary and minutes\" "
                             "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
                             "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
                             "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
                             "((NIL NIL \"imap\" \"cac.washington.edu\")) "
                             "((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")"
                             "(\"=?utf-8?q?John_Kl=C3=A9nsin?=\" NIL \"KLENSIN\" \"MIT.EDU\")) "
                             "((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) "
                             "NIL \"<B27397-0100000@cac.washington.edu>\"))\r\n";
    const FetchData got = fetchOf(input);
    REQUIRE(got == expected);
    REQUIRE(got.envelope->cc[0].addrSpec() == "minutes@CNRI.Reston.VA.US");
    REQUIRE(got.envelope->bcc[0].isGroupStart());
    REQUIRE(got.envelope->bcc[1].isGroupEnd());
    REQUIRE(got.envelope->bcc[0].addrSpec().isEmpty());
}

TEST_CASE("FETCH body sections, literals, BINARY and RFC822 items")
{
    FetchData expected;
    expected.sequence = 3;
    expected.uid = Uid(9);
    expected.sections = {
        {"HEADER.FIELDS (REFERENCES IN-REPLY-TO)", std::nullopt,
         QByteArray("References: <a@b>\r\n\r\n"), false},
        {"", 0u, QByteArray("Hi\r\n)"), false},
        {"1", std::nullopt, std::nullopt, false},
        {"1", std::nullopt, QByteArray("a\0b", 3), true},
        {"", std::nullopt, QByteArray("x"), false},
        {"HEADER", std::nullopt, QByteArray(""), false},
        {"TEXT", std::nullopt, QByteArray("quoted \"text\""), false},
    };
    expected.binarySizes = {{"1", 3}};
    const QByteArray input =
        "* 3 FETCH (UID 9 BODY[HEADER.FIELDS (REFERENCES IN-REPLY-TO)] {21}\r\n"
        "References: <a@b>\r\n\r\n"
        " BODY[]<0> {5}\r\nHi\r\n) BODY[1] NIL BINARY[1] ~{3}\r\n" +
        QByteArray("a\0b", 3) +
        " RFC822 {1}\r\nx RFC822.HEADER \"\" "
        "RFC822.TEXT \"quoted \\\"text\\\"\" BINARY.SIZE[1] 3)\r\n";
    const FetchData got = fetchOf(input);
    REQUIRE(got == expected);
    REQUIRE(got.section("header.fields (references in-reply-to)") != nullptr);
    REQUIRE(got.section("1", true)->data == QByteArray("a\0b", 3));
    REQUIRE(got.section("2") == nullptr);
}

TEST_CASE("FETCH MODSEQ, Gmail items, object ids and unknown items")
{
    FetchData expected;
    expected.sequence = 4;
    expected.modSeq = ModSeq(12345678901ull);
    expected.gmMsgId = 1278455344230334865ull;
    expected.gmThrId = 1266894439832287888ull;
    expected.gmLabels = QList<QByteArray>{"\\Inbox", "\\Sent", "Important stuff", "foo"};
    expected.emailId = "M6d99ac3275bb4e";
    expected.threadId = std::nullopt;
    expected.other = {{"PREVIEW", Value::string("hello")},
                      {"SAVEDATE", Value::nil()},
                      {"X-FOO[1]", Value::makeList({Value::atom("a"), Value::num(2)})}};
    REQUIRE(fetchOf("* 4 FETCH (MODSEQ (12345678901) X-GM-MSGID 1278455344230334865 "
                    "X-GM-THRID 1266894439832287888 X-GM-LABELS (\\Inbox \\Sent "
                    "\"Important stuff\" foo) EMAILID (M6d99ac3275bb4e) THREADID NIL "
                    "PREVIEW \"hello\" SAVEDATE NIL X-FOO[1] (a 2))\r\n") == expected);

    FetchData thread;
    thread.sequence = 5;
    thread.threadId = "T64b478a75b7ea9";
    REQUIRE(fetchOf("* 5 FETCH (THREADID (T64b478a75b7ea9))\r\n") == thread);
}
