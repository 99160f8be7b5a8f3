// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/html/HtmlSanitizer.h"

#include "mime/PartPath.h"
#include "mime/html/CssSanitizer.h"
#include "mime/html/ElementPolicy.h"
#include "mime/html/HtmlTokenizer.h"
#include "mime/html/UrlPolicy.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {
namespace {

constexpr qsizetype kMaxLinkText = 200;
constexpr int kMaxImageDimension = 4000;

void appendEscaped(QString &out, QStringView text, bool attribute)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += attribute ? u"&quot;"_s : u"\""_s;
            break;
        case 0:
            out += QChar(0xFFFD);
            break;
        default:
            out += c;
        }
    }
}

void appendAttribute(QString &out, QStringView name, QStringView value)
{
    out += u' ';
    out += name;
    out += u"=\""_s;
    appendEscaped(out, value, true);
    out += u'"';
}

// Width and height that could make the viewer scale a placeholder to gigapixels are dropped.
bool isSaneDimension(QStringView value)
{
    QStringView v = value.trimmed();
    if (v.endsWith(u'%'))
        return true;
    if (v.endsWith(u"px"))
        v.chop(2);
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok && n >= 0 && n <= kMaxImageDimension;
}

QString withoutWww(const QString &host)
{
    return host.startsWith(u"www."_s) ? host.sliced(4) : host;
}

class Sanitizer
{
public:
    Sanitizer(const HtmlSanitizeOptions &options, SanitizedHtml &result)
        : m_options(options), m_result(result)
    {}

    void run(QStringView input)
    {
        HtmlTokenizer tokenizer(input);
        HtmlToken token;
        while (tokenizer.next(token)) {
            if (!m_skipping.isEmpty())
                skip(token);
            else if (token.kind == HtmlToken::Kind::Text)
                text(token.text);
            else if (token.kind == HtmlToken::Kind::StartTag)
                startTag(token);
            else
                endTag(token.name);
            m_inStyle = m_inStyle && token.kind == HtmlToken::Kind::StartTag;
        }
        while (!m_open.isEmpty())
            closeTop();
    }

private:
    // Inside a dropped element: wait for its end tag, counting nested ones of the same name.
    void skip(const HtmlToken &token)
    {
        if (token.name != m_skipping)
            return;
        if (token.kind == HtmlToken::Kind::StartTag && !token.selfClosing)
            ++m_skipDepth;
        else if (token.kind == HtmlToken::Kind::EndTag && --m_skipDepth == 0)
            m_skipping.clear();
    }

    void text(const QString &text)
    {
        if (m_inStyle) {
            CssStats stats;
            const QString css = sanitizeStyleSheet(text, stats);
            m_result.remoteReferences += stats.remoteReferences;
            m_result.removedAttributes += stats.removedDeclarations;
            if (!css.isEmpty()) {
                // Raw, as style content is read: the sheet holds no '<', so it cannot end early.
                m_out += u"<style>"_s + css + u"</style>"_s;
            }
            return;
        }
        appendEscaped(m_out, text, false);
        if (m_openLink >= 0) {
            QString &linkText = m_result.links[m_openLink].text;
            linkText += text.first(std::min(text.size(), kMaxLinkText - linkText.size()));
        }
    }

    void startTag(const HtmlToken &token)
    {
        switch (elementAction(token.name)) {
        case ElementAction::StyleSheet:
            m_inStyle = true;
            return;
        case ElementAction::DropAll:
            ++m_result.removedElements;
            // Raw text elements always have content; others written "<x/>" have none.
            if (isRawTextElement(token.name) || !token.selfClosing) {
                m_skipping = token.name;
                m_skipDepth = 1;
            }
            return;
        case ElementAction::DropVoid:
            ++m_result.removedElements;
            return;
        case ElementAction::Unwrap:
            return;
        case ElementAction::Keep:
            break;
        }
        if (token.name == u"a")
            endTag(u"a"_s); // links do not nest
        if (m_open.size() >= m_options.maxDepth && !isVoidElement(token.name))
            return;
        QString attributes;
        if (!writeAttributes(token, attributes))
            return;
        m_out += u'<' + token.name + attributes + u'>';
        if (!isVoidElement(token.name))
            m_open.push_back(token.name);
    }

    void endTag(const QString &name)
    {
        const qsizetype at = m_open.lastIndexOf(name);
        if (at < 0)
            return;
        while (m_open.size() > at)
            closeTop();
    }

    void closeTop()
    {
        const QString name = m_open.takeLast();
        m_out += u"</"_s + name + u'>';
        if (name == u"a")
            finishLink();
    }

    void finishLink()
    {
        if (m_openLink < 0)
            return;
        SanitizedLink &link = m_result.links[m_openLink];
        link.text = link.text.simplified();
        const QString shownHost = withoutWww(hostOfUrlLikeText(link.text));
        const QString realHost = withoutWww(QUrl(link.target).host().toLower());
        link.textNamesOtherHost = !shownHost.isEmpty() && shownHost != realHost;
        m_openLink = -1;
    }

