// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs the html_sanitizer fuzz target (tests/fuzz) found a problem with, reduced. The exact
// inputs are kept in tests/fuzz/regressions/html_sanitizer/<bug>.
#include "QtCatch.h"

#include "mime/html/HtmlSanitizer.h"
#include "mime/html/HtmlTokenizer.h"

using namespace Qt::Literals::StringLiterals;

TEST_CASE("fuzz regression html_sanitizer: a trailing \"</\" ends the token stream")
{
    // The tokenizer returned empty text tokens at a final "</" without moving on: the
    // sanitiser never finished.
    const QString input = u"a</"_s;
    lb::mime::HtmlTokenizer tokenizer(input);
    lb::mime::HtmlToken token;
    QString text;
    int tokens = 0;
    while (tokenizer.next(token) && tokens < 10) {
        ++tokens;
        text += token.text;
    }
    CHECK(tokens < 10);
    CHECK(text == u"a</"_s);
    CHECK(lb::mime::sanitizeHtml(u"<p>x</p></"_s).html == u"<p>x</p>&lt;/"_s);
}
