// SPDX-License-Identifier: GPL-3.0-or-later
// composeMessage: the header, the MIME tree, line limits, boundaries, Bcc and bad input.
#include "QtCatch.h"
#include "TestSupport.h"

#include "mime/compose/Boundary.h"
#include "mime/compose/MessageComposer.h"

#include <QTimeZone>

using namespace lb::mime;
using namespace lb::mime::test;
using namespace Qt::Literals::StringLiterals;

namespace {

OutgoingMessage basicMessage()
{
    OutgoingMessage m;
    m.from = {u"Alice Example"_s, u"alice@example.com"_s};
    m.to = {{u"Bob"_s, u"bob@example.org"_s}};
    m.subject = u"Hello"_s;
    m.date = QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9), QTimeZone(3600));
    m.messageId = "abc@example.com";
    m.userAgent.clear();
    m.text = u"Hi Bob,\nsee you.\n"_s;
    return m;
}

ComposedMessage compose(const OutgoingMessage &m)
{
    lb::Result<ComposedMessage> result = composeMessage(m);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

void checkLines(const QByteArray &bytes)
{
    CHECK(bytes.endsWith("\r\n"));
    CHECK(bytes.count('\n') == bytes.count("\r\n"));
    CHECK(bytes.count('\r') == bytes.count("\r\n"));
    for (const QByteArray &line : crlfLines(bytes))
        CHECK(line.size() <= 998);
}

// The MIME types of an entity's tree, depth first: "multipart/mixed(text/plain,...)".
QByteArray shape(const QByteArray &entity)
{
    const QByteArray type = headerValue(headerBlock(entity), "Content-Type");
    QByteArray out = type.left(type.indexOf(';')).trimmed();
    if (!out.startsWith("multipart/"))
        return out;
    QList<QByteArray> children;
    for (const QByteArray &part : bodyParts(entity))
        children.append(shape(part));
    return out + '(' + children.join(',') + ')';
}

} // namespace

TEST_CASE("a plain text message, byte for byte")
{
    const ComposedMessage composed = compose(basicMessage());
    CHECK(composed.bytes == "Date: Tue, 5 Mar 2024 14:07:09 +0100\r\n"
                            "From: Alice Example <alice@example.com>\r\n"
                            "To: Bob <bob@example.org>\r\n"
                            "Subject: Hello\r\n"
                            "Message-ID: <abc@example.com>\r\n"
                            "MIME-Version: 1.0\r\n"
                            "Content-Type: text/plain; charset=us-ascii\r\n"
                            "Content-Transfer-Encoding: 7bit\r\n"
                            "\r\n"
                            "Hi Bob,\r\n"
                            "see you.\r\n");
    CHECK(composed.envelopeFrom == u"alice@example.com"_s);
    CHECK(composed.envelopeRecipients == QStringList{u"bob@example.org"_s});
    CHECK(composed.messageId == "<abc@example.com>");
    CHECK_FALSE(composed.needsSmtpUtf8);
    CHECK_FALSE(composed.needs8BitMime);
}

TEST_CASE("defaults: date now, a generated Message-ID on the sender's domain, User-Agent")
{
    OutgoingMessage m = basicMessage();
    m.date = {};
    m.messageId.clear();
    m.userAgent = u"Letterbox"_s;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const ComposedMessage composed = compose(m);
    const QByteArray header = headerBlock(composed.bytes);
    const QDateTime written =
        QDateTime::fromString(QString::fromLatin1(headerValue(header, "Date")), Qt::RFC2822Date);
    CHECK(written >= before);
    CHECK(written <= QDateTime::currentDateTimeUtc().addSecs(1));
    CHECK(composed.messageId.startsWith('<'));
    CHECK(composed.messageId.endsWith("@example.com>"));
    CHECK(composed.messageId.size() == 1 + 36 + 13);
    CHECK(headerValue(header, "Message-ID") == composed.messageId);
    CHECK(headerValue(header, "User-Agent") == "Letterbox");
    CHECK(compose(m).messageId != composed.messageId);
}

TEST_CASE("replies carry In-Reply-To and References")
{
    OutgoingMessage m = basicMessage();
    m.inReplyTo = "<parent@example.org>";
    m.references = {"<root@example.org>", "bad id with spaces", "parent@example.org"};
    const QByteArray header = headerBlock(compose(m).bytes);
    CHECK(headerValue(header, "In-Reply-To") == "<parent@example.org>");
    CHECK(headerValue(header, "References") == "<root@example.org> <parent@example.org>");
}

