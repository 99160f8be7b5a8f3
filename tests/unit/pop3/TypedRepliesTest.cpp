// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"
#include "pop3/Capabilities.h"
#include "pop3/Greeting.h"
#include "pop3/Listings.h"
#include "pop3/ReplyParser.h"

using namespace lb::pop3;

namespace {

StatusLine okLine(QByteArrayView text)
{
    return *parseStatusLine("+OK " + text.toByteArray());
}

} // namespace

TEST_CASE("POP3 greeting and APOP timestamp")
{
    struct Row
    {
        QByteArray line;
        std::optional<QByteArray> timestamp;
    };
    const QList<Row> rows = {
        {"+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>",
         "<1896.697170952@dbc.mtview.ca.us>"},
        {"+OK ready", std::nullopt},
        {"+OK Dovecot ready. <1a2b.3c@host.example> more", "<1a2b.3c@host.example>"},
        {"+OK <no-at-sign>", std::nullopt},
        {"+OK <has space@x>", std::nullopt},
        {"+OK <unterminated@x", std::nullopt},
        {"+OK <>", std::nullopt},
    };
    for (const Row &row : rows) {
        INFO(row.line.toStdString());
        const auto greeting = parseGreeting(*parseStatusLine(row.line));
        REQUIRE(greeting.ok());
        CHECK(greeting->apopTimestamp == row.timestamp);
    }
}

TEST_CASE("POP3 -ERR greeting is an error with the server's words")
{
    const auto greeting = parseGreeting(*parseStatusLine("-ERR [SYS/TEMP] too many connections"));
    REQUIRE(!greeting.ok());
    CHECK(greeting.error().serverText == QStringLiteral("too many connections"));
    CHECK(greeting.error().remedy == lb::Remedy::RetryLater);
}

TEST_CASE("POP3 CAPA response")
{
    const Capabilities caps = parseCapabilities("TOP\r\n"
                                                "uidl\r\n"
                                                "USER\r\n"
                                                "SASL PLAIN login SCRAM-SHA-256 plain\r\n"
                                                "STLS\r\n"
                                                "PIPELINING\r\n"
                                                "RESP-CODES\r\n"
                                                "AUTH-RESP-CODE\r\n"
                                                "LOGIN-DELAY 900\r\n"
                                                "EXPIRE 30 USER\r\n"
                                                "IMPLEMENTATION Shlemazle Mail v1.0\r\n"
                                                "X-FUTURE thing\r\n");
    CHECK(caps.top);
    CHECK(caps.uidl);
    CHECK(caps.user);
    CHECK(caps.stls);
    CHECK(caps.pipelining);
    CHECK(caps.respCodes);
    CHECK(caps.authRespCode);
    CHECK(caps.saslMechanisms == QByteArrayList{"PLAIN", "LOGIN", "SCRAM-SHA-256"});
    CHECK(caps.supportsSasl("login"));
    CHECK(!caps.supportsSasl("GSSAPI"));
    REQUIRE(caps.loginDelay);
    CHECK(caps.loginDelay->seconds == 900);
    CHECK(!caps.loginDelay->perUser);
    REQUIRE(caps.expire);
    CHECK(caps.expire->days == 30);
    CHECK(caps.expire->perUser);
    CHECK(!caps.expire->deletesOnRetrieval());
    CHECK(caps.implementation == "Shlemazle Mail v1.0");
    CHECK(caps.other == QByteArrayList{"X-FUTURE thing"});
}

TEST_CASE("POP3 EXPIRE and LOGIN-DELAY variants")
{
    struct Row
    {
        QByteArray line;
        bool parsed;
        bool never;
        std::uint32_t days;
        bool deletesOnRetrieval;
    };
    const QList<Row> rows = {
        {"EXPIRE 0", true, false, 0, true},          {"EXPIRE NEVER", true, true, 0, false},
        {"EXPIRE never USER", true, true, 0, false}, {"EXPIRE 7", true, false, 7, false},
        {"EXPIRE", false, false, 0, false},          {"EXPIRE -1", false, false, 0, false},
        {"EXPIRE 5 FOO", false, false, 0, false},
    };
    for (const Row &row : rows) {
        INFO(row.line.toStdString());
        const Capabilities caps = parseCapabilities(row.line + "\r\n");
        REQUIRE(caps.expire.has_value() == row.parsed);
        if (!row.parsed) {
            CHECK(caps.other == QByteArrayList{row.line});
            continue;
        }
        CHECK(caps.expire->never == row.never);
        CHECK(caps.expire->days == row.days);
        CHECK(caps.expire->deletesOnRetrieval() == row.deletesOnRetrieval);
    }
    CHECK(parseCapabilities("LOGIN-DELAY 60 USER\r\n").loginDelay->perUser);
    CHECK(!parseCapabilities("LOGIN-DELAY soon\r\n").loginDelay);
    CHECK(parseCapabilities("TOP now\r\n").other == QByteArrayList{"TOP now"});
    CHECK(!parseCapabilities("").top);
}

