// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParserHarness.h"
#include "QtCatch.h"

#include <QRandomGenerator>

using namespace lb::pop3;
using namespace lb::pop3::test;

namespace {

constexpr auto S = ReplyKind::SingleLine;
constexpr auto M = ReplyKind::MultiLine;

StatusLine status(Status s, QByteArray text, QByteArrayList code = {})
{
    StatusLine line{s, std::nullopt, std::move(text)};
    if (!code.isEmpty())
        line.code = ResponseCode{std::move(code)};
    return line;
}

ParseEvent single(Status s, QByteArray text, QByteArrayList code = {})
{
    return Reply{status(s, std::move(text), std::move(code)), std::nullopt, false};
}

ParseEvent multi(QByteArray text, QByteArray body, bool bareLf = false)
{
    return Reply{status(Status::Ok, std::move(text)), std::move(body), bareLf};
}

ParseEvent error(qint64 offset, const char *what)
{
    return ParseError{offset, QString::fromLatin1(what)};
}

struct Row
{
    const char *name;
    Setup setup;
    QByteArray input;
    QList<ParseEvent> expected;
};

QString describe(const ParseEvent &event)
{
    if (const auto *reply = std::get_if<Reply>(&event)) {
        return QStringLiteral("Reply(%1 \"%2\" body=%3)")
            .arg(int(reply->status.status))
            .arg(QString::fromLatin1(reply->status.text))
            .arg(reply->body ? QString::fromLatin1(*reply->body) : QStringLiteral("none"));
    }
    if (const auto *error = std::get_if<ParseError>(&event))
        return QStringLiteral("Error(%1: %2)").arg(error->offset).arg(error->what);
    return QStringLiteral("NeedMore");
}

QString describe(const QList<ParseEvent> &events)
{
    QStringList parts;
    for (const ParseEvent &event : events)
        parts.append(describe(event));
    return parts.join(QStringLiteral(", "));
}

const QList<Row> &rows()
{
    static const QList<Row> table = {
        {"greeting with timestamp",
         {{S}},
         "+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n",
         {single(Status::Ok, "POP3 server ready <1896.697170952@dbc.mtview.ca.us>")}},
        {"bare +OK", {{S}}, "+OK\r\n", {single(Status::Ok, "")}},
        {"lower-case indicator", {{S}}, "+ok fine\r\n", {single(Status::Ok, "fine")}},
        {"-ERR with IN-USE",
         {{S}},
         "-ERR [IN-USE] Do you have another POP session running?\r\n",
         {single(Status::Err, "Do you have another POP session running?", {"IN-USE"})}},
        {"-ERR with SYS/TEMP",
         {{S}},
         "-ERR [SYS/TEMP] try later\r\n",
         {single(Status::Err, "try later", {"SYS", "TEMP"})}},
        {"-ERR with LOGIN-DELAY",
         {{S}},
         "-ERR [LOGIN-DELAY] wait 15 minutes\r\n",
         {single(Status::Err, "wait 15 minutes", {"LOGIN-DELAY"})}},
        {"-ERR with AUTH",
         {{S}},
         "-ERR [AUTH] invalid password\r\n",
         {single(Status::Err, "invalid password", {"AUTH"})}},
        {"unclosed bracket is text",
         {{S}},
         "-ERR [oops no code\r\n",
         {single(Status::Err, "[oops no code")}},
        {"empty level is text",
         {{S}},
         "-ERR [SYS//TEMP] x\r\n",
         {single(Status::Err, "[SYS//TEMP] x")}},
        {"SASL empty challenge", {{S}}, "+ \r\n", {single(Status::Continue, "")}},
        {"SASL challenge",
         {{S}},
         "+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+\r\n",
         {single(Status::Continue, "PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+")}},
        {"scan listing body",
         {{M}},
         "+OK 2 messages\r\n1 120\r\n2 200\r\n.\r\n",
         {multi("2 messages", "1 120\r\n2 200\r\n")}},
        {"empty body", {{M}}, "+OK\r\n.\r\n", {multi("", "")}},
        {"-ERR to a multi-line command has no body",
         {{M, S}},
         "-ERR no such message\r\n+OK\r\n",
         {single(Status::Err, "no such message"), single(Status::Ok, "")}},
        {"dot unstuffing",
         {{M}},
         "+OK\r\n..\r\n...foo\r\n.bar\r\n..\r\nend\r\n.\r\n",
         {multi("", ".\r\n..foo\r\nbar\r\n.\r\nend\r\n")}},
        {"lone dot inside data arrives stuffed",
         {{M}},
         "+OK\r\na\r\n..\r\nb\r\n.\r\n",
         {multi("", "a\r\n.\r\nb\r\n")}},
        {"empty lines kept", {{M}}, "+OK\r\n\r\nx\r\n\r\n.\r\n", {multi("", "\r\nx\r\n\r\n")}},
        {"LF-only server", {{M}}, "+OK\n.. x\nline\n.\n", {multi("", ". x\r\nline\r\n", true)}},
        {"mixed line ends", {{M}}, "+OK\r\na\nb\r\n.\r\n", {multi("", "a\r\nb\r\n", true)}},
        {"dot-space is not the terminator", {{M}}, "+OK\r\n. \r\n.\r\n", {multi("", " \r\n")}},
        {"pipelined replies",
         {{S, M, S, M}},
         "+OK\r\n+OK\r\nhello\r\n.\r\n-ERR [SYS/PERM] gone\r\n+OK 1 x\r\n1 abc\r\n.\r\n",
         {single(Status::Ok, ""), multi("", "hello\r\n"),
          single(Status::Err, "gone", {"SYS", "PERM"}), multi("1 x", "1 abc\r\n")}},
        {"not a status line",
         {{S}},
         "HELLO\r\n",
         {error(0, "expected +OK or -ERR, got \"HELLO\"")}},
        {"+OKAY is not +OK", {{S}}, "+OKAY\r\n", {error(0, "expected +OK or -ERR, got \"+OKAY\"")}},
        {"reply nobody asked for",
         {{S}},
         "+OK\r\n+OK again\r\n",
         {single(Status::Ok, ""), error(5, "a reply arrived while no command was outstanding")}},
        {"status line too long",
         {{S}, 16},
         "+OK 0123456789abcdef\r\n",
         {error(0, "status line longer than 16 octets")}},
        {"status line of exactly the limit",
         {{S}, 16},
         "+OK 0123456789a\r\n",
         {single(Status::Ok, "0123456789a")}},
        {"endless status line",
         {{S}, 16},
         QByteArray(100, 'x'),
         {error(0, "status line longer than 16 octets")}},
        {"body too long",
         {{S, M}, 64, 10},
         "+OK\r\n+OK\r\n0123456789AB\r\n.\r\n",
         {single(Status::Ok, ""), error(10, "multi-line reply longer than 10 octets")}},
        {"endless body line",
         {{M}, 64, 10},
         "+OK\r\n" + QByteArray(50, 'y'),
         {error(5, "multi-line reply longer than 10 octets")}},
        {"body within its limit",
         {{M}, 64, 10},
         "+OK\r\n0123\r\n45\r\n.\r\n",
         {multi("", "0123\r\n45\r\n")}},
        {"unterminated body waits", {{M}}, "+OK\r\nline\r\n", {}},
    };
    return table;
}

} // namespace

