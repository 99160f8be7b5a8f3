// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "SafetyCheck.h"
#include "mime/MessageParser.h"
#include "mime/html/HtmlSanitizer.h"

using namespace Qt::Literals::StringLiterals;
using lb::mime::HtmlSanitizeOptions;
using lb::mime::sanitizeHtml;

TEST_CASE("Sanitiser keeps ordinary formatting and text")
{
    const auto r = sanitizeHtml(
        u"<html><head><title>T</title></head><body><p align=center><b>Bold</b> &amp; "
        "<i>it</i></p><table border=1><tr><td colspan=2>c</td></tr></table></body></html>"_s);
    CHECK(r.html == u"<p align=\"center\"><b>Bold</b> &amp; <i>it</i></p><table border=\"1\">"
                    "<tr><td colspan=\"2\">c</td></tr></table>"_s);
    CHECK(r.removedElements == 1); // the title
}

TEST_CASE("Sanitiser closes what the input left open and ignores stray end tags")
{
    CHECK(sanitizeHtml(u"<div><b>x</i></div></span>y<p>z"_s).html ==
          u"<div><b>x</b></div>y<p>z</p>"_s);
}

TEST_CASE("Sanitiser escapes text and attribute values")
{
    CHECK(sanitizeHtml(u"a &lt;script&gt; b"_s).html == u"a &lt;script&gt; b"_s);
    CHECK(sanitizeHtml(u"<p title='\"><script>'>x</p>"_s).html ==
          u"<p title=\"&quot;&gt;&lt;script&gt;\">x</p>"_s);
}

TEST_CASE("Sanitiser replaces remote images by numbered placeholders and counts them")
{
    const auto r =
        sanitizeHtml(u"<img src=\"https://track.example/p.gif?u=1\" width=1 height=1>"
                     "<img SRC=//cdn.example/logo.png alt=Logo>"
                     "<img src=cid:missing@x><img src=\"data:image/png;base64,AAAA\"><img>"_s);
    REQUIRE(r.remoteImages.size() == 2);
    CHECK(r.remoteImages[0] == u"https://track.example/p.gif?u=1"_s);
    CHECK(r.remoteImages[1] == u"https://cdn.example/logo.png"_s);
    CHECK(r.remoteReferences == 2);
    CHECK(r.html == u"<img src=\"lb-remote:0\" width=\"1\" height=\"1\">"
                    "<img src=\"lb-remote:1\" alt=\"Logo\">"_s);
    CHECK(r.missingContentIds == QStringList{u"missing@x"_s});
}

TEST_CASE("Sanitiser counts remote backgrounds, srcset and CSS URLs it removed")
{
    const auto r = sanitizeHtml(
        u"<table background=\"http://x.example/bg.png\"><tr><td "
        "style=\"background:url(https://x.example/a.png);color:red\">x</td></tr></table>"
        "<img src=cid:a srcset=\"https://x.example/1.png 1x, https://x.example/2.png 2x\">"_s);
    CHECK(r.remoteReferences == 4);
    CHECK(r.html.contains(u"style=\"color: red;\""));
    CHECK_FALSE(r.html.contains(u"x.example"));
}

TEST_CASE("Sanitiser resolves cid images to the message's own parts")
{
    const QByteArray raw = "From: a@example.com\r\nSubject: cid\r\nMIME-Version: 1.0\r\n"
                           "Content-Type: multipart/related; boundary=b\r\n\r\n"
                           "--b\r\nContent-Type: text/html\r\n\r\n<img src=\"cid:logo@x\">\r\n"
                           "--b\r\nContent-Type: image/png\r\nContent-ID: <logo@x>\r\n"
                           "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n";
    const auto message = lb::mime::parseMessage(raw);
    HtmlSanitizeOptions options;
    options.inlineParts = lb::mime::inlinePartsOf(message);
    REQUIRE(options.inlineParts.contains(u"logo@x"_s));

    CHECK(sanitizeHtml(u"<img src=\"CID:logo%40x\">"_s, options).html ==
          u"<img src=\"cid:logo%40x\">"_s);
    options.cidImages = HtmlSanitizeOptions::CidImages::DataUrl;
    CHECK(sanitizeHtml(u"<img src=\"cid:logo@x\">"_s, options).html ==
          u"<img src=\"data:image/png;base64,iVBORw0KGgo=\">"_s);
}

TEST_CASE("Sanitiser numbers links, shows their real target and spots deceptive text")
{
    const auto r = sanitizeHtml(
        u"<a href=\"https://evil.example/login\" title=\"Your bank\">https://www.bank.example</a>"
        " <a href='https://www.bank.example/x'>bank.example</a>"
        " <a href=mailto:bob@example.com>Bob</a> <a href=#top>up</a>"
        " <a href=\"javascript:alert(1)\">js</a>"_s);
    REQUIRE(r.links.size() == 3);
    CHECK(r.links[0].target == u"https://evil.example/login"_s);
    CHECK(r.links[0].textNamesOtherHost);
    CHECK(r.links[1].text == u"bank.example"_s);
    CHECK_FALSE(r.links[1].textNamesOtherHost);
    CHECK(r.links[2].target == u"mailto:bob@example.com"_s);
    CHECK_FALSE(r.links[2].textNamesOtherHost);
    CHECK(r.html.startsWith(u"<a href=\"lb-link:0\" title=\"https://evil.example/login\">"_s));
    CHECK(r.html.contains(u"<a href=\"#top\">up</a>"_s));
    CHECK(r.html.contains(u"<a>js</a>"_s));
    CHECK(lb::mime::test::dangersIn(r.html).isEmpty());
}

TEST_CASE("Sanitiser bounds nesting depth and input size")
{
    QString deep;
    for (int i = 0; i < 100000; ++i)
        deep += u"<div>"_s;
    deep += u"core"_s;
    const auto r = sanitizeHtml(deep);
    CHECK(r.html.count(u"<div>"_s) == 64);
    CHECK(r.html.count(u"</div>"_s) == 64);
    CHECK(r.html.contains(u"core"_s));

    HtmlSanitizeOptions small;
    small.maxInputLength = 10;
    const auto cut = sanitizeHtml(u"<b>0123456789abcdef</b>"_s, small);
    CHECK(cut.truncated);
    CHECK(cut.html == u"<b>0123456</b>"_s);
    CHECK(sanitizeHtml(QByteArray("<b>0123456789abcdef</b>"), small).truncated);
}

TEST_CASE("Sanitiser writes style sheets as raw text with their combinators")
{
    const auto r = sanitizeHtml(u"<style>div > p { color: red } a{background:url(x)}</style>"_s);
    CHECK(r.html == u"<style>div > p { color: red; }\n</style>"_s);
}