TEST_CASE("POP3 STAT")
{
    const auto stat = parseStat(okLine("2 320"));
    REQUIRE(stat.ok());
    CHECK(*stat == MaildropStat{2, 320});
    CHECK(parseStat(okLine("0 0 extra words")).ok());
    CHECK(!parseStat(okLine("2")).ok());
    CHECK(!parseStat(okLine("two 320")).ok());
    CHECK(!parseStat(okLine("99999999999 1")).ok()); // count beyond 32 bits
    CHECK(parseStat(okLine("1 18446744073709551615")).ok());
    CHECK(!parseStat(okLine("1 18446744073709551616")).ok());
    CHECK(!parseStat(*parseStatusLine("-ERR no")).ok());
}

TEST_CASE("POP3 LIST scan listings")
{
    const ScanList list = parseScanList("1 120\r\n2 200 extra\r\nbad line\r\n0 5\r\n3 7\r\n");
    CHECK(list.entries == QList<ScanListing>{{MessageNumber(1), 120},
                                             {MessageNumber(2), 200},
                                             {MessageNumber(3), 7}});
    REQUIRE(list.defects.size() == 2);
    CHECK(list.defects[0].line == 3);
    CHECK(list.defects[1].line == 4); // message numbers start at 1

    const auto single = parseScanListing(okLine("2 200"));
    REQUIRE(single.ok());
    CHECK(*single == ScanListing{MessageNumber(2), 200});
    CHECK(!parseScanListing(okLine("2")).ok());
    CHECK(!parseScanListing(*parseStatusLine("-ERR no such message, only 2 messages")).ok());
}

TEST_CASE("POP3 UIDL with well-formed and weird ids")
{
    const QByteArray longId(71, 'a');
    const UniqueIdList list = parseUniqueIdList("1 whqtswO00WBw418f9t5JxYwZ\r\n"
                                                "2 QhdPYR:00WBw1Ph7x7\r\n"
                                                "3  spaced-out \r\n"
                                                "4 " +
                                                longId +
                                                "\r\n"
                                                "5 has space\r\n"
                                                "6 caf\xc3\xa9\r\n"
                                                "7\r\n"
                                                "x abc\r\n"
                                                "8 QhdPYR:00WBw1Ph7x7\r\n"
                                                "9 ~!\"#$%&'()*+,-./\r\n");
    const QList<UniqueIdListing> expected = {
        {MessageNumber(1), "whqtswO00WBw418f9t5JxYwZ"},
        {MessageNumber(2), "QhdPYR:00WBw1Ph7x7"},
        {MessageNumber(3), "spaced-out"},
        {MessageNumber(4), longId},
        {MessageNumber(5), "has space"},
        {MessageNumber(6), "caf\xc3\xa9"},
        {MessageNumber(9), "~!\"#$%&'()*+,-./"},
    };
    CHECK(list.entries == expected);
    QList<qsizetype> defectLines;
    for (const ListingDefect &defect : list.defects)
        defectLines.append(defect.line);
    CHECK(defectLines == QList<qsizetype>{4, 5, 6, 7, 8, 9});
    CHECK(list.defects[0].what.contains(QStringLiteral("70")));
    CHECK(list.defects[5].what.contains(QStringLiteral("duplicate")));

    CHECK(uniqueIdProblem(QByteArray(70, 'z')).isEmpty());
    CHECK(!uniqueIdProblem("").isEmpty());
    CHECK(!uniqueIdProblem("tab\there").isEmpty());

    const auto single = parseUniqueIdListing(okLine("2 QhdPYR:00WBw1Ph7x7"));
    REQUIRE(single.ok());
    CHECK(single->number == MessageNumber(2));
    CHECK(single->uniqueId == "QhdPYR:00WBw1Ph7x7");
    CHECK(!parseUniqueIdListing(okLine("2")).ok());
}

TEST_CASE("POP3 RETR body arrives unstuffed with CRLF kept")
{
    ReplyParser parser;
    parser.expect(ReplyKind::MultiLine);
    parser.feed("+OK 120 octets\r\nSubject: hi\r\n\r\n..dot first\r\n...\r\nlast\r\n.\r\n");
    const ParseEvent event = parser.next();
    REQUIRE(std::holds_alternative<Reply>(event));
    CHECK(*std::get<Reply>(event).body == "Subject: hi\r\n\r\n.dot first\r\n..\r\nlast\r\n");
}
