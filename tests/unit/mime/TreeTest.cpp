// SPDX-License-Identifier: GPL-3.0-or-later
// Transfer decodings, the MIME tree, limits, text extraction and attachments.
#include "mime/Attachments.h"
#include "mime/MessageParser.h"
#include "mime/PartPath.h"
#include "mime/TextExtraction.h"
#include "mime/TransferDecoding.h"

#include "QtCatch.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;
using namespace lb::mime;

namespace {

QString shape(const Part &p)
{
    QString s = QString::fromLatin1(p.contentType.mimeType());
    if (p.children.empty())
        return s;
    QStringList kids;
    for (const Part &c : p.children)
        kids << shape(c);
    return s + u'(' + kids.join(u',') + u')';
}

} // namespace

TEST_CASE("transfer decoding: base64, quoted-printable, uuencode")
{
    CHECK(decodeBase64("aGVsbG8=").data == "hello");
    CHECK(decodeBase64("aGVs\r\nbG8=").data == "hello");
    CHECK(decodeBase64("aGVsbG8").data == "hello"); // missing padding
    const DecodeResult garbage = decodeBase64("aGV*sb!G8=");
    CHECK(garbage.data == "hello");
    CHECK(garbage.hadGarbage);
    CHECK(decodeBase64("aGk=aGk=").data == "hihi"); // concatenated chunks
    CHECK(decodeBase64("").data.isEmpty());
    CHECK(decodeQuotedPrintable("a=3Db").data == "a=b");
    CHECK(decodeQuotedPrintable("soft=\r\nbreak").data == "softbreak");
    CHECK(decodeQuotedPrintable("soft= \nbreak").data == "softbreak");
    CHECK(decodeQuotedPrintable("line \r\nnext").data == "line\r\nnext");
    CHECK(decodeQuotedPrintable("lf\nonly").data == "lf\nonly");
    const DecodeResult badQp = decodeQuotedPrintable("bad=ZZ=4");
    CHECK(badQp.data == "bad=ZZ=4");
    CHECK(badQp.hadGarbage);
    CHECK(decodeQEncoding("a_b=3F") == "a b?");
    const QByteArray uu = "text before\nbegin 644 cat.txt\n#8V%T\n`\nend\ntext after\n";
    const auto blocks = findUuencodedBlocks(uu);
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].filename == u"cat.txt"_s);
    CHECK(blocks[0].data == "cat");
    CHECK(uu.sliced(blocks[0].end) == "text after\n");
    CHECK(parseTransferEncoding(" Base64 ") == TransferEncoding::Base64);
    CHECK(parseTransferEncoding("quoted printable") == TransferEncoding::Unknown);
    CHECK(parseTransferEncoding("x-uuencode") == TransferEncoding::UuEncode);
}

TEST_CASE("mime tree: shapes")
{
    struct Row
    {
        QByteArray input;
        QString shape;
    };
    const Row rows[] = {
        {"Subject: x\r\n\r\nbody", u"text/plain"_s},
        {"Content-Type: multipart/mixed; boundary=b\r\n\r\npre\r\n--b\r\n\r\none\r\n--b\r\n"
         "Content-Type: text/html\r\n\r\n<p>two</p>\r\n--b--\r\nepilogue",
         u"multipart/mixed(text/plain,text/html)"_s},
        {"Content-Type: multipart/mixed; boundary=b\n\n--b\n\nno close",
         u"multipart/mixed(text/plain)"_s},
        {"Content-Type: multipart/mixed\n\n--b\n\nno boundary parameter", u"text/plain"_s},
        {"Content-Type: multipart/mixed; boundary=b\n\nnever delimited", u"text/plain"_s},
        {"Content-Type: multipart/mixed; boundary=b\n\n--b--\n", u"text/plain"_s},
        {"Content-Type: multipart/mixed; boundary=b\n\n--b\n--b\n\nx\n--b--\n",
         u"multipart/mixed(text/plain)"_s}, // doubled delimiter
        {"Content-Type: multipart/mixed; boundary=ab\n\n--ab\nContent-Type: multipart/"
         "alternative; boundary=abc\n\n--abc\n\nx\n--abc\n\ny\n--abc--\n--ab--\n",
         u"multipart/mixed(multipart/alternative(text/plain,text/plain))"_s}, // prefix bounds
        {"Content-Type: message/rfc822\n\nSubject: inner\nContent-Type: text/html\n\n<b>x</b>",
         u"message/rfc822(text/html)"_s},
        {"Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
         "U3ViamVjdDogeAoKYm9keQ==",
         u"message/rfc822(text/plain)"_s},
        {"Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: a\n\nA\n--d--\n",
         u"multipart/digest(message/rfc822(text/plain))"_s},
        {"Content-Type: text\n\nno subtype", u"text/plain"_s},
        {"Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n",
         u"message/delivery-status"_s},
    };
    for (const Row &row : rows) {
        INFO(row.input.toStdString());
        const Message m = parseMessage(row.input);
        CHECK(shape(m.root) == row.shape);
        CHECK(m.raw == row.input);
    }
}

