// SPDX-License-Identifier: GPL-3.0-or-later
// What the composer writes, the parser reads back identically.
#include "QtCatch.h"

#include "mime/Attachments.h"
#include "mime/MessageParser.h"
#include "mime/TextExtraction.h"
#include "mime/compose/MessageComposer.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <iterator>

using namespace lb::mime;
using namespace Qt::Literals::StringLiterals;

namespace {

Message roundTrip(const OutgoingMessage &m)
{
    lb::Result<ComposedMessage> composed = composeMessage(m);
    INFO((composed.ok() ? QString() : composed.error().message).toStdString());
    REQUIRE(composed.ok());
    return parseMessage(composed->bytes);
}

OutgoingMessage baseMessage()
{
    OutgoingMessage m;
    m.from = {u"Alice Example"_s, u"alice@example.com"_s};
    m.to = {{u"Bob"_s, u"bob@example.org"_s}};
    m.subject = u"Hello"_s;
    m.date = QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9), QTimeZone(-5 * 3600));
    m.text = u"Hi\n"_s;
    return m;
}

QString lf(QString text)
{
    return text.replace(u"\r\n"_s, u"\n"_s);
}

// Leaves in depth-first order, not descending into encapsulated messages.
void collectLeaves(const Part &part, std::vector<const Part *> &out)
{
    if (part.isLeaf() || part.isEncapsulatedMessage()) {
        out.push_back(&part);
        return;
    }
    for (const Part &child : part.children)
        collectLeaves(child, out);
}

const Part *leafNamed(const Message &message, const QString &filename)
{
    std::vector<const Part *> leaves;
    collectLeaves(message.root, leaves);
    for (const Part *leaf : leaves) {
        if (leaf->filename == filename)
            return leaf;
    }
    return nullptr;
}

} // namespace

TEST_CASE("subjects survive the round trip")
{
    const QString subjects[] = {
        u"Hello world"_s,
        u"Grüße aus Köln"_s,
        u"Re: [list] Überraschung! 🎉 Party at 8"_s,
        u"looks =?like?= an encoded word"_s,
        u"under_score and question? marks = equals"_s,
        QString(1000, u'a'),
        u"word "_s.repeated(200).trimmed(),
        QString(61, u'a') + u"😀 tail"_s,
        u"日本語の件名はとても長くなることがありますので、折り返しが必要になります。"_s.repeated(3),
        u"mixed 日本語 and English 😀 words"_s.repeated(5),
    };
    for (const QString &subject : subjects) {
        INFO(subject.toStdString());
        OutgoingMessage m = baseMessage();
        m.subject = subject;
        CHECK(roundTrip(m).subject == subject);
    }
}

TEST_CASE("addresses and display names survive the round trip")
{
    const QString names[] = {
        u""_s,
        u"Bob"_s,
        u"Doe, John"_s,
        u"J. R. \"Bob\" Smith"_s,
        u"back\\slash"_s,
        u"Jörg Müller"_s,
        u"山田 太郎"_s,
        u"🎉 Party People"_s,
        u"Looks =?like?= a word"_s,
        u"A very long display name that will certainly need to be folded somewhere"_s,
        u"Ünïcödé "_s.repeated(12).trimmed(),
    };
    OutgoingMessage m = baseMessage();
    m.to.clear();
    int i = 0;
    for (const QString &name : names)
        m.to.push_back({name, u"person%1@example.com"_s.arg(i++)});
    m.cc = {{u"Carol"_s, u"carol@example.net"_s}, {u"IDN"_s, u"info@bücher.de"_s}};
    m.replyTo = {{u"List"_s, u"list@lists.example.org"_s}};
    m.from = {u"Älice, the Sender"_s, u"alice@example.com"_s};
    const Message parsed = roundTrip(m);
    CHECK(parsed.to == m.to);
    CHECK(parsed.cc == m.cc);
    CHECK(parsed.replyTo == m.replyTo);
    REQUIRE(parsed.from.size() == 1);
    CHECK(parsed.from[0] == m.from);
    CHECK(parsed.bcc.empty());
}

