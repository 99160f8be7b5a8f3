// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ProtocolLog.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;
using lb::net::ProtocolLog;
using Direction = lb::net::ProtocolLog::Direction;

namespace {

QList<QByteArray> texts(const ProtocolLog &log)
{
    QList<QByteArray> lines;
    for (const auto &entry : log.entries())
        lines << entry.text;
    return lines;
}

} // namespace

TEST_CASE("Client credentials are redacted by the standard redactors", "[net][log]")
{
    struct Row
    {
        QByteArray sent;
        QByteArray logged;
    };
    const Row rows[] = {
        {"a1 LOGIN alice \"s3cret pass\"", "a1 LOGIN <redacted>"},
        {"a2 login alice s3cret", "a2 login <redacted>"},
        {"a3 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==", "a3 AUTHENTICATE PLAIN <redacted>"},
        {"AUTH PLAIN AGFsaWNlAHMzY3JldA==", "AUTH PLAIN <redacted>"},
        {"AUTH LOGIN YWxpY2U=", "AUTH LOGIN <redacted>"},
        {"PASS s3cret", "PASS <redacted>"},
        {"APOP alice c4c9334bac560ecc979e58001b3e22fb", "APOP <redacted>"},
        {"USER alice", "USER alice"},
        {"a4 SELECT INBOX", "a4 SELECT INBOX"},
        {"MAIL FROM:<alice@example.org>", "MAIL FROM:<alice@example.org>"},
    };
    for (const Row &row : rows) {
        ProtocolLog log(10);
        log.append(u"c"_s, Direction::Sent, row.sent + "\r\n");
        REQUIRE(texts(log) == QList<QByteArray>{row.logged});
    }
}

TEST_CASE("Lines of a SASL exchange are redacted until the server stops continuing", "[net][log]")
{
    ProtocolLog log(20);
    log.append(u"smtp"_s, Direction::Sent, "AUTH LOGIN\r\n");
    log.append(u"smtp"_s, Direction::Received, "334 VXNlcm5hbWU6\r\n");
    log.append(u"smtp"_s, Direction::Sent, "YWxpY2U=\r\n");
    log.append(u"smtp"_s, Direction::Received, "334 UGFzc3dvcmQ6\r\n");
    log.append(u"smtp"_s, Direction::Sent, "czNjcmV0\r\n");
    log.append(u"smtp"_s, Direction::Received, "235 2.7.0 Authentication successful\r\n");
    log.append(u"smtp"_s, Direction::Sent, "MAIL FROM:<alice@example.org>\r\n");
    CHECK(texts(log) == QList<QByteArray>{"AUTH LOGIN", "334 VXNlcm5hbWU6", "<redacted>",
                                          "334 UGFzc3dvcmQ6", "<redacted>",
                                          "235 2.7.0 Authentication successful",
                                          "MAIL FROM:<alice@example.org>"});
}

TEST_CASE("A command split over several writes is redacted as a whole", "[net][log]")
{
    const QByteArray command = "a LOGIN alice s3cret\r\n";
    for (qsizetype split = 0; split <= command.size(); ++split) {
        ProtocolLog log(10);
        log.append(u"c"_s, Direction::Sent, command.first(split));
        log.append(u"c"_s, Direction::Sent, command.sliced(split));
        INFO("split at " << split);
        REQUIRE(texts(log) == QList<QByteArray>{"a LOGIN <redacted>"});
    }
}

TEST_CASE("Custom redactors and secrets written by the caller stay out of the log", "[net][log]")
{
    ProtocolLog log(10);
    log.addRedactor([](QByteArrayView line) -> std::optional<QByteArray> {
        if (line.startsWith("X-TOKEN "))
            return QByteArray("X-TOKEN <redacted>");
        return std::nullopt;
    });
    log.append(u"c"_s, Direction::Sent, "X-TOKEN abcdef\r\n");
    log.appendSecret(u"c"_s, "<OAuth bearer token>");
    CHECK(texts(log) == QList<QByteArray>{"X-TOKEN <redacted>", "<OAuth bearer token>"});
}

TEST_CASE("The ring keeps only the newest lines, in order", "[net][log]")
{
    ProtocolLog log(3);
    for (int i = 1; i <= 5; ++i)
        log.append(u"c"_s, Direction::Received, "* " + QByteArray::number(i) + " EXISTS\r\n");
    CHECK(texts(log) == QList<QByteArray>{"* 3 EXISTS", "* 4 EXISTS", "* 5 EXISTS"});
    CHECK(log.toText().count(u'\n') == 3);
    CHECK(log.toText().contains(u"c S: * 5 EXISTS"_s));
    log.clear();
    CHECK(log.entries().isEmpty());
}

TEST_CASE("Long lines are cut with a byte count, and memory stays bounded", "[net][log]")
{
    ProtocolLog log(2);
    const QByteArray huge(1'000'000, 'x');
    log.append(u"c"_s, Direction::Received, huge);
    log.append(u"c"_s, Direction::Received, "\r\n");
    const QList<QByteArray> lines = texts(log);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().size() < ProtocolLog::kMaxLineLength + 40);
    CHECK(lines.first().endsWith("(" + QByteArray::number(1'000'000 - ProtocolLog::kMaxLineLength) +
                                 " more bytes)"));
}

TEST_CASE("endConnection logs an unterminated line and forgets the SASL state", "[net][log]")
{
    ProtocolLog log(10);
    log.append(u"c"_s, Direction::Sent, "a AUTHENTICATE PLAIN\r\n");
    log.append(u"c"_s, Direction::Received, "+ \r\n* BYE");
    log.endConnection(u"c"_s);
    log.append(u"c"_s, Direction::Sent, "a NOOP\r\n");
    CHECK(texts(log) == QList<QByteArray>{"a AUTHENTICATE PLAIN", "+ ", "* BYE", "a NOOP"});
}
