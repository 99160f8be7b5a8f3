// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "mime/html/UrlPolicy.h"

using namespace Qt::Literals::StringLiterals;
using lb::mime::ClassifiedUrl;
using lb::mime::classifyUrl;
using Kind = ClassifiedUrl::Kind;

TEST_CASE("URL policy allows web, mail, cid and fragment URLs")
{
    CHECK(classifyUrl(u"https://example.com/a?b=c").kind == Kind::Web);
    CHECK(classifyUrl(u"HTTP://Example.com/").kind == Kind::Web);
    CHECK(classifyUrl(u"//cdn.example.com/p.png").value == u"https://cdn.example.com/p.png"_s);
    CHECK(classifyUrl(u"mailto:bob@example.com").kind == Kind::Mail);
    CHECK(classifyUrl(u"#top").kind == Kind::Fragment);
    const ClassifiedUrl cid = classifyUrl(u"cid:part1%40example.com");
    CHECK(cid.kind == Kind::ContentId);
    CHECK(cid.value == u"part1@example.com"_s);
}

TEST_CASE("URL policy refuses script, data, file and relative URLs however they are spelled")
{
    const QString hostile[] = {u"javascript:alert(1)"_s,
                               u"JaVaScRiPt:alert(1)"_s,
                               u" \tjava\nscript:alert(1)"_s,
                               u"java\u0000script:x"_s,
                               u"\u0001javascript:x"_s,
                               u"vbscript:msgbox(1)"_s,
                               u"data:text/html,<script>"_s,
                               u"DATA:image/png;base64,AA"_s,
                               u"file:///etc/passwd"_s,
                               u"relative/path.png"_s,
                               u"/absolute.png"_s,
                               u""_s,
                               u"   "_s,
                               u"http:no-host"_s,
                               u"ftp://example.com/x"_s,
                               u"jav&#x61;script:x"_s,
                               u"\u00A0javascript:x"_s,
                               u"java\u200Bscript:x"_s};
    for (const QString &url : hostile) {
        INFO(url.toStdString());
        CHECK(classifyUrl(url).kind == Kind::Unsafe);
    }
}

TEST_CASE("Link text that looks like a URL gives its host")
{
    using lb::mime::hostOfUrlLikeText;
    CHECK(hostOfUrlLikeText(u"https://www.bank.example/login") == u"www.bank.example"_s);
    CHECK(hostOfUrlLikeText(u" paypal.com ") == u"paypal.com"_s);
    CHECK(hostOfUrlLikeText(u"Click here").isEmpty());
    CHECK(hostOfUrlLikeText(u"bob@example.com").isEmpty());
    CHECK(hostOfUrlLikeText(u"Version 2.0").isEmpty());
}