TEST_CASE("Bcc goes to the envelope only")
{
    OutgoingMessage m = basicMessage();
    m.cc = {{u"Carol"_s, u"carol@example.net"_s}, {u""_s, u"BOB@example.org"_s}};
    m.bcc = {{u"Secret Sam"_s, u"sam@hidden.example"_s}};
    const ComposedMessage composed = compose(m);
    CHECK_FALSE(composed.bytes.contains("sam@hidden.example"));
    CHECK_FALSE(composed.bytes.contains("Secret Sam"));
    CHECK_FALSE(composed.bytes.contains("Bcc"));
    CHECK(composed.envelopeRecipients ==
          QStringList{u"bob@example.org"_s, u"carol@example.net"_s, u"sam@hidden.example"_s});

    SECTION("only Bcc recipients: To is the undisclosed group")
    {
        m.to.clear();
        m.cc.clear();
        const ComposedMessage only = compose(m);
        CHECK(headerValue(headerBlock(only.bytes), "To") == "undisclosed-recipients:;");
        CHECK_FALSE(only.bytes.contains("sam@hidden.example"));
        CHECK(only.envelopeRecipients == QStringList{u"sam@hidden.example"_s});
    }
}

TEST_CASE("the MIME tree follows the content")
{
    OutgoingMessage m = basicMessage();
    const Attachment pdf{
        u"report.pdf"_s, "application/pdf", QByteArray("%PDF-1.4\x00\xff", 10), {}};
    const Attachment logo{u"logo.png"_s, "image/png", QByteArray("\x89PNG\r\n\x1a\n", 8), "logo@x"};

    SECTION("text only")
    {
        CHECK(shape(compose(m).bytes) == "text/plain");
    }
    SECTION("text and HTML")
    {
        m.html = u"<p>Hi Bob</p>"_s;
        CHECK(shape(compose(m).bytes) == "multipart/alternative(text/plain,text/html)");
    }
    SECTION("text and an attachment")
    {
        m.attachments = {pdf};
        CHECK(shape(compose(m).bytes) == "multipart/mixed(text/plain,application/pdf)");
    }
    SECTION("HTML with an inline image and an attachment")
    {
        m.html = u"<p><img src=\"cid:logo@x\"></p>"_s;
        m.attachments = {pdf, logo};
        const QByteArray bytes = compose(m).bytes;
        CHECK(shape(bytes) == "multipart/mixed(multipart/alternative(text/plain,"
                              "multipart/related(text/html,image/png)),application/pdf)");
        const QByteArray related = bodyParts(bodyParts(bytes)[0])[1];
        CHECK(headerValue(headerBlock(related), "Content-Type").contains("type=\"text/html\""));
        const QByteArray image = bodyParts(related)[1];
        CHECK(headerValue(headerBlock(image), "Content-ID") == "<logo@x>");
        CHECK(headerValue(headerBlock(image), "Content-Disposition") ==
              "inline; filename=\"logo.png\"");
    }
    SECTION("an inline image without HTML is an ordinary part of the mix")
    {
        m.attachments = {logo};
        CHECK(shape(compose(m).bytes) == "multipart/mixed(text/plain,image/png)");
    }
    SECTION("attachments are base64 and decode to their bytes")
    {
        m.attachments = {pdf};
        const QByteArray part = bodyParts(compose(m).bytes)[1];
        const QByteArray header = headerBlock(part);
        CHECK(headerValue(header, "Content-Type") == "application/pdf; name=\"report.pdf\"");
        CHECK(headerValue(header, "Content-Disposition") == "attachment; filename=\"report.pdf\"");
        CHECK(headerValue(header, "Content-Transfer-Encoding") == "base64");
        CHECK(QByteArray::fromBase64(bodyOf(part)) == pdf.data);
    }
}

TEST_CASE("text parts pick their charset and transfer encoding")
{
    OutgoingMessage m = basicMessage();
    m.text = u"Grüße aus Köln\n"_s;
    m.html = u"<p>Καλημέρα κόσμε, τι κάνεις;</p>"_s;
    const QList<QByteArray> parts = bodyParts(compose(m).bytes);
    REQUIRE(parts.size() == 2);
    CHECK(headerValue(headerBlock(parts[0]), "Content-Type") == "text/plain; charset=utf-8");
    CHECK(headerValue(headerBlock(parts[0]), "Content-Transfer-Encoding") == "quoted-printable");
    CHECK(bodyOf(parts[0]) == "Gr=C3=BC=C3=9Fe aus K=C3=B6ln\r\n");
    CHECK(headerValue(headerBlock(parts[1]), "Content-Type") == "text/html; charset=utf-8");
    CHECK(headerValue(headerBlock(parts[1]), "Content-Transfer-Encoding") == "base64");
}