TEST_CASE("POP3 replies parse into typed values")
{
    for (const Row &row : rows()) {
        INFO(row.name);
        const QList<ParseEvent> events = parseWhole(row.setup, row.input);
        INFO(describe(events).toStdString());
        CHECK(events == row.expected);
    }
}

TEST_CASE("POP3 replies are the same however the bytes are split")
{
    for (const Row &row : rows()) {
        INFO(row.name);
        forEveryChunking(row.setup, row.input, [&](const QList<ParseEvent> &events) {
            if (events != row.expected) {
                INFO(describe(events).toStdString());
                FAIL_CHECK("chunking changed the result");
            }
        });
    }
}

TEST_CASE("POP3 parser takes expectations after the bytes arrived")
{
    ReplyParser parser;
    parser.feed("+OK hi");
    CHECK(std::holds_alternative<NeedMore>(parser.next()));
    parser.expect(ReplyKind::SingleLine);
    parser.feed("\r\n");
    const ParseEvent event = parser.next();
    REQUIRE(std::holds_alternative<Reply>(event));
    CHECK(std::get<Reply>(event).status.text == "hi");
    CHECK(parser.outstanding() == 0);
}

TEST_CASE("POP3 parser stays failed after an error")
{
    ReplyParser parser;
    parser.expect(ReplyKind::SingleLine);
    parser.expect(ReplyKind::SingleLine);
    parser.feed("garbage\r\n");
    CHECK(parser.failed());
    parser.feed("+OK\r\n");
    const ParseEvent event = parser.next();
    REQUIRE(std::holds_alternative<ParseError>(event));
    CHECK(std::get<ParseError>(event).offset == 0);
    CHECK(std::holds_alternative<ParseError>(parser.next()));
    const lb::Error error = std::get<ParseError>(event).toError();
    CHECK(error.scope == lb::ErrorScope::Connection);
    CHECK(error.message.contains(QStringLiteral("could not be understood")));
}