TEST_CASE("date, ids and threading fields survive the round trip")
{
    OutgoingMessage m = baseMessage();
    m.messageId = "unique.123@example.com";
    m.inReplyTo = "<parent@example.org>";
    for (int i = 0; i < 30; ++i)
        m.references.append("<ref" + QByteArray::number(i) + "@example.org>");
    const Message parsed = roundTrip(m);
    REQUIRE(parsed.date.has_value());
    CHECK(*parsed.date == m.date);
    CHECK(parsed.date->toSecsSinceEpoch() == m.date.toSecsSinceEpoch());
    CHECK(parsed.messageId == "<unique.123@example.com>");
    CHECK(parsed.inReplyTo == "<parent@example.org>");
    CHECK(parsed.references == m.references);

    SECTION("a generated id and the default date")
    {
        OutgoingMessage d = baseMessage();
        d.date = {};
        const lb::Result<ComposedMessage> composed = composeMessage(d);
        REQUIRE(composed.ok());
        const Message back = parseMessage(composed->bytes);
        CHECK(back.messageId == composed->messageId);
        REQUIRE(back.date.has_value());
        CHECK(qAbs(back.date->secsTo(QDateTime::currentDateTimeUtc())) <= 2);
    }
}

TEST_CASE("bodies survive the round trip")
{
    const QString texts[] = {
        u"Short ASCII.\n"_s,
        u"Grüße aus Köln\nZweite Zeile\n"_s,
        u"Καλημέρα κόσμε\n"_s.repeated(20),
        u"From the start\n.\n..leading dots\ntrailing spaces   \n\ttab\n"_s,
        QString(3000, u'x') + u"\n"_s,
        u"= signs =3D and =\n"_s,
        u"😀 emoji 😀\n"_s.repeated(40),
    };
    for (const QString &text : texts) {
        INFO(text.left(60).toStdString());
        OutgoingMessage m = baseMessage();
        m.text = text;
        m.html = u"<html><body><p>"_s + text.toHtmlEscaped() + u"</p></body></html>"_s;
        const Message parsed = roundTrip(m);
        const auto plain = firstPlainTextPart(parsed);
        REQUIRE(plain.has_value());
        CHECK(lf(partText(*plain->part)) == text);
        const auto html = firstHtmlPart(parsed);
        REQUIRE(html.has_value());
        CHECK(lf(partText(*html->part)) == *m.html);
        CHECK(parsed.defects.empty());
    }
}

TEST_CASE("a signature is part of the text read back")
{
    OutgoingMessage m = baseMessage();
    m.text = u"Body"_s;
    m.signature = u"Alice"_s;
    const Message parsed = roundTrip(m);
    CHECK(lf(readableText(parsed)) == u"Body\n-- \nAlice\n"_s);
}

TEST_CASE("attachments survive the round trip")
{
    QByteArray binary;
    for (int i = 0; i < 5000; ++i)
        binary += char(i * 7 % 256);
    const QString longName =
        u"Überweisungsbestätigung für das Geschäftsjahr 2024 – endgültige Fassung (Kopie) 😀.pdf"_s;
    OutgoingMessage m = baseMessage();
    m.html = u"<p>See <img src=\"cid:logo.1@example.com\"></p>"_s;
    m.attachments = {
        {u"data.bin"_s, "application/octet-stream", binary, {}},
        {longName, "application/pdf", "%PDF-1.4 fake", {}},
        {u"日本語.txt"_s, "text/plain", "line\r\nbare\nlf\x00", {}},
        {u"logo.png"_s, "image/png", QByteArray("\x89PNG\r\n\x1a\n\x00", 9), "logo.1@example.com"},
        {u"original.eml"_s,
         "message/rfc822",
         "Subject: inner\r\nFrom: x@example.com\r\n\r\nbody\r\n",
         {}},
        {u"empty.dat"_s, "application/octet-stream", {}, {}},
    };
    const Message parsed = roundTrip(m);
    CHECK(parsed.defects.empty());
    for (const Attachment &a : m.attachments) {
        INFO(a.filename.toStdString());
        const Part *part = leafNamed(parsed, a.filename);
        REQUIRE(part != nullptr);
        CHECK(part->contentType.mimeType() == a.mimeType);
        CHECK(part->contentId == a.contentId);
        if (!part->isEncapsulatedMessage())
            CHECK(part->body == a.data);
    }
    const std::vector<AttachmentInfo> listed = attachments(parsed);
    CHECK(listed.size() == 6);
    CHECK(attachmentCount(parsed) == 5);
    const Part *forwarded = leafNamed(parsed, u"original.eml"_s);
    REQUIRE(forwarded->children.size() == 1);
    CHECK(forwarded->children[0].headers.first("Subject") == "inner");
}

