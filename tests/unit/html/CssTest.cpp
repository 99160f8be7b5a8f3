// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"

#include "mime/html/CssSanitizer.h"

using namespace Qt::Literals::StringLiterals;
using lb::mime::CssStats;

namespace {
QString inlineStyle(const QString &css, CssStats *statsOut = nullptr)
{
    CssStats stats;
    QString out = lb::mime::sanitizeStyleDeclarations(css, stats);
    if (statsOut)
        *statsOut = stats;
    return out;
}
} // namespace

TEST_CASE("CSS keeps plain declarations and colour functions")
{
    CHECK(inlineStyle(u"color: red; FONT-WEIGHT:bold"_s) == u"color: red; font-weight: bold;"_s);
    CHECK(inlineStyle(u"background-color: rgb(1, 2, 3)"_s) == u"background-color: rgb(1, 2, 3);"_s);
    CHECK(inlineStyle(u"font-family: \"Segoe UI\", sans-serif"_s) ==
          u"font-family: \"Segoe UI\", sans-serif;"_s);
}

TEST_CASE("CSS drops url(), escapes, expressions and bindings")
{
    CssStats stats;
    CHECK(inlineStyle(u"color: red; background: URL( 'http://t.example/p.gif' )"_s, &stats) ==
          u"color: red;"_s);
    CHECK(stats.remoteReferences == 1);
    CHECK(inlineStyle(u"background: u\\72l(http://x)"_s).isEmpty());
    CHECK(inlineStyle(u"background: ur/**/l(http://x)"_s).isEmpty());
    CHECK(inlineStyle(u"width: expression(alert(1))"_s).isEmpty());
    CHECK(inlineStyle(u"behavior: foo; -moz-binding: bar"_s).isEmpty());
    CHECK(inlineStyle(u"background-image: image-set('http://x' 1x)"_s).isEmpty());
    CHECK(inlineStyle(u"list-style-image: url(data:image/png;base64,AA)"_s).isEmpty());
}

TEST_CASE("Style sheets lose @import, @font-face and rules that load anything")
{
    CssStats stats;
    const QString css = lb::mime::sanitizeStyleSheet(
        u"@import url(http://evil.example/a.css); @IMPORT 'http://evil.example/b.css';"
        "@font-face { font-family: x; src: url(http://evil.example/f.woff) }"
        "p { color: blue; background: url(http://evil.example/bg.png) }"
        "@media (max-width: 600px) { td { width: 100%; background-image: url(//x.example/y) } }"
        "/* comment */ h1 { font-size: 20px }</style><script>alert(1)</script>"_s,
        stats);
    CHECK_FALSE(css.toLower().contains(u"url"));
    CHECK_FALSE(css.toLower().contains(u"import"));
    CHECK_FALSE(css.contains(u'<'));
    CHECK(css.contains(u"p { color: blue; }"));
    CHECK(css.contains(u"@media (max-width: 600px)"));
    CHECK(css.contains(u"td { width: 100%; }"));
    CHECK(css.contains(u"h1 { font-size: 20px; }"));
    CHECK(stats.remoteReferences >= 4);
}
