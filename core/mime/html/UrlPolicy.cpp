// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/html/UrlPolicy.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {
namespace {

// Every control character and ASCII space is removed: browsers strip some and
// percent-encode others; removing them all can only make a hidden scheme visible.
QString withoutControlsAndSpaces(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F) || u == 0xA0 || u == 0xFEFF ||
            u == 0x200B)
            continue;
        out += c;
    }
    return out;
}

// The scheme, lower case, or empty when the URL has none (relative).
QString schemeOf(QStringView url)
{
    const qsizetype colon = url.indexOf(u':');
    if (colon <= 0)
        return {};
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = url[i];
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool other = (c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.';
        if (!letter && !(i > 0 && other))
            return {};
    }
    return url.first(colon).toString().toLower();
}

ClassifiedUrl web(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return {ClassifiedUrl::Kind::Web, url.toString(QUrl::FullyEncoded)};
}

} // namespace

ClassifiedUrl classifyUrl(QStringView raw)
{
    const QString url = withoutControlsAndSpaces(raw);
    if (url.isEmpty())
        return {};
    if (url.startsWith(u"//"))
        return web(u"https:"_s + url);
    if (url.startsWith(u'#')) {
        const QString name = url.sliced(1);
        if (name.isEmpty() || name.contains(u'<') || name.contains(u'"'))
            return {};
        return {ClassifiedUrl::Kind::Fragment, url};
    }
    const QString scheme = schemeOf(url);
    if (scheme == u"http" || scheme == u"https")
        return web(scheme + url.sliced(scheme.size()));
    if (scheme == u"mailto") {
        const QUrl mail(u"mailto"_s + url.sliced(scheme.size()), QUrl::StrictMode);
        if (!mail.isValid())
            return {};
        return {ClassifiedUrl::Kind::Mail, mail.toString(QUrl::FullyEncoded)};
    }
    if (scheme == u"cid") {
        // RFC 2392: the Content-ID, %-encoded where a URL needs it.
        const QString id = QUrl::fromPercentEncoding(url.sliced(4).toUtf8()).trimmed();
        if (id.isEmpty())
            return {};
        return {ClassifiedUrl::Kind::ContentId, id};
    }
    return {};
}

QString hostOfUrlLikeText(QStringView text)
{
    QString t = text.trimmed().toString();
    for (const QChar c : t) {
        if (c.isSpace())
            return {}; // "visit our site" is prose, not a URL
    }
    while (!t.isEmpty() && (t.back() == u'.' || t.back() == u',' || t.back() == u')'))
        t.chop(1);
    if (t.isEmpty() || t.contains(u'@'))
        return {};
    const QString scheme = schemeOf(t);
    if (scheme.isEmpty()) {
        // Bare "www.example.com/..." or "example.com": a dot inside the first path segment.
        const QString first = t.section(u'/', 0, 0);
        if (!first.contains(u'.') || first.startsWith(u'.') || first.endsWith(u'.'))
            return {};
        for (const QChar c : first) {
            if (!c.isLetterOrNumber() && c != u'.' && c != u'-' && c != u':')
                return {};
        }
        t = u"http://"_s + t;
    } else if (scheme != u"http" && scheme != u"https") {
        return {};
    }
    const QUrl url(t);
    return url.isValid() ? url.host().toLower() : QString();
}

} // namespace lb::mime