TEST_CASE("the signature follows the text after \"-- \"")
{
    OutgoingMessage m = basicMessage();
    m.text = u"Body"_s;
    m.signature = u"Alice\nexample.com"_s;
    CHECK(textWithSignature(m) == u"Body\n-- \nAlice\nexample.com\n"_s);
    CHECK(bodyOf(compose(m).bytes) == "Body\r\n-- \r\nAlice\r\nexample.com\r\n");
    m.html = u"<html><body><p>Body</p></body></html>"_s;
    CHECK(htmlWithSignature(m) == u"<html><body><p>Body</p><pre class=\"signature\">-- \n"
                                  u"Alice\nexample.com</pre></body></html>"_s);
    m.signature = u"<b>&</b>"_s;
    m.html = u"<p>x</p>"_s;
    CHECK(htmlWithSignature(m) ==
          u"<p>x</p><pre class=\"signature\">-- \n&lt;b&gt;&amp;&lt;/b&gt;</pre>"_s);
}

TEST_CASE("boundaries never occur in the content they divide")
{
    SECTION("a colliding candidate is skipped")
    {
        QList<QByteArray> candidates{"taken", "also-taken", "free"};
        const QByteArray content = "xx taken yy also-taken zz";
        const QByteArray chosen = chooseBoundary({content}, [&] { return candidates.takeFirst(); });
        CHECK(chosen == "free");
    }
    SECTION("a source that always collides still ends, with a longer boundary")
    {
        const QByteArray content = "--same--";
        const QByteArray chosen = chooseBoundary({content}, [] { return QByteArray("same"); });
        CHECK_FALSE(content.contains(chosen));
        CHECK(chosen.startsWith("same"));
        CHECK(chosen.size() <= 70);
    }
    SECTION("an attachment holding the first candidate gets a different boundary")
    {
        OutgoingMessage m = basicMessage();
        m.attachments = {{u"a.txt"_s, "text/plain", "=_lb_TRAP", {}}};
        m.text = u"=_lb_TRAP2 in the text"_s;
        QList<QByteArray> candidates{"=_lb_TRAP", "=_lb_TRAP2", "=_lb_ok"};
        const lb::Result<ComposedMessage> composed =
            composeMessage(m, [&] { return candidates.takeFirst(); });
        REQUIRE(composed.ok());
        CHECK(boundaryOf(composed->bytes) == "=_lb_ok");
    }
    SECTION("random boundaries are distinct and of the documented form")
    {
        const QByteArray a = randomBoundary(), b = randomBoundary();
        CHECK(a != b);
        CHECK(a.startsWith("=_lb_"));
        CHECK(a.size() == 29);
    }
}

TEST_CASE("no line passes 998 octets and headers fold at 78")
{
    OutgoingMessage m = basicMessage();
    m.subject = QString(1000, u's');
    m.text = QString(2000, u'x') + u"\n"_s + u"Ä"_s.repeated(1500);
    m.html = u"<p>"_s + QString(5000, u'h') + u"</p>"_s;
    for (int i = 0; i < 50; ++i)
        m.cc.push_back({u"Ünïcödé Person %1"_s.arg(i), u"p%1@example.com"_s.arg(i)});
    m.references = {"<a@example.com>", "<b@example.com>"};
    m.attachments = {{u"Überweisungsbestätigung für das Jahr 2024 (endgültige Fassung).pdf"_s,
                      "application/pdf",
                      QByteArray(5000, '\x01'),
                      {}}};
    m.extraHeaders = {{"X-Long", u"word "_s.repeated(100)}};
    const ComposedMessage composed = compose(m);
    checkLines(composed.bytes);
    const QList<QByteArray> headerLines = crlfLines(headerBlock(composed.bytes));
    for (const QByteArray &line : headerLines) {
        INFO(line.toStdString());
        CHECK(line.size() <= 78);
    }
    for (const QByteArray &part : bodyParts(composed.bytes)) {
        for (const QByteArray &line : crlfLines(headerBlock(part)))
            CHECK(line.size() <= 78);
    }
    CHECK(decodeEncodedWords(headerValue(headerBlock(composed.bytes), "Subject")) == m.subject);
}

