// SPDX-License-Identifier: GPL-3.0-or-later
// htmlToText (declared in TextExtraction.h): a small tolerant scanner, not an HTML parser; it
// only has to make mail readable and indexable.
#include "mime/TextExtraction.h"

#include "mime/HtmlEntities.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {
namespace {

bool isBlockTag(QStringView name)
{
    static const QStringView blocks[] = {
        u"p",      u"div",    u"tr",      u"table",  u"h1",   u"h2",      u"h3",
        u"h4",     u"h5",     u"h6",      u"ul",     u"ol",   u"li",      u"blockquote",
        u"pre",    u"hr",     u"dl",      u"dt",     u"dd",   u"section", u"article",
        u"header", u"footer", u"address", u"center", u"form", u"title"};
    for (QStringView b : blocks) {
        if (name == b)
            return true;
    }
    return false;
}

class Writer
{
public:
    void text(QStringView s)
    {
        for (const QChar c : s) {
            if (m_pre) {
                put(c == u'\r' ? u'\n' : c);
                continue;
            }
            if (c.isSpace()) {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace && !m_out.isEmpty() && !m_out.endsWith(u'\n'))
                m_out += u' ';
            m_pendingSpace = false;
            m_out += c;
        }
    }
    void lineBreak(int wanted)
    {
        m_pendingSpace = false;
        while (m_out.endsWith(u' '))
            m_out.chop(1);
        if (m_out.isEmpty())
            return;
        int have = 0;
        for (qsizetype i = m_out.size() - 1; i >= 0 && m_out[i] == u'\n'; --i)
            ++have;
        for (; have < wanted; ++have)
            m_out += u'\n';
    }
    void setPre(bool pre) { m_pre = pre; }
    QString finish()
    {
        while (!m_out.isEmpty() && m_out.back().isSpace())
            m_out.chop(1);
        return std::move(m_out);
    }

private:
    void put(QChar c) { m_out += c; }

    QString m_out;
    bool m_pendingSpace = false;
    bool m_pre = false;
};

struct Tag
{
    QString name; // lower case
    bool closing = false;
    qsizetype end = 0; // after '>'
};

Tag readTag(QStringView html, qsizetype lt)
{
    Tag tag;
    qsizetype i = lt + 1;
    if (i < html.size() && html[i] == u'/') {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < html.size() && (html[i].isLetterOrNumber() || html[i] == u'-'))
        ++i;
    tag.name = html.sliced(nameStart, i - nameStart).toString().toLower();
    QChar quote;
    for (; i < html.size(); ++i) {
        const QChar c = html[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            break;
        }
    }
    tag.end = i < html.size() ? i + 1 : html.size();
    return tag;
}

// After <script>, <style> or <head>: skip to the matching end tag.
qsizetype skipRawContent(QStringView html, qsizetype from, const QString &name)
{
    const QString endTag = u"</"_s + name;
    const qsizetype at = html.indexOf(endTag, from, Qt::CaseInsensitive);
    if (at < 0)
        return name == u"head" ? from : html.size();
    return readTag(html, at).end;
}

} // namespace

QString htmlToText(QStringView html)
{
    Writer out;
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype textEnd = lt < 0 ? html.size() : lt;
        if (textEnd > i)
            out.text(decodeHtmlEntities(html.sliced(i, textEnd - i)));
        if (lt < 0)
            break;
        if (html.sliced(lt).startsWith(u"<!--")) {
            const qsizetype close = html.indexOf(u"-->", lt + 4);
            i = close < 0 ? html.size() : close + 3;
            continue;
        }
        if (lt + 1 < html.size() && !html[lt + 1].isLetter() && html[lt + 1] != u'/' &&
            html[lt + 1] != u'!') {
            out.text(u"<");
            i = lt + 1;
            continue;
        }
        const Tag tag = readTag(html, lt);
        i = tag.end;
        if (!tag.closing &&
            (tag.name == u"script" || tag.name == u"style" || tag.name == u"head")) {
            i = skipRawContent(html, i, tag.name);
            continue;
        }
        if (tag.name == u"br") {
            out.lineBreak(1);
        } else if (tag.name == u"pre") {
            out.lineBreak(2);
            out.setPre(!tag.closing);
        } else if (tag.name == u"li" && !tag.closing) {
            out.lineBreak(1);
            out.text(u"• ");
        } else if (tag.name == u"td" || tag.name == u"th") {
            out.text(u" ");
        } else if (isBlockTag(tag.name)) {
            const bool paragraph = tag.name == u"p" || tag.name.startsWith(u'h') ||
                                   tag.name == u"blockquote" || tag.name == u"table";
            out.lineBreak(paragraph ? 2 : 1);
        }
    }
    return out.finish();
}

} // namespace lb::mime
