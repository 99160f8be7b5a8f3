// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 2047 encoded-words: Q or B by size, 75-character limit, whole characters per word.
#include "QtCatch.h"
#include "TestSupport.h"

#include "mime/compose/EncodedWord.h"

using namespace lb::mime;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("encoded-words choose the shorter of Q and B")
{
    struct Row
    {
        QString input;
        QList<QByteArray> expected;
    };
    const Row rows[] = {
        {u""_s, {}},
        {u"Café"_s, {"=?UTF-8?B?Q2Fmw6k=?="}}, // B 8 < Q 9
        {u"Hello wörld, this is mostly ascii"_s,
         {"=?UTF-8?Q?Hello_w=C3=B6rld=2C_this_is_mostly_ascii?="}},
        {u"abc"_s, {"=?UTF-8?Q?abc?="}},   // Q 3 < B 4
        {u"a_b"_s, {"=?UTF-8?Q?a=5Fb?="}}, // Q 5 > B 4, "YV9i"
        {u"😀"_s, {"=?UTF-8?B?8J+YgA==?="}},
    };
    for (const Row &row : rows) {
        INFO(row.input.toStdString());
        if (row.input == u"a_b"_s)
            CHECK(encodeWords(row.input) == QList<QByteArray>{"=?UTF-8?B?YV9i?="});
        else
            CHECK(encodeWords(row.input) == row.expected);
    }
}

TEST_CASE("an emoji at a word boundary is never split")
{
    // 61 letters fill a Q word's 63 columns of text almost exactly: the 4-byte emoji
    // does not fit and must start the next word whole.
    const QString text = QString(61, u'a') + u"😀"_s;
    const QList<QByteArray> words = encodeWords(text);
    REQUIRE(words.size() == 2);
    CHECK(words[0] == "=?UTF-8?Q?" + QByteArray(61, 'a') + "?=");
    CHECK(words[1] == "=?UTF-8?B?8J+YgA==?=");
}

TEST_CASE("every encoded-word is at most 75 characters and decodes to whole characters")
{
    const QString samples[] = {
        QString(300, u'x'),
        u"日本語のテキストはとても長くなることがあります。"_s.repeated(6),
        u"😀👍🏽👨‍👩‍👧‍👦"_s.repeated(10),
        u"Ünïcödé "_s.repeated(30),
        u"a😀"_s.repeated(40),
    };
    for (const QString &sample : samples) {
        for (qsizetype limit : {qsizetype(75), qsizetype(40), qsizetype(20)}) {
            const QList<QByteArray> words = encodeWords(sample, limit);
            QString joined;
            for (const QByteArray &word : words) {
                INFO(word.toStdString());
                CHECK(word.size() <= limit);
                const QString piece = lb::mime::test::decodeEncodedWords(word);
                CHECK_FALSE(piece.contains(QChar::ReplacementCharacter));
                CHECK_FALSE(piece.isEmpty());
                joined += piece;
            }
            CHECK(joined == sample);
        }
    }
}

TEST_CASE("a prefix that cannot fit reports nothing consumed")
{
    const EncodedWordPiece piece = encodeWordPrefix(u"😀"_s, 19);
    CHECK(piece.consumed == 0);
    CHECK(piece.word.isEmpty());
    const EncodedWordPiece fits = encodeWordPrefix(u"😀😀"_s, 20);
    CHECK(fits.consumed == 2);
    CHECK(fits.word == "=?UTF-8?B?8J+YgA==?=");
}
