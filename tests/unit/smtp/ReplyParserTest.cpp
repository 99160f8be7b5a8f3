// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/ReplyParser.h"

#include "QtCatch.h"
#include <QRandomGenerator>

using namespace lb::smtp;

namespace {

struct Setup
{
    bool enhanced = false;
    qsizetype maxLineLength = ReplyParser::DefaultMaxLineLength;
    qsizetype maxLines = ReplyParser::DefaultMaxLines;
};

QList<ParseEvent> parseInPieces(const Setup &setup, const QList<QByteArrayView> &pieces)
{
    ReplyParser parser(setup.maxLineLength, setup.maxLines);
    parser.setEnhancedStatusCodes(setup.enhanced);
    QList<ParseEvent> events;
    for (QByteArrayView piece : pieces) {
        parser.feed(piece);
        for (ParseEvent event = parser.next(); !std::holds_alternative<NeedMore>(event);
             event = parser.next()) {
            const bool isError = std::holds_alternative<ParseError>(event);
            events.append(std::move(event));
            if (isError)
                return events;
        }
    }
    return events;
}

ParseEvent reply(int code, QByteArrayList lines, std::optional<EnhancedCode> enhanced = {})
{
    return Reply{code, enhanced, std::move(lines)};
}

ParseEvent error(qint64 offset, const char *what)
{
    return ParseError{offset, QString::fromLatin1(what)};
}

QString describe(const QList<ParseEvent> &events)
{
    QStringList parts;
    for (const ParseEvent &event : events) {
        if (const auto *r = std::get_if<Reply>(&event))
            parts.append(QStringLiteral("Reply(%1 [%2])")
                             .arg(r->summary(), QString::fromLatin1(r->lines.join('|'))));
        else if (const auto *e = std::get_if<ParseError>(&event))
            parts.append(QStringLiteral("Error(%1: %2)").arg(e->offset).arg(e->what));
    }
    return parts.join(QStringLiteral(", "));
}

struct Row
{
    const char *name;
    Setup setup;
    QByteArray input;
    QList<ParseEvent> expected;
};

const QList<Row> &rows()
{
    static const QList<Row> table = {
        {"greeting",
         {},
         "220 mail.example.com ESMTP ready\r\n",
         {reply(220, {"mail.example.com ESMTP ready"})}},
        {"bare code", {}, "250\r\n", {reply(250, {""})}},
        {"code and space", {}, "354 \r\n", {reply(354, {""})}},
        {"multi-line EHLO",
         {},
         "250-mail.example.com Hello\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
         {reply(250, {"mail.example.com Hello", "SIZE 35882577", "8BITMIME", "SMTPUTF8"})}},
        {"empty continuation", {}, "250-\r\n250 done\r\n", {reply(250, {"", "done"})}},
        {"LF-only server", {}, "250-a\n250 b\n", {reply(250, {"a", "b"})}},
        {"several replies",
         {},
         "250 2.1.0 Ok\r\n550 5.1.1 <x@y>: no such user\r\n354 go\r\n",
         {reply(250, {"2.1.0 Ok"}), reply(550, {"5.1.1 <x@y>: no such user"}), reply(354, {"go"})}},
        {"enhanced codes",
         {true},
         "250 2.1.0 Ok\r\n550-5.1.1 no such user\r\n550 5.1.1 see https://x\r\n",
         {reply(250, {"Ok"}, EnhancedCode{2, 1, 0}),
          reply(550, {"no such user", "see https://x"}, EnhancedCode{5, 1, 1})}},
        {"enhanced code of another class is text",
         {true},
         "550 2.1.0 odd\r\n",
         {reply(550, {"2.1.0 odd"})}},
        {"enhanced code alone", {true}, "535 5.7.8\r\n", {reply(535, {""}, EnhancedCode{5, 7, 8})}},
        {"enhanced code with three-digit parts",
         {true},
         "550 5.123.456 x\r\n",
         {reply(550, {"x"}, EnhancedCode{5, 123, 456})}},
        {"not an enhanced code", {true}, "250 2.1 short\r\n", {reply(250, {"2.1 short"})}},
        {"enhanced off keeps text",
         {},
         "535 5.7.8 Authentication failed\r\n",
         {reply(535, {"5.7.8 Authentication failed"})}},
        {"non-ASCII text kept",
         {},
         "550 Empf\xc3\xa4nger unbekannt\r\n",
         {reply(550, {"Empf\xc3\xa4nger unbekannt"})}},
        {"mismatched codes",
         {},
         "250-first\r\n251 second\r\n",
         {error(11, "reply line has code 251 but the reply began with 250")}},
        {"mismatch after a good reply",
         {},
         "220 hi\r\n250-a\r\n550 b\r\n",
         {reply(220, {"hi"}), error(15, "reply line has code 550 but the reply began with 250")}},
        {"not a code",
         {},
         "hello\r\n",
         {error(0, "expected a three-digit reply code, got \"hello\"")}},
        {"code out of range",
         {},
         "199 x\r\n",
         {error(0, "expected a three-digit reply code, got \"199 x\"")}},
        {"second digit out of range",
         {},
         "260 x\r\n",
         {error(0, "expected a three-digit reply code, got \"260 x\"")}},
        {"short line", {}, "25\r\n", {error(0, "expected a three-digit reply code, got \"25\"")}},
        {"bad separator",
         {},
         "250_x\r\n",
         {error(0, "expected \" \" or \"-\" after the reply code, got \"250_x\"")}},
        {"line too long",
         {false, 16},
         "250 0123456789abcdef\r\n",
         {error(0, "reply line longer than 16 octets")}},
        {"line of exactly the limit",
         {false, 16},
         "250 0123456789a\r\n",
         {reply(250, {"0123456789a"})}},
        {"endless line",
         {false, 16},
         "250 " + QByteArray(60, 'z'),
         {error(0, "reply line longer than 16 octets")}},
        {"too many lines",
         {false, 64, 3},
         "250-a\r\n250-b\r\n250-c\r\n250 d\r\n",
         {error(21, "reply has more than 3 lines")}},
        {"as many lines as allowed",
         {false, 64, 3},
         "250-a\r\n250-b\r\n250 c\r\n",
         {reply(250, {"a", "b", "c"})}},
        {"unfinished multi-line waits", {}, "250-a\r\n250-b\r\n", {}},
    };
    return table;
}

} // namespace

