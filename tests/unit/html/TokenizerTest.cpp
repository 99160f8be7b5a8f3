// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "mime/html/CharacterReferences.h"
#include "mime/html/HtmlTokenizer.h"

using namespace Qt::Literals::StringLiterals;
using lb::mime::HtmlToken;
using lb::mime::HtmlTokenizer;

namespace {

std::vector<HtmlToken> tokens(const QString &html)
{
    std::vector<HtmlToken> out;
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(token))
        out.push_back(token);
    return out;
}

// A compact picture of the token stream: "<b>", "</b>", "'text'".
QString shape(const QString &html)
{
    QStringList parts;
    for (const HtmlToken &t : tokens(html)) {
        if (t.kind == HtmlToken::Kind::Text) {
            parts << u'\'' + t.text + u'\'';
        } else {
            QString tag = (t.kind == HtmlToken::Kind::EndTag ? u"</"_s : u"<"_s) + t.name;
            for (const auto &a : t.attributes)
                tag += u' ' + a.name + u'=' + a.value;
            parts << tag + u'>';
        }
    }
    return parts.join(u' ');
}

} // namespace

TEST_CASE("Tokenizer reads tags, text and attributes in every quoting style")
{
    CHECK(shape(u"<P Class=x>Hi &amp; bye</p>"_s) == u"<p class=x> 'Hi & bye' </p>"_s);
    CHECK(shape(u"<a href='q\"' title=\"a'b\" data=plain>x</a>"_s) ==
          u"<a href=q\" title=a'b data=plain> 'x' </a>"_s);
    CHECK(shape(u"<img/src=x/onerror=y>"_s) == u"<img src=x/onerror=y>"_s);
    CHECK(shape(u"<br/>"_s) == u"<br>"_s);
    CHECK(shape(u"<input disabled>"_s) == u"<input disabled=>"_s);
}

TEST_CASE("Tokenizer keeps the first of duplicate attributes")
{
    const auto t = tokens(u"<a href=good HREF=bad>"_s);
    REQUIRE(t.size() == 1);
    REQUIRE(t[0].attributes.size() == 1);
    CHECK(t[0].attributes[0].value == u"good"_s);
}

TEST_CASE("Tokenizer treats a stray less-than as text")
{
    CHECK(shape(u"a < b <3 c"_s) == u"'a < b <3 c'"_s);
    CHECK(shape(u"tail <"_s) == u"'tail <'"_s);
    CHECK(shape(u"<<b>x"_s) == u"'<' <b> 'x'"_s);
}

TEST_CASE("Tokenizer skips comments, doctypes and processing instructions")
{
    CHECK(shape(u"<!DOCTYPE html><!-- <script>x</script> -->a<?php x ?>b<!---->c"_s) ==
          u"'a' 'b' 'c'"_s);
    CHECK(shape(u"a<!-- never closed <b>x</b>"_s) == u"'a'"_s);
    CHECK(shape(u"a<!-->b"_s) == u"'a' 'b'"_s);
}

TEST_CASE("Tokenizer reads script and style content as raw text up to the real end tag")
{
    CHECK(shape(u"<script>if (a<b) x='</scriptx>'</SCRIPT >after"_s) ==
          u"<script> 'if (a<b) x='</scriptx>'' </script> 'after'"_s);
    CHECK(shape(u"<style>p{}</style>"_s) == u"<style> 'p{}' </style>"_s);
    // A '/' before '>' does not end a script: the content still runs to </script>.
    CHECK(shape(u"<script/><b>x</b></script>y"_s) == u"<script> '<b>x</b>' </script> 'y'"_s);
    // An unterminated script swallows the rest, as in a browser.
    CHECK(shape(u"<script>alert(1)<b>x"_s) == u"<script> 'alert(1)<b>x'"_s);
}

TEST_CASE("Tokenizer drops a tag cut off by the end of input")
{
    CHECK(shape(u"text<img src=x onerror=alert(1)"_s) == u"'text'"_s);
    CHECK(shape(u"text<a href=\"javascript:x>y"_s) == u"'text'"_s);
}

TEST_CASE("Tokenizer bounds attributes per tag")
{
    QString html = u"<p"_s;
    for (int i = 0; i < 1000; ++i)
        html += u" a"_s + QString::number(i) + u"=1"_s;
    html += u'>';
    const auto t = tokens(html);
    REQUIRE(t.size() == 1);
    CHECK(t[0].attributes.size() == 64);
}

TEST_CASE("Character references decode as a browser reads them")
{
    using lb::mime::decodeCharacterReferences;
    CHECK(decodeCharacterReferences(u"&#106avascript:") == u"javascript:"_s);
    CHECK(decodeCharacterReferences(u"&#x6A;&#X61;&#0000118;a") == u"java"_s);
    CHECK(decodeCharacterReferences(u"&amp;&lt;&unknown;&") == u"&<&unknown;&"_s);
    CHECK(decodeCharacterReferences(u"&#0;&#xD800;&#99999999999;") == QString(3, QChar(0xFFFD)));
    CHECK(decodeCharacterReferences(u"&#x09;") == u"\t"_s);
}
