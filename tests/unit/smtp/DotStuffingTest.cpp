// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/DotStuffing.h"
#include "QtCatch.h"
#include "pop3/ReplyParser.h"

#include <QRandomGenerator>

using namespace lb;

namespace {

// What the POP3 side reads back for DATA payload `stuffed`: the unstuffed body.
QByteArray unstuffWithPop3(QByteArrayView stuffed, qsizetype chunk)
{
    const QByteArray wire = "+OK\r\n" + stuffed.toByteArray();
    pop3::ReplyParser parser;
    parser.expect(pop3::ReplyKind::MultiLine);
    for (qsizetype pos = 0; pos < wire.size(); pos += chunk)
        parser.feed(QByteArrayView(wire).sliced(pos, qMin(chunk, wire.size() - pos)));
    const pop3::ParseEvent event = parser.next();
    REQUIRE(std::holds_alternative<pop3::Reply>(event));
    return *std::get<pop3::Reply>(event).body;
}

// The message with every line end made CRLF and the last line ended: what must survive.
QByteArray canonical(QByteArray message)
{
    message.replace("\r\n", "\n");
    message.replace('\r', '\n');
    message.replace("\n", "\r\n");
    if (!message.isEmpty() && !message.endsWith("\r\n"))
        message += "\r\n";
    return message;
}

} // namespace

TEST_CASE("dot-stuffing rules")
{
    const QList<std::pair<QByteArray, QByteArray>> rows = {
        {"", ".\r\n"},
        {"a\r\n", "a\r\n.\r\n"},
        {"a", "a\r\n.\r\n"},
        {".\r\n", "..\r\n.\r\n"},
        {"a\r\n.\r\nb\r\n", "a\r\n..\r\nb\r\n.\r\n"},
        {"..x\r\n", "...x\r\n.\r\n"},
        {"x.\r\n.y", "x.\r\n..y\r\n.\r\n"},
        {"a\nb\n", "a\r\nb\r\n.\r\n"},
        {"a\rb\r", "a\r\nb\r\n.\r\n"},
        {"a\n.\n", "a\r\n..\r\n.\r\n"},
        {"a\r\r\nb", "a\r\n\r\nb\r\n.\r\n"},
        {"\n\n", "\r\n\r\n.\r\n"},
        {"\r\n.", "\r\n..\r\n.\r\n"},
        {".", "..\r\n.\r\n"},
        {"a\n\rb", "a\r\n\r\nb\r\n.\r\n"},
    };
    for (const auto &[message, stuffed] : rows) {
        INFO(message.toStdString());
        CHECK(smtp::dotStuff(message) == stuffed);
    }
}

TEST_CASE("dot-stuffing round trip through the POP3 unstuffer")
{
    QList<QByteArray> messages = {
        "Subject: x\r\n\r\n.\r\n..\r\n...\r\n.a\r\nend",
        ".\r\n",
        "a\nb\rc\r\n.d\n.\r.",
        "line\r\n.\r\n\r\n.\r\n",
        QByteArray(10000, '.'),
    };
    QRandomGenerator random(1939);
    const char alphabet[] = {'.', '.', '\r', '\n', 'a', ' ', '\xff'};
    for (int m = 0; m < 200; ++m) {
        QByteArray message;
        const int length = int(random.bounded(60));
        for (int i = 0; i < length; ++i)
            message += alphabet[random.bounded(int(sizeof(alphabet)))];
        messages.append(message);
    }
    for (const QByteArray &message : messages) {
        INFO(message.toPercentEncoding().toStdString());
        const QByteArray stuffed = smtp::dotStuff(message);
        CHECK(stuffed.endsWith("\r\n.\r\n") == !message.isEmpty());
        for (qsizetype chunk : {qsizetype(1), qsizetype(3), qsizetype(4096)})
            CHECK(unstuffWithPop3(stuffed, chunk) == canonical(message));
    }
}

TEST_CASE("dot-stuffing a large message is one linear pass")
{
    // Lines of every kind of ending, some starting with dots, 8 MiB in all.
    QByteArray message;
    const QByteArray lines[] = {"plain text line of some length\r\n", ".dot first\r\n",
                                "bare lf line\n", "bare cr line\r"};
    while (message.size() < 8 * 1024 * 1024)
        message += lines[message.size() % 4];
    const QByteArray stuffed = smtp::dotStuff(message);
    CHECK(stuffed.endsWith("\r\n.\r\n"));
    CHECK(unstuffWithPop3(stuffed, 65536) == canonical(message));

    // A CR-only message must not make the scan quadratic.
    const QByteArray crOnly = QByteArray("x\r").repeated(2 * 1024 * 1024);
    CHECK(smtp::dotStuff(crOnly).size() == 3 * 2 * 1024 * 1024 + 3);
}
