// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/html/HtmlTokenizer.h"

#include "mime/html/CharacterReferences.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {
namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// RCDATA elements have their character references decoded; RAWTEXT ones do not.
bool isRcData(QStringView name)
{
    return name == u"textarea" || name == u"title";
}

} // namespace

bool isRawTextElement(QStringView name)
{
    // <noscript> is not here: the reader runs no scripts, so, as in a browser with scripting
    // off, its content is ordinary markup.
    static const QStringView names[] = {u"script",   u"style",    u"xmp",   u"iframe",   u"noembed",
                                        u"noframes", u"textarea", u"title", u"plaintext"};
    for (QStringView n : names) {
        if (name == n)
            return true;
    }
    return false;
}

HtmlTokenizer::HtmlTokenizer(QStringView input, HtmlTokenizerLimits limits)
    : m_in(input), m_limits(limits)
{}

bool HtmlTokenizer::next(HtmlToken &token)
{
    token = HtmlToken{};
    while (m_pos < m_in.size()) {
        if (!m_rawTextEnd.isEmpty()) {
            readRawText(token);
            if (!token.text.isEmpty())
                return true;
            continue;
        }
        if (m_in[m_pos] != u'<') {
            readText(token);
            return true;
        }
        if (readMarkup(token))
            return true;
    }
    return false;
}

void HtmlTokenizer::readText(HtmlToken &token)
{
    // Up to the next '<' that starts markup; a '<' that does not ("a < b") is text. Called at
    // such a '<' (readMarkup), that '<' is taken as text: "</" at the very end of the input
    // would otherwise yield empty text tokens without moving on, forever.
    qsizetype end = m_in[m_pos] == u'<' ? m_pos + 1 : m_pos;
    while (end < m_in.size()) {
        end = m_in.indexOf(u'<', end);
        if (end < 0) {
            end = m_in.size();
            break;
        }
        const QChar after = end + 1 < m_in.size() ? m_in[end + 1] : QChar();
        if (isAsciiLetter(after) || after == u'/' || after == u'!' || after == u'?')
            break;
        ++end;
    }
    token.kind = HtmlToken::Kind::Text;
    token.text = decodeCharacterReferences(m_in.sliced(m_pos, end - m_pos));
    m_pos = end;
}

bool HtmlTokenizer::readMarkup(HtmlToken &token)
{
    const QStringView rest = m_in.sliced(m_pos);
    if (rest.startsWith(u"<!--")) {
        skipComment();
        return false;
    }
    if (rest.size() >= 2 && (rest[1] == u'!' || rest[1] == u'?')) {
        skipToGreaterThan(); // doctype, CDATA, processing instruction: a bogus comment
        return false;
    }
    if (rest.size() >= 3 && rest[1] == u'/') {
        if (isAsciiLetter(rest[2])) {
            m_pos += 2;
            readTag(token, true);
            return !token.name.isEmpty();
        }
        skipToGreaterThan(); // "</>" or "</ 3>": dropped
        return false;
    }
    if (rest.size() >= 2 && isAsciiLetter(rest[1])) {
        ++m_pos;
        readTag(token, false);
        return !token.name.isEmpty();
    }
    // "<<", "< 3", a '<' at the end: text up to the next real markup.
    readText(token);
    return true;
}

void HtmlTokenizer::skipComment()
{
    // "<!-->" and "<!--->" end at once (HTML abrupt closing of empty comment).
    qsizetype from = m_pos + 4;
    if (from < m_in.size() && m_in[from] == u'>') {
        m_pos = from + 1;
        return;
    }
    if (from + 1 < m_in.size() && m_in[from] == u'-' && m_in[from + 1] == u'>') {
        m_pos = from + 2;
        return;
    }
    while (true) {
        const qsizetype dashes = m_in.indexOf(u"--", from);
        if (dashes < 0) {
            m_pos = m_in.size();
            return;
        }
        qsizetype i = dashes + 2;
        if (i < m_in.size() && m_in[i] == u'!')
            ++i;
        if (i < m_in.size() && m_in[i] == u'>') {
            m_pos = i + 1;
            return;
        }
        from = dashes + 1;
    }
}

void HtmlTokenizer::skipToGreaterThan()
{
    const qsizetype gt = m_in.indexOf(u'>', m_pos);
    m_pos = gt < 0 ? m_in.size() : gt + 1;
}