    // False when the element itself must go (an image with nothing safe to show).
    bool writeAttributes(const HtmlToken &token, QString &out)
    {
        const bool isImage = token.name == u"img";
        bool hasImageSource = false;
        for (const HtmlAttribute &attr : token.attributes) {
            const QString &name = attr.name;
            if (name == u"href" && token.name == u"a") {
                link(attr.value, out);
            } else if (name == u"src" && isImage) {
                hasImageSource = imageSource(attr.value, out);
            } else if (name == u"style") {
                CssStats stats;
                const QString css = sanitizeStyleDeclarations(attr.value, stats);
                m_result.remoteReferences += stats.remoteReferences;
                m_result.removedAttributes += stats.removedDeclarations;
                if (!css.isEmpty())
                    appendAttribute(out, name, css);
            } else if ((name == u"width" || name == u"height") && !isSaneDimension(attr.value)) {
                ++m_result.removedAttributes;
            } else if (name == u"title" && token.name == u"a") {
                // The link's title is the real target, set by link(); the sender's goes.
            } else if (isPlainAttribute(name)) {
                appendAttribute(out, name, attr.value);
            } else {
                countRemoteSources(name, attr.value);
                ++m_result.removedAttributes;
            }
        }
        if (isImage && !hasImageSource) {
            ++m_result.removedElements;
            return false;
        }
        return true;
    }

    void link(const QString &value, QString &out)
    {
        const ClassifiedUrl url = classifyUrl(value);
        if (url.kind == ClassifiedUrl::Kind::Fragment) {
            appendAttribute(out, u"href", url.value);
            return;
        }
        if (url.kind != ClassifiedUrl::Kind::Web && url.kind != ClassifiedUrl::Kind::Mail) {
            ++m_result.removedAttributes;
            return;
        }
        m_openLink = int(m_result.links.size());
        m_result.links.push_back({url.value, {}, false});
        appendAttribute(out, u"href", kLinkScheme.toString() + u':' + QString::number(m_openLink));
        appendAttribute(out, u"title", url.value);
    }

    bool imageSource(const QString &value, QString &out)
    {
        const ClassifiedUrl url = classifyUrl(value);
        if (url.kind == ClassifiedUrl::Kind::Web) {
            ++m_result.remoteReferences;
            const QString placeholder = kRemoteImageScheme.toString() + u':' +
                                        QString::number(m_result.remoteImages.size());
            m_result.remoteImages.push_back(url.value);
            appendAttribute(out, u"src", placeholder);
            return true;
        }
        if (url.kind != ClassifiedUrl::Kind::ContentId) {
            ++m_result.removedAttributes;
            return false;
        }
        const auto part = m_options.inlineParts.constFind(url.value);
        if (part == m_options.inlineParts.cend() || !part->mimeType.startsWith("image/")) {
            m_result.missingContentIds.push_back(url.value);
            return false;
        }
        if (m_options.cidImages == HtmlSanitizeOptions::CidImages::Reference) {
            appendAttribute(out, u"src",
                            u"cid:"_s + QString::fromLatin1(QUrl::toPercentEncoding(url.value)));
            return true;
        }
        // Only raster types: an SVG could carry script for a viewer that runs it.
        static const QByteArray raster[] = {"image/png", "image/gif",  "image/jpeg",
                                            "image/jpg", "image/webp", "image/bmp"};
        if (std::find(std::begin(raster), std::end(raster), part->mimeType) == std::end(raster))
            return false;
        appendAttribute(out, u"src",
                        u"data:"_s + QString::fromLatin1(part->mimeType) + u";base64,"_s +
                            QString::fromLatin1(part->data.toBase64()));
        return true;
    }

    // Attributes that would fetch something if they were kept; they are dropped, but the user
    // is told that the message wanted remote content.
    void countRemoteSources(const QString &name, const QString &value)
    {
        if (name == u"srcset") {
            for (QStringView candidate : QStringView(value).split(u',')) {
                const QStringView url = candidate.trimmed().split(u' ').value(0);
                if (classifyUrl(url).kind == ClassifiedUrl::Kind::Web)
                    ++m_result.remoteReferences;
            }
        } else if (name == u"background" || name == u"lowsrc" || name == u"dynsrc" ||
                   name == u"poster") {
            if (classifyUrl(value).kind == ClassifiedUrl::Kind::Web)
                ++m_result.remoteReferences;
        }
    }

    const HtmlSanitizeOptions &m_options;
    SanitizedHtml &m_result;
    QString &m_out = m_result.html;
    QStringList m_open; // kept elements not yet closed, outermost first
    QString m_skipping; // the dropped element whose end we wait for
    int m_skipDepth = 0;
    int m_openLink = -1;
    bool m_inStyle = false;
};

} // namespace

SanitizedHtml sanitizeHtml(QStringView html, const HtmlSanitizeOptions &options)
{
    SanitizedHtml result;
    if (html.size() > options.maxInputLength) {
        html = html.first(options.maxInputLength);
        result.truncated = true;
    }
    result.html.reserve(html.size());
    Sanitizer(options, result).run(html);
    return result;
}

SanitizedHtml sanitizeHtml(const QByteArray &utf8, const HtmlSanitizeOptions &options)
{
    const QByteArray bytes =
        utf8.size() > options.maxInputLength ? utf8.first(options.maxInputLength) : utf8;
    SanitizedHtml result = sanitizeHtml(QString::fromUtf8(bytes), options);
    result.truncated = result.truncated || bytes.size() < utf8.size();
    return result;
}

QHash<QString, InlinePart> inlinePartsOf(const Message &message)
{
    QHash<QString, InlinePart> parts;
    walkParts(message, [&](const Part &part, const QString &, int depthInsideMessages) {
        if (depthInsideMessages == 0 && part.isLeaf() && !part.contentId.isEmpty())
            parts.insert(QString::fromUtf8(part.contentId).trimmed(),
                         {part.contentType.mimeType(), part.body});
        return true;
    });
    return parts;
}

} // namespace lb::mime