TEST_CASE("mime tree: bodies, CRLF and LF, the CRLF before a delimiter")
{
    for (const QByteArray &eol : {QByteArray("\r\n"), QByteArray("\n")}) {
        QByteArray input = "Content-Type: multipart/mixed; boundary=b" + eol + eol + "--b" + eol +
                           "Content-Transfer-Encoding: base64" + eol + eol + "aGVsbG8=" + eol +
                           "--b" + eol + eol + "line1" + eol + "line2" + eol + "--b--" + eol;
        const Message m = parseMessage(input);
        REQUIRE(m.root.children.size() == 2);
        CHECK(m.root.children[0].body == "hello");
        CHECK(m.root.children[1].body == "line1" + eol + "line2");
    }
}

TEST_CASE("limits: nesting depth, part count, huge headers, never failing")
{
    QByteArray deep;
    for (int i = 0; i < 200; ++i)
        deep += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n--b" +
                QByteArray::number(i) + "\n";
    deep += "\ninnermost\n";
    QElapsedTimer timer;
    timer.start();
    const Message m = parseMessage(deep);
    int depth = 0;
    for (const Part *p = &m.root; !p->children.empty(); p = &p->children.front())
        ++depth;
    CHECK(depth == ParseLimits{}.maxDepth);
    CHECK_FALSE(m.defects.empty());

    QByteArray wide = "Content-Type: multipart/mixed; boundary=b\n\n";
    for (int i = 0; i < 20000; ++i)
        wide += "--b\n\nx\n";
    ParseLimits limits;
    limits.maxParts = 100;
    const Message w = parseMessage(wide, limits);
    CHECK(w.root.children.size() < 100);
    CHECK_FALSE(w.defects.empty());

    const QByteArray hugeSubject = "Subject: " + QByteArray(200000, 'x') + "\n\nb";
    const Message h = parseMessage(hugeSubject);
    CHECK(h.subject.size() == 200000);

    QByteArray manyWords = "To: ";
    for (int i = 0; i < 3000; ++i)
        manyWords +=
            "=?utf-8?q?n" + QByteArray::number(i) + "?= <a" + QByteArray::number(i) + "@x>, ";
    const Message t = parseMessage(manyWords + "\n\n");
    CHECK(t.to.size() == 3000);

    const QByteArray longLine = "Subject: s\n\n" + QByteArray(3'000'000, 'y');
    CHECK(parseMessage(longLine).root.body.size() == 3'000'000);
    CHECK(timer.elapsed() < 5000);
}

TEST_CASE("robustness: every prefix of a message parses")
{
    const QByteArray full =
        "From: \"A\" <a@b>\r\nSubject: =?utf-8?q?x?=\r\nContent-Type: multipart/mixed; "
        "boundary=\"q\"\r\n\r\n--q\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\nh=C3=A9=\r\nllo\r\n--q\r\n"
        "Content-Type: message/rfc822\r\n\r\nSubject: in\r\n\r\nbody\r\n--q--\r\n";
    for (qsizetype cut = 0; cut <= full.size(); ++cut) {
        const Message m = parseMessage(full.first(cut));
        CHECK(m.raw.size() == cut);
    }
    const Message m = parseMessage(full);
    CHECK(readableText(m) == u"héllo"_s);
}

