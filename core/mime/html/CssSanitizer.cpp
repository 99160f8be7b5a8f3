// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/html/CssSanitizer.h"

#include "mime/html/UrlPolicy.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {
namespace {

constexpr int kMaxBlockNesting = 8;

QString withoutComments(QStringView css)
{
    QString out;
    out.reserve(css.size());
    qsizetype i = 0;
    while (i < css.size()) {
        const qsizetype open = css.indexOf(u"/*", i);
        if (open < 0) {
            out += css.sliced(i);
            break;
        }
        out += css.sliced(i, open - i);
        out += u' '; // "a/**/b" stays two tokens
        const qsizetype close = css.indexOf(u"*/", open + 2);
        i = close < 0 ? css.size() : close + 2;
    }
    return out;
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_';
}

// The functions a value may call: colours only.
bool allowedFunction(QStringView name)
{
    return name == u"rgb" || name == u"rgba" || name == u"hsl" || name == u"hsla";
}

bool isValidPropertyName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!((c >= u'a' && c <= u'z') || c == u'-'))
            return false;
    }
    return name != u"behavior" && name != u"-moz-binding" && !name.startsWith(u"--");
}

// Counts url(...) arguments that point at the network, for the "remote content" notice.
void countRemote(QStringView value, CssStats &stats)
{
    const QString lower = value.toString().toLower();
    qsizetype at = 0;
    while ((at = lower.indexOf(u"url(", at)) >= 0) {
        at += 4;
        qsizetype end = lower.indexOf(u')', at);
        if (end < 0)
            end = lower.size();
        QString arg = value.sliced(at, end - at).trimmed().toString();
        if (arg.size() >= 2 && (arg.front() == u'"' || arg.front() == u'\''))
            arg = arg.sliced(1, arg.size() - 2);
        if (classifyUrl(arg).kind == ClassifiedUrl::Kind::Web)
            ++stats.remoteReferences;
    }
}

bool isSafeValue(QStringView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u'\\' || c == u'<' || c == u'>' || c == u'@' || c == u'{' || c == u'}' ||
            c.unicode() < 0x20)
            return false;
        if (c == u'(') {
            qsizetype start = i;
            while (start > 0 && isIdentChar(value[start - 1]))
                --start;
            if (!allowedFunction(value.sliced(start, i - start).toString().toLower()))
                return false;
        }
    }
    const QString lower = value.toString().toLower();
    return !lower.contains(u"javascript") && !lower.contains(u"expression");
}

// "@media (max-width: 600px)": parentheses group conditions here, but a function call
// (url(), image-set()...) is still refused.
bool isSafeGroupingPrelude(QStringView prelude)
{
    for (qsizetype i = 1; i < prelude.size(); ++i) {
        const QChar c = prelude[i];
        if (c == u'\\' || c == u'<' || c == u'@' || c == u'"' || c == u'\'' || c.unicode() < 0x20)
            return false;
        if (c == u'(' && isIdentChar(prelude[i - 1]))
            return false;
    }
    return true;
}

QString sanitizeDeclarationsNoComments(QStringView css, CssStats &stats)
{
    QString out;
    for (QStringView declaration : css.split(u';')) {
        declaration = declaration.trimmed();
        if (declaration.isEmpty())
            continue;
        const qsizetype colon = declaration.indexOf(u':');
        const QString name =
            colon < 0 ? QString() : declaration.first(colon).trimmed().toString().toLower();
        const QStringView value =
            colon < 0 ? QStringView() : declaration.sliced(colon + 1).trimmed();
        if (!isValidPropertyName(name) || value.isEmpty() || !isSafeValue(value)) {
            countRemote(declaration, stats);
            ++stats.removedDeclarations;
            continue;
        }
        if (!out.isEmpty())
            out += u' ';
        out += name + u": "_s + value.toString() + u';';
    }
    return out;
}

