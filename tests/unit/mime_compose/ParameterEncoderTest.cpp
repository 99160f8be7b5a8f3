// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 2231 parameters, the plain fallback name and parameter fields.
#include "QtCatch.h"
#include "TestSupport.h"

#include "mime/compose/ParameterEncoder.h"

using namespace lb::mime;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("short ASCII values are quoted, others use RFC 2231")
{
    struct Row
    {
        QString value;
        QList<QByteArray> expected;
    };
    const Row rows[] = {
        {u"report.pdf"_s, {"filename=\"report.pdf\""}},
        {u"my file.txt"_s, {"filename=\"my file.txt\""}},
        {u"a\"b\\c.txt"_s, {"filename=\"a\\\"b\\\\c.txt\""}},
        {u""_s, {"filename=\"\""}},
        {u"Grüße.txt"_s, {"filename*=utf-8''Gr%C3%BC%C3%9Fe.txt"}},
        {u"50% off*.txt"_s.replace(u'.', u'\t'), {"filename*=utf-8''50%25%20off%2A%09txt"}},
        {u"😀.png"_s, {"filename*=utf-8''%F0%9F%98%80.png"}},
    };
    for (const Row &row : rows) {
        INFO(row.value.toStdString());
        CHECK(encodeParameter("filename", row.value) == row.expected);
    }
}

TEST_CASE("long values continue over filename*0*, filename*1*, ...")
{
    SECTION("non-ASCII: segments break between characters, never inside one")
    {
        const QList<QByteArray> segments = encodeParameter("filename", QString(40, u'é'));
        const QByteArray e = "%C3%A9";
        REQUIRE(segments.size() == 5);
        CHECK(segments[0] == "filename*0*=utf-8''" + e.repeated(9));
        CHECK(segments[1] == "filename*1*=" + e.repeated(10));
        CHECK(segments[2] == "filename*2*=" + e.repeated(10));
        CHECK(segments[3] == "filename*3*=" + e.repeated(10));
        CHECK(segments[4] == "filename*4*=" + e);
    }
    SECTION("long ASCII names are continued too, and every segment fits a line")
    {
        const QString name = QString(150, u'a') + u".txt"_s;
        const QList<QByteArray> segments = encodeParameter("filename", name);
        REQUIRE(segments.size() == 3);
        CHECK(segments[0].startsWith("filename*0*=utf-8''aaa"));
        QByteArray joined;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            CHECK(segments[i].size() <= 76);
            const QByteArray prefix = "filename*" + QByteArray::number(i) + "*=";
            REQUIRE(segments[i].startsWith(prefix));
            joined += segments[i].sliced(prefix.size());
        }
        CHECK(joined == "utf-8''" + name.toLatin1());
    }
    SECTION("a 200-character non-ASCII name with emoji decodes back")
    {
        const QString name = u"Überweisungsbestätigung 😀 "_s.repeated(8) + u".pdf"_s;
        QByteArray joined;
        for (const QByteArray &segment : encodeParameter("filename", name)) {
            CHECK(segment.size() <= 76);
            const qsizetype eq = segment.indexOf('=');
            joined += segment.sliced(eq + 1);
            // Each segment holds whole characters: it decodes on its own.
            const QByteArray bytes =
                QByteArray::fromPercentEncoding(segment.sliced(eq + 1).replace("utf-8''", ""));
            CHECK_FALSE(QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));
        }
        REQUIRE(joined.startsWith("utf-8''"));
        CHECK(QString::fromUtf8(QByteArray::fromPercentEncoding(joined.sliced(7))) == name);
    }
}

TEST_CASE("the plain fallback name is short printable ASCII")
{
    CHECK(asciiFallbackFilename(u"report.pdf"_s) == u"report.pdf"_s);
    CHECK(asciiFallbackFilename(u"Grüße aus Köln.pdf"_s) == u"Gru_e aus Koln.pdf"_s);
    CHECK(asciiFallbackFilename(u"a/b\\c\"d.txt"_s) == u"a_b_c_d.txt"_s);
    CHECK(asciiFallbackFilename(u"日本.doc"_s) == u"__.doc"_s);
    const QString longName = asciiFallbackFilename(QString(100, u'x') + u".pdf"_s);
    CHECK(longName == QString(56, u'x') + u".pdf"_s);
}

TEST_CASE("parameter fields fold between parameters")
{
    CHECK(formatParameterField("Content-Type", "text/plain", {"charset=utf-8"}) ==
          "Content-Type: text/plain; charset=utf-8\r\n");
    CHECK(formatParameterField("Content-Disposition", "attachment", {}) ==
          "Content-Disposition: attachment\r\n");
    const QList<QByteArray> segments = encodeParameter("filename", QString(40, u'é'));
    const QByteArray field = formatParameterField("Content-Disposition", "attachment", segments);
    for (const QByteArray &line : lb::mime::test::crlfLines(field))
        CHECK(line.size() <= 78);
    CHECK(lb::mime::test::unfold(field) ==
          "Content-Disposition: attachment; " + segments.join("; "));
}