TEST_CASE("text extraction and html to text")
{
    const Message alt = parseMessage(
        "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/html; "
        "charset=iso-8859-1\n\n<p>caf\xE9</p>\n--b--\n");
    CHECK(readableText(alt) == u"café"_s);
    const Message att =
        parseMessage("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n"
                     "Content-Disposition: attachment; filename=a.txt\n\nnot this\n--b\n"
                     "Content-Type: text/plain\n\nthis\n--b--\n");
    const auto first = firstPlainTextPart(att);
    REQUIRE(first.has_value());
    CHECK(first->path == u"1.2"_s);
    struct Row
    {
        QString html;
        QString text;
    };
    const Row rows[] = {
        {u"<p>One</p><p>Two</p>"_s, u"One\n\nTwo"_s},
        {u"a<br>b<br/>c"_s, u"a\nb\nc"_s},
        {u"<script>evil()</script>x<style>p{}</style>y"_s, u"xy"_s},
        {u"<head><title>T</title></head><body>B</body>"_s, u"B"_s},
        {u"&amp;&lt;&gt;&quot;&#233;&#xE9;&nbsp;&bogus;"_s, u"&<>\"éé &bogus;"_s},
        {u"  lots   of\n\nspace  "_s, u"lots of space"_s},
        {u"<pre>a  b\n c</pre>"_s, u"a  b\n c"_s},
        {u"<ul><li>x</li><li>y</li></ul>"_s, u"• x\n• y"_s},
        {u"<!-- hidden -->shown"_s, u"shown"_s},
        {u"1 < 2"_s, u"1 < 2"_s},
        {u"<a href=\"x>y\">link</a>"_s, u"link"_s},
    };
    for (const Row &row : rows) {
        INFO(row.html.toStdString());
        CHECK(htmlToText(row.html) == row.text);
    }
}

TEST_CASE("attachments and part paths")
{
    const Message m = parseMessage(
        "Content-Type: multipart/mixed; boundary=b\n\n--b\n\nbody\n--b\n"
        "Content-Type: image/png; name=\"p.png\"\nContent-ID: <img1@x>\n"
        "Content-Disposition: inline\nContent-Transfer-Encoding: base64\n\naGVsbG8=\n--b\n"
        "Content-Type: application/pdf\nContent-Disposition: attachment; filename*=utf-8''"
        "%E2%82%AC.pdf\n\n%PDF\n--b\nContent-Type: message/rfc822\n\nContent-Type: text/plain;"
        " name=inner.txt\n\ninner\n--b--\n");
    const auto list = attachments(m);
    REQUIRE(list.size() == 2);
    CHECK(list[0].filename == u"p.png"_s);
    CHECK(list[0].isInline);
    CHECK(list[0].contentId == "img1@x");
    CHECK(list[0].size == 5);
    CHECK(list[0].partPath == u"1.2"_s);
    CHECK(list[1].filename == u"€.pdf"_s);
    CHECK(list[1].mimeType == "application/pdf");
    CHECK_FALSE(list[1].isInline);
    CHECK(attachmentCount(m) == 1);
    const Part *inner = partAt(m, u"1.4.1");
    REQUIRE(inner != nullptr);
    CHECK(inner->filename == u"inner.txt"_s);
    CHECK(partAt(m, u"1.9") == nullptr);
    CHECK(partAt(m, u"x") == nullptr);
}

TEST_CASE("message: envelope views")
{
    const Message m = parseMessage(
        "From sender@x Mon Jan  1 00:00:00 2001\nFrom: =?utf-8?q?J=C3=B6rg?= <j@x>\n"
        "To: a@b\nTo: c@d\nCc: grp: e@f;\nDate: Mon, 1 Jan 2001 10:00:00 +0200\n"
        "Message-ID: < id@host >\nIn-Reply-To: <p@h> (comment)\nReferences: <r1@h>\n <r2@h>\n"
        "Subject: Hi\n\nbody\n");
    REQUIRE(m.from.size() == 1);
    CHECK(m.from[0].name == u"Jörg"_s);
    CHECK(m.to.size() == 2);
    CHECK(m.cc.size() == 1);
    REQUIRE(m.date.has_value());
    CHECK(m.date->toString(Qt::ISODate) == u"2001-01-01T08:00:00Z"_s);
    CHECK(m.messageId == "<id@host>");
    CHECK(m.inReplyTo == "<p@h>");
    CHECK(m.references == QList<QByteArray>{"<r1@h>", "<r2@h>"});
    CHECK(m.subject == u"Hi"_s);
    CHECK(m.root.body == "body\n");
}