void HtmlTokenizer::readTag(HtmlToken &token, bool closing)
{
    token.kind = closing ? HtmlToken::Kind::EndTag : HtmlToken::Kind::StartTag;
    const qsizetype nameStart = m_pos;
    while (m_pos < m_in.size() && !isSpace(m_in[m_pos]) && m_in[m_pos] != u'/' &&
           m_in[m_pos] != u'>')
        ++m_pos;
    token.name = m_in.sliced(nameStart, m_pos - nameStart).toString().toLower();
    readAttributes(token);
    if (m_pos >= m_in.size()) {
        // End of input inside a tag: the HTML standard drops the tag.
        token = HtmlToken{};
        return;
    }
    ++m_pos; // '>'
    if (closing) {
        token.attributes.clear();
        token.selfClosing = false;
        return;
    }
    // A '/' before '>' does not end a raw text element in HTML: "<script/>x" runs on.
    if (isRawTextElement(token.name)) {
        m_rawTextEnd = u"</"_s + token.name;
        m_rawTextDecoded = isRcData(token.name);
    }
}

void HtmlTokenizer::readAttributes(HtmlToken &token)
{
    while (m_pos < m_in.size()) {
        const QChar c = m_in[m_pos];
        if (c == u'>')
            return;
        if (isSpace(c)) {
            ++m_pos;
            continue;
        }
        if (c == u'/') {
            ++m_pos;
            if (m_pos < m_in.size() && m_in[m_pos] == u'>')
                token.selfClosing = true;
            continue;
        }
        // Attribute name: the first character may be '=' (HTML standard 13.2.5.32).
        const qsizetype nameStart = m_pos++;
        while (m_pos < m_in.size() && !isSpace(m_in[m_pos]) && m_in[m_pos] != u'/' &&
               m_in[m_pos] != u'>' && m_in[m_pos] != u'=')
            ++m_pos;
        HtmlAttribute attr;
        attr.name = m_in.sliced(nameStart, m_pos - nameStart).toString().toLower();
        while (m_pos < m_in.size() && isSpace(m_in[m_pos]))
            ++m_pos;
        if (m_pos < m_in.size() && m_in[m_pos] == u'=') {
            ++m_pos;
            while (m_pos < m_in.size() && isSpace(m_in[m_pos]))
                ++m_pos;
            qsizetype valueStart = m_pos;
            qsizetype valueEnd = m_pos;
            if (m_pos < m_in.size() && (m_in[m_pos] == u'"' || m_in[m_pos] == u'\'')) {
                const qsizetype close = m_in.indexOf(m_in[m_pos], m_pos + 1);
                if (close < 0) {
                    m_pos = m_in.size(); // unterminated quote: the tag is dropped
                    return;
                }
                valueStart = m_pos + 1;
                valueEnd = close;
                m_pos = close + 1;
            } else {
                while (m_pos < m_in.size() && !isSpace(m_in[m_pos]) && m_in[m_pos] != u'>')
                    ++m_pos;
                valueEnd = m_pos;
            }
            const qsizetype length = std::min(valueEnd - valueStart, m_limits.maxAttributeValue);
            attr.value = decodeCharacterReferences(m_in.sliced(valueStart, length));
        }
        // Duplicates: the first one counts (HTML standard 13.2.5.33).
        bool duplicate = false;
        for (const HtmlAttribute &a : token.attributes)
            duplicate = duplicate || a.name == attr.name;
        if (!duplicate && qsizetype(token.attributes.size()) < m_limits.maxAttributes)
            token.attributes.push_back(std::move(attr));
    }
}

void HtmlTokenizer::readRawText(HtmlToken &token)
{
    token.kind = HtmlToken::Kind::Text;
    const QString endTag = m_rawTextEnd;
    m_rawTextEnd.clear();
    if (endTag == u"</plaintext") {
        token.text = m_in.sliced(m_pos).toString();
        m_pos = m_in.size();
        return;
    }
    qsizetype from = m_pos;
    qsizetype end = m_in.size();
    while (true) {
        const qsizetype at = m_in.indexOf(endTag, from, Qt::CaseInsensitive);
        if (at < 0)
            break;
        const qsizetype after = at + endTag.size();
        if (after >= m_in.size() || isSpace(m_in[after]) || m_in[after] == u'/' ||
            m_in[after] == u'>') {
            end = at;
            break;
        }
        from = at + 1;
    }
    const QStringView content = m_in.sliced(m_pos, end - m_pos);
    token.text = m_rawTextDecoded ? decodeCharacterReferences(content) : content.toString();
    m_pos = end; // the end tag is read as an ordinary end tag next
}

} // namespace lb::mime