// Reads rules from css[pos] until the end or an unmatched '}' (the end of the enclosing
// block), appending the kept ones to out.
void sanitizeRules(QStringView css, qsizetype &pos, int nesting, QString &out, CssStats &stats);

// At '{': the index after the matching '}' (or the end).
qsizetype skipBlock(QStringView css, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < css.size(); ++i) {
        if (css[i] == u'{')
            ++depth;
        else if (css[i] == u'}' && --depth == 0)
            return i + 1;
    }
    return css.size();
}

void sanitizeRules(QStringView css, qsizetype &pos, int nesting, QString &out, CssStats &stats)
{
    while (pos < css.size()) {
        qsizetype i = pos;
        while (i < css.size() && css[i] != u'{' && css[i] != u';' && css[i] != u'}')
            ++i;
        const QStringView prelude = css.sliced(pos, i - pos).trimmed();
        if (i >= css.size()) {
            pos = i;
            return; // a trailing prelude without a block: nothing to keep
        }
        if (css[i] == u'}') {
            pos = i + 1;
            return;
        }
        if (css[i] == u';') {
            // A statement at-rule (@import, @charset, @namespace): never kept.
            if (prelude.startsWith(u'@')) {
                countRemote(prelude, stats);
                ++stats.removedDeclarations;
            }
            pos = i + 1;
            continue;
        }
        const QString lowerPrelude = prelude.toString().toLower();
        const bool grouping =
            lowerPrelude.startsWith(u"@media") || lowerPrelude.startsWith(u"@supports");
        if (prelude.startsWith(u'@') && (!grouping || nesting >= kMaxBlockNesting)) {
            const qsizetype end = skipBlock(css, i);
            countRemote(css.sliced(i, end - i), stats);
            ++stats.removedDeclarations;
            pos = end;
            continue;
        }
        if (!grouping &&
            (prelude.contains(u'\\') || prelude.contains(u'(') || prelude.contains(u'@'))) {
            // Selectors with escapes or functional pseudo-classes: not worth the risk.
            pos = skipBlock(css, i);
            ++stats.removedDeclarations;
            continue;
        }
        if (grouping) {
            if (!isSafeGroupingPrelude(prelude)) {
                pos = skipBlock(css, i);
                ++stats.removedDeclarations;
                continue;
            }
            QString inner;
            pos = i + 1;
            sanitizeRules(css, pos, nesting + 1, inner, stats);
            out += prelude.toString() + u" {\n"_s + inner + u"}\n"_s;
            continue;
        }
        // An ordinary rule: its declarations run to the first '}' (a '{' inside is broken).
        qsizetype close = css.indexOf(u'}', i + 1);
        if (close < 0)
            close = css.size();
        QStringView body = css.sliced(i + 1, close - i - 1);
        if (body.contains(u'{')) {
            pos = skipBlock(css, i);
            ++stats.removedDeclarations;
            continue;
        }
        const QString declarations = sanitizeDeclarationsNoComments(body, stats);
        if (!prelude.isEmpty() && !declarations.isEmpty())
            out += prelude.toString() + u" { "_s + declarations + u" }\n"_s;
        pos = close < css.size() ? close + 1 : close;
    }
}

} // namespace

QString sanitizeStyleDeclarations(QStringView css, CssStats &stats)
{
    return sanitizeDeclarationsNoComments(withoutComments(css), stats);
}

QString sanitizeStyleSheet(QStringView css, CssStats &stats)
{
    QString text = withoutComments(css);
    // "<!--" and "-->" around a sheet are CSS's CDO and CDC tokens: nothing (CSS Syntax 5.4).
    text.replace(u"<!--"_s, u" "_s).replace(u"-->"_s, u" "_s);
    // The sheet is written back inside <style>: no '<' may survive to end it early.
    text.replace(u'<', u' ');
    QString out;
    qsizetype pos = 0;
    while (pos < text.size())
        sanitizeRules(text, pos, 0, out, stats);
    return out;
}

} // namespace lb::mime