namespace {

// A string from pieces that stress the encoders: ASCII words, specials, things that look
// like encoded-words, non-BMP characters, combining marks, CJK, long runs.
QString randomText(QRandomGenerator &random, bool allowRepeatedSpaces)
{
    static const QString pieces[] = {u"word"_s,     u"Grüße"_s,   u"=?"_s,     u"?="_s,    u"_"_s,
                                     u"\""_s,       u"\\"_s,      u","_s,      u"<a@b>"_s, u"😀"_s,
                                     u"👍🏽"_s, u"e\u0301"_s, u"日本語"_s, u"x"_s,     u"(c)"_s,
                                     u"Καλημέρα"_s, u"=3D"_s,     u";"_s,      u"Re:"_s,   u"\t"_s};
    QString out;
    const int count = random.bounded(1, 40);
    for (int i = 0; i < count; ++i) {
        const QString &piece = pieces[random.bounded(int(std::size(pieces)))];
        if (piece == u"\t"_s && !allowRepeatedSpaces)
            continue;
        out += piece.repeated(random.bounded(1, 4));
        const int spaces = random.bounded(0, allowRepeatedSpaces ? 3 : 2);
        out += QString(spaces, u' ');
    }
    if (random.bounded(4) == 0)
        out += QString(random.bounded(70, 200), u'z');
    return out.trimmed();
}

} // namespace

TEST_CASE("random subjects and display names survive the round trip")
{
    QRandomGenerator random(20240305);
    for (int i = 0; i < 300; ++i) {
        OutgoingMessage m = baseMessage();
        m.subject = randomText(random, true);
        m.to = {{randomText(random, false), u"to@example.com"_s}};
        const Message parsed = roundTrip(m);
        INFO(m.subject.toStdString());
        INFO(m.to[0].name.toStdString());
        CHECK(parsed.subject == m.subject);
        REQUIRE(parsed.to.size() == 1);
        CHECK(parsed.to[0] == m.to[0]);
    }
}

TEST_CASE("a message at every limit parses back without defects")
{
    OutgoingMessage m = baseMessage();
    m.subject = QString(1000, u's');
    m.text = QString(2000, u'x') + u"\n"_s + u"Ä"_s.repeated(1500);
    m.html = u"<p>"_s + QString(5000, u'h') + u"</p>"_s;
    m.to.clear();
    m.bcc = {{u"Hidden"_s, u"hidden@example.com"_s}};
    m.extraHeaders = {{"X-Long", u"word "_s.repeated(100).trimmed()}};
    m.attachments = {{QString(300, u'ü') + u".bin"_s,
                      "application/octet-stream",
                      QByteArray(100000, '\xfe'),
                      {}}};
    const Message parsed = roundTrip(m);
    QString defects;
    for (const lb::mime::Defect &d : parsed.defects)
        defects += d.partPath + u": "_s + d.what + u'\n';
    INFO(defects.toStdString());
    CHECK(parsed.defects.empty());
    CHECK(parsed.subject == m.subject);
    CHECK(parsed.to.empty());
    CHECK(parsed.bcc.empty());
    CHECK(lf(partText(*firstPlainTextPart(parsed)->part)) == m.text + u"\n"_s);
    CHECK(parsed.root.headers.first("X-Long") == "word "_ba.repeated(100).trimmed());
    const Part *file = leafNamed(parsed, m.attachments[0].filename);
    REQUIRE(file != nullptr);
    CHECK(file->body == m.attachments[0].data);
}
