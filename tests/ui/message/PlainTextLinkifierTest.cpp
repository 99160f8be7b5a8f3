// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "message/PlainTextLinkifier.h"

using namespace Qt::Literals::StringLiterals;

TEST_CASE("Plain text is escaped and its addresses become numbered links", "[ui]")
{
    const auto out = lb::ui::linkifyPlainText(
        u"<b>Hi</b> & see https://example.com/a_(b)?x=1&y=2. (www.example.org)\n"
        "> mail bob@example.net, javascript:alert(1)"_s);
    REQUIRE(out.links.size() == 3);
    CHECK(out.links[0].target == u"https://example.com/a_(b)?x=1&y=2"_s);
    CHECK(out.links[1].target == u"http://www.example.org"_s);
    CHECK(out.links[2].target == u"mailto:bob@example.net"_s);
    CHECK(out.html.contains(u"&lt;b&gt;Hi&lt;/b&gt; &amp; see "_s));
    CHECK(out.html.contains(u"<a href=\"lb-link:1\" title=\"http://www.example.org\">"
                            "www.example.org</a>)"_s));
    CHECK(out.html.contains(u"javascript:alert(1)"_s)); // as text, not as a link
    CHECK(out.html.contains(u"<span style=\"color: #5a6b7b;\">&gt; mail "_s));
}
