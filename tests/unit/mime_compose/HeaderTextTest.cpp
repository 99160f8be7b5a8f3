// SPDX-License-Identifier: GPL-3.0-or-later
// Header folding, unstructured text (Subject) and display names.
#include "QtCatch.h"
#include "TestSupport.h"

#include "mime/compose/FoldedField.h"
#include "mime/compose/HeaderText.h"

using namespace lb::mime;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray subjectField(const QString &subject)
{
    FoldedField field("Subject");
    writeUnstructured(field, subject);
    return field.finish();
}

void checkFolded(const QByteArray &field, qsizetype width = 78)
{
    const QList<QByteArray> lines = lb::mime::test::crlfLines(field);
    REQUIRE(lines.last().isEmpty()); // ends in CRLF
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        INFO(lines[i].toStdString());
        CHECK(lines[i].size() <= width);
        CHECK_FALSE(lines[i].trimmed().isEmpty());
        if (i > 0)
            CHECK((lines[i].startsWith(' ') || lines[i].startsWith('\t')));
        CHECK_FALSE(lines[i].contains('\r'));
        CHECK_FALSE(lines[i].contains('\n'));
    }
}

QString decodedSubject(const QByteArray &field)
{
    const QByteArray unfolded = lb::mime::test::unfold(field);
    return lb::mime::test::decodeEncodedWords(unfolded.sliced(qstrlen("Subject: ")));
}

} // namespace

TEST_CASE("folding breaks at whitespace before column 78")
{
    struct Row
    {
        QByteArray value;
        QByteArray expected;
    };
    const QByteArray word10 = "abcdefghi ";
    const Row rows[] = {
        {"hello world", "Subject: hello world\r\n"},
        {"", "Subject:\r\n"},
        {"trailing   ", "Subject: trailing\r\n"},
        {word10.repeated(7) + "end", "Subject: " + word10.repeated(6) + "abcdefghi\r\n end\r\n"},
        {QByteArray(100, 'x'), "Subject: " + QByteArray(100, 'x') + "\r\n"},
        {"a\t\tb", "Subject: a\t\tb\r\n"},
    };
    for (const Row &row : rows) {
        INFO(row.value.toStdString());
        CHECK(foldField("Subject", row.value) == row.expected);
    }
}

TEST_CASE("unstructured text keeps ASCII words and encodes the rest")
{
    struct Row
    {
        QString subject;
        QByteArray expected;
    };
    const Row rows[] = {
        {u"Hello world"_s, "Subject: Hello world\r\n"},
        {u"Hello Wörld"_s, "Subject: Hello =?UTF-8?B?V8O2cmxk?=\r\n"},
        {u"Grüße aus Köln"_s, "Subject: =?UTF-8?B?R3LDvMOfZQ==?= aus =?UTF-8?B?S8O2bG4=?=\r\n"},
        {u"Grüße Köln"_s, "Subject: =?UTF-8?B?R3LDvMOfZSBLw7Zsbg==?=\r\n"},
        {u"looks =?like?= a word"_s, "Subject: looks =?UTF-8?B?PT9saWtlPz0=?= a word\r\n"},
        {u"  padded  "_s, "Subject: padded\r\n"},
        // CR and LF become spaces: the value can never start a new header field.
        {u"Hi\r\nBcc: victim@example.com"_s, "Subject: Hi  Bcc: victim@example.com\r\n"},
        {u"Hi\nX"_s, "Subject: Hi X\r\n"},
        {u"nul"_s + QChar(0) + u"bell"_s + QChar(7), "Subject: nul bell\r\n"},
    };
    for (const Row &row : rows) {
        INFO(row.subject.toStdString());
        CHECK(subjectField(row.subject) == row.expected);
    }
}

TEST_CASE("long subjects fold at 78 and decode back")
{
    const QString subjects[] = {
        QString(1000, u'a'), // no whitespace at all: encoded-words make fold points
        u"word "_s.repeated(200).trimmed(),
        u"Ünïcödé "_s.repeated(125).trimmed(),
        u"混合 mixed テキスト text "_s.repeated(40).trimmed(),
        u"😀 "_s.repeated(300).trimmed(),
        QString(500, u'a') + u" 😀 "_s + QString(400, u'b'),
    };
    for (const QString &subject : subjects) {
        const QByteArray field = subjectField(subject);
        INFO(field.toStdString());
        checkFolded(field);
        CHECK(decodedSubject(field) == subject);
    }
}

TEST_CASE("display names are atoms, quoted strings or encoded-words")
{
    struct Row
    {
        QString name;
        QByteArray expected;
    };
    const Row rows[] = {
        {u"John Doe"_s, "From: John Doe\r\n"},
        {u"Doe, John"_s, "From: \"Doe, John\"\r\n"},
        {u"J. R. Smith"_s, "From: \"J. R. Smith\"\r\n"},
        {u"Say \"hi\" \\ bye"_s, "From: \"Say \\\"hi\\\" \\\\ bye\"\r\n"},
        {u"Jörg"_s, "From: =?UTF-8?B?SsO2cmc=?=\r\n"},
        {u"Evil\r\nBcc: x@example.com"_s, "From: \"Evil  Bcc: x@example.com\"\r\n"},
        {u""_s, "From:\r\n"},
    };
    for (const Row &row : rows) {
        INFO(row.name.toStdString());
        FoldedField field("From");
        writePhrase(field, row.name);
        CHECK(field.finish() == row.expected);
    }
}

TEST_CASE("a long non-ASCII display name folds between encoded-words")
{
    const QString name = u"Ｆｕｌｌｗｉｄｔｈ　Ｎａｍｅ 名前 "_s.repeated(6).trimmed();
    FoldedField field("From");
    writePhrase(field, name);
    field.addToken("<someone@example.com>");
    const QByteArray out = field.finish();
    checkFolded(out);
    const QByteArray unfolded = lb::mime::test::unfold(out);
    CHECK(unfolded.endsWith(" <someone@example.com>"));
    CHECK(lb::mime::test::decodeEncodedWords(unfolded.sliced(6).chopped(22)) == name);
}