TEST_CASE("header injection is refused or neutralised")
{
    OutgoingMessage m = basicMessage();
    SECTION("CR/LF in the subject and names become spaces")
    {
        m.subject = u"Hello\r\nBcc: victim@example.com"_s;
        m.from.name = u"Alice\r\nX-Evil: 1"_s;
        const QByteArray bytes = compose(m).bytes;
        CHECK_FALSE(bytes.contains("\r\nBcc:"));
        CHECK_FALSE(bytes.contains("\r\nX-Evil"));
        CHECK(headerValue(headerBlock(bytes), "Subject") == "Hello  Bcc: victim@example.com");
    }
    SECTION("an address with a line break is refused")
    {
        m.to = {{u"Bob"_s, u"bob@example.org\r\nBcc: victim@example.com"_s}};
        CHECK_FALSE(composeMessage(m).ok());
    }
    SECTION("an invalid sender is refused")
    {
        m.from.address = u"not an address"_s;
        CHECK_FALSE(composeMessage(m).ok());
    }
    SECTION("extra headers cannot replace composed ones or smuggle a name")
    {
        const QByteArray refused[] = {"Bcc",          "from",       "Content-Type",
                                      "MIME-Version", "X-A\r\nBcc", "X A",
                                      "X:A",          "",           "User-Agent"};
        m.userAgent = u"Letterbox"_s;
        for (const QByteArray &name : refused) {
            INFO(name.toStdString());
            m.extraHeaders = {{name, u"v"_s}};
            CHECK_FALSE(composeMessage(m).ok());
        }
    }
    SECTION("extra header values are neutralised")
    {
        m.extraHeaders = {{"X-Note", u"one\r\nBcc: victim@example.com"_s}};
        const QByteArray bytes = compose(m).bytes;
        CHECK(headerValue(headerBlock(bytes), "X-Note") == "one  Bcc: victim@example.com");
        CHECK_FALSE(bytes.contains("\r\nBcc:"));
    }
    SECTION("a bad Message-ID, Content-ID or attachment type is refused")
    {
        OutgoingMessage badId = m;
        badId.messageId = "a b@c\r\nX: y";
        CHECK_FALSE(composeMessage(badId).ok());
        OutgoingMessage badCid = m;
        badCid.html = u"<p/>"_s;
        badCid.attachments = {{u"a.png"_s, "image/png", "x", "a>\r\nX: y"}};
        CHECK_FALSE(composeMessage(badCid).ok());
        OutgoingMessage badType = m;
        badType.attachments = {{u"a"_s, "text/plain\r\nX: y", "x", {}}};
        CHECK_FALSE(composeMessage(badType).ok());
        badType.attachments = {{u"a"_s, "multipart/mixed", "x", {}}};
        CHECK_FALSE(composeMessage(badType).ok());
    }
    SECTION("a file name with CR/LF cannot break its field")
    {
        m.attachments = {{u"evil\r\nContent-Type: text/html.txt"_s, "text/plain", "x", {}}};
        const QByteArray bytes = compose(m).bytes;
        CHECK_FALSE(bytes.contains("\r\nContent-Type: text/html"));
    }
}

TEST_CASE("forwarded messages are 7bit or 8bit message/rfc822 parts")
{
    OutgoingMessage m = basicMessage();
    m.attachments = {{u"original.eml"_s,
                      "message/rfc822",
                      "Subject: old\n\nb\xc3\xb6"
                      "dy\n",
                      {}}};
    const ComposedMessage composed = compose(m);
    const QByteArray part = bodyParts(composed.bytes)[1];
    CHECK(headerValue(headerBlock(part), "Content-Transfer-Encoding") == "8bit");
    CHECK(bodyOf(part) == "Subject: old\r\n\r\nb\xc3\xb6"
                          "dy\r\n");
    CHECK(composed.needs8BitMime);
    checkLines(composed.bytes);
}

TEST_CASE("international addresses ask for SMTPUTF8")
{
    OutgoingMessage m = basicMessage();
    m.to = {{u"Jörg"_s, u"jörg@bücher.de"_s}};
    const ComposedMessage composed = compose(m);
    CHECK(composed.needsSmtpUtf8);
    CHECK(composed.bytes.contains("<j\xc3\xb6rg@b\xc3\xbc"
                                  "cher.de>"));
    CHECK(composed.envelopeRecipients == QStringList{u"jörg@bücher.de"_s});
}