TEST_CASE("POP3 known response codes")
{
    const QList<std::pair<QByteArrayList, KnownCode>> codes = {
        {{"IN-USE"}, KnownCode::InUse},
        {{"LOGIN-DELAY"}, KnownCode::LoginDelay},
        {{"SYS", "TEMP"}, KnownCode::SysTemp},
        {{"SYS", "PERM"}, KnownCode::SysPerm},
        {{"auth"}, KnownCode::Auth},
        {{"X-OTHER"}, KnownCode::None},
        {{"SYS"}, KnownCode::None},
    };
    for (const auto &[levels, known] : codes) {
        INFO(levels.join('/').toStdString());
        CHECK(ResponseCode{levels}.known() == known);
    }
}

TEST_CASE("POP3 multi-line body of a large message in small pieces")
{
    QByteArray message;
    for (int i = 0; i < 20000; ++i)
        message += (i % 7 == 0 ? "." : "") + QByteArray::number(i) + " line of text\r\n";
    QByteArray stuffed;
    for (const QByteArray &line : message.split('\n')) {
        if (line.isEmpty())
            continue;
        stuffed += (line.startsWith('.') ? "." : "") + line + "\n";
    }
    const QByteArray wire = "+OK message follows\r\n" + stuffed + ".\r\n";
    ReplyParser parser;
    parser.expect(ReplyKind::MultiLine);
    for (qsizetype pos = 0; pos < wire.size(); pos += 1000)
        parser.feed(QByteArrayView(wire).sliced(pos, qMin(qsizetype(1000), wire.size() - pos)));
    const ParseEvent event = parser.next();
    REQUIRE(std::holds_alternative<Reply>(event));
    CHECK(*std::get<Reply>(event).body == message);
}

TEST_CASE("POP3 parser survives random bytes with bounded memory")
{
    QRandomGenerator random(2449);
    const char alphabet[] = {'+', 'O', 'K', '-', 'E', 'R', '.', '\r', '\n', ' ', '[', ']', 'x'};
    for (int round = 0; round < 300; ++round) {
        ReplyParser parser(64, 256);
        for (int i = 0; i < 20; ++i)
            parser.expect(random.bounded(2) ? ReplyKind::MultiLine : ReplyKind::SingleLine);
        QByteArray input;
        const int length = int(random.bounded(400));
        for (int i = 0; i < length; ++i)
            input += alphabet[random.bounded(int(sizeof(alphabet)))];
        const QList<ParseEvent> whole = parseWhole({}, input); // default limits, no expectations
        CHECK(whole.size() <= 1);
        parser.feed(input);
        int replies = 0;
        for (ParseEvent event = parser.next(); std::holds_alternative<Reply>(event);
             event = parser.next()) {
            CHECK(std::get<Reply>(event).body.value_or(QByteArray()).size() <= 256);
            ++replies;
        }
        CHECK(replies <= 20);
    }
}
