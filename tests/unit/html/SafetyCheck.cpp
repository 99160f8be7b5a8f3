// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetyCheck.h"

#include "mime/html/HtmlTokenizer.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::mime::test {

QStringList dangersIn(const QString &html)
{
    QStringList found;
    static const QStringList forbiddenElements = {
        u"script"_s, u"iframe"_s, u"frame"_s,  u"object"_s,   u"embed"_s,   u"applet"_s,
        u"form"_s,   u"input"_s,  u"meta"_s,   u"base"_s,     u"link"_s,    u"svg"_s,
        u"math"_s,   u"button"_s, u"select"_s, u"textarea"_s, u"frameset"_s};
    static const QStringList urlAttributes = {u"src"_s,    u"href"_s,       u"background"_s,
                                              u"srcset"_s, u"lowsrc"_s,     u"dynsrc"_s,
                                              u"action"_s, u"formaction"_s, u"poster"_s};
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    bool inStyle = false;
    while (tokenizer.next(token)) {
        if (token.kind == HtmlToken::Kind::Text && inStyle) {
            const QString css = token.text.toLower();
            for (const QString &bad : {u"url"_s, u"@import"_s, u"expression"_s, u"\\"_s,
                                       u"javascript"_s, u"@font-face"_s})
                if (css.contains(bad))
                    found << u"style sheet with "_s + bad;
        }
        inStyle = token.kind == HtmlToken::Kind::StartTag && token.name == u"style";
        if (token.kind != HtmlToken::Kind::StartTag)
            continue;
        if (forbiddenElements.contains(token.name))
            found << u"element "_s + token.name;
        for (const HtmlAttribute &a : token.attributes) {
            if (a.name.startsWith(u"on"))
                found << u"attribute "_s + a.name;
            if (a.name == u"style") {
                const QString css = a.value.toLower();
                if (css.contains(u"url") || css.contains(u"expression") || css.contains(u'\\'))
                    found << u"style "_s + a.value;
            }
            if (!urlAttributes.contains(a.name))
                continue;
            const QString v = a.value;
            const bool safe =
                (a.name == u"src" && (v.startsWith(u"lb-remote:") || v.startsWith(u"cid:") ||
                                      v.startsWith(u"data:image/png;base64,"))) ||
                (a.name == u"href" && (v.startsWith(u"lb-link:") || v.startsWith(u'#')));
            if (!safe)
                found << a.name + u' ' + v;
        }
    }
    return found;
}

} // namespace lb::mime::test