TEST_CASE("SMTP replies parse into typed values")
{
    for (const Row &row : rows()) {
        INFO(row.name);
        const QList<ParseEvent> events = parseInPieces(row.setup, {row.input});
        INFO(describe(events).toStdString());
        CHECK(events == row.expected);
    }
}

TEST_CASE("SMTP replies are the same however the bytes are split")
{
    for (const Row &row : rows()) {
        INFO(row.name);
        const QByteArrayView input = row.input;
        QList<QList<QByteArrayView>> chunkings;
        for (qsizetype split = 0; split <= input.size(); ++split)
            chunkings.append({input.first(split), input.sliced(split)});
        QList<QByteArrayView> bytes;
        for (qsizetype i = 0; i < input.size(); ++i)
            bytes.append(input.sliced(i, 1));
        chunkings.append(bytes);
        for (const auto &pieces : chunkings) {
            const QList<ParseEvent> events = parseInPieces(row.setup, pieces);
            if (events != row.expected) {
                INFO(describe(events).toStdString());
                FAIL_CHECK("chunking changed the result");
            }
        }
    }
}

TEST_CASE("SMTP parser stays failed and its error reads well")
{
    ReplyParser parser;
    parser.feed("garbage\r\n250 ok\r\n");
    REQUIRE(parser.failed());
    const ParseEvent event = parser.next();
    REQUIRE(std::holds_alternative<ParseError>(event));
    const lb::Error error = std::get<ParseError>(event).toError();
    CHECK(error.scope == lb::ErrorScope::Connection);
    CHECK(error.remedy == lb::Remedy::RetryLater);
    CHECK(error.message.contains(QStringLiteral("at byte 0")));
    parser.feed("250 ok\r\n");
    CHECK(std::holds_alternative<ParseError>(parser.next()));
}

TEST_CASE("SMTP reply classes and summary")
{
    const Reply ok{250, EnhancedCode{2, 0, 0}, {"Ok"}};
    CHECK(ok.isPositive());
    CHECK(!ok.isTransient());
    CHECK(Reply{354, {}, {}}.isIntermediate());
    CHECK(Reply{451, {}, {}}.isTransient());
    const Reply denied{535, EnhancedCode{5, 7, 8}, {"Authentication", "credentials invalid"}};
    CHECK(denied.isPermanent());
    CHECK(denied.summary() == QStringLiteral("535 5.7.8 Authentication credentials invalid"));
    CHECK(Reply{250, {}, {""}}.summary() == QStringLiteral("250"));
    CHECK(parseEnhancedCode("4.4.1") == EnhancedCode{4, 4, 1});
    CHECK(!parseEnhancedCode("3.1.1"));
    CHECK(!parseEnhancedCode("5.1.1234"));
    CHECK(!parseEnhancedCode("5..1"));
    CHECK(!parseEnhancedCode("55.1.1"));
}

TEST_CASE("SMTP parser survives random bytes")
{
    QRandomGenerator random(5321);
    const char alphabet[] = {'2', '5', '0', '-', ' ', '.', '\r', '\n', '4', 'x'};
    for (int round = 0; round < 300; ++round) {
        QByteArray input;
        const int length = int(random.bounded(400));
        for (int i = 0; i < length; ++i)
            input += alphabet[random.bounded(int(sizeof(alphabet)))];
        const QList<ParseEvent> events = parseInPieces({true, 32, 4}, {input});
        const QList<ParseEvent> halves = parseInPieces(
            {true, 32, 4}, {input.first(input.size() / 2), input.sliced(input.size() / 2)});
        CHECK(events == halves);
        for (const ParseEvent &event : events) {
            if (const auto *reply = std::get_if<Reply>(&event))
                CHECK(reply->lines.size() <= 4);
        }
    }
}
