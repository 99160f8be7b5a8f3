// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/SubjectPrefix.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {

namespace {

// A prefix word, an optional count ("[2]", "(3)"), a colon (ASCII or full width).
QRegularExpression prefixPattern(const QString &words)
{
    return QRegularExpression(
        u"^\\s*(?:"_s + words + u")\\s*(?:[\\[(]\\d{1,4}[\\])])?\\s*[:：]\\s*"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

const QRegularExpression &replyPattern()
{
    // English, German, Scandinavian, Dutch, Polish, French, Italian, Spanish/Portuguese,
    // Turkish, Icelandic, Chinese.
    static const QRegularExpression re =
        prefixPattern(u"re|aw|sv|vs|antw|odp|ref|réf|rif|res|ynt|atb|回复|回覆|答复"_s);
    return re;
}

const QRegularExpression &forwardPattern()
{
    static const QRegularExpression re =
        prefixPattern(u"fwd|fw|wg|tr|vl|rv|enc|doorst|转发|轉寄"_s);
    return re;
}

QString stripAll(QStringView subject, const QRegularExpression &pattern)
{
    QString rest = subject.toString().trimmed();
    for (QRegularExpressionMatch m = pattern.match(rest); m.hasMatch() && m.capturedLength() > 0;
         m = pattern.match(rest))
        rest = rest.sliced(m.capturedLength());
    return rest.trimmed();
}

} // namespace

QString stripReplyPrefixes(QStringView subject)
{
    const QString rest = stripAll(subject, replyPattern());
    // "[list] Re: Re: topic": a list tag in front of reply prefixes keeps its place.
    static const QRegularExpression tag(u"^(\\[[^\\]]{1,60}\\])\\s*"_s);
    const QRegularExpressionMatch m = tag.match(rest);
    if (!m.hasMatch())
        return rest;
    const QString afterTag = rest.sliced(m.capturedLength());
    const QString stripped = stripAll(afterTag, replyPattern());
    if (stripped.size() == afterTag.size())
        return rest;
    return stripped.isEmpty() ? m.captured(1) : m.captured(1) + u' ' + stripped;
}

QString stripForwardPrefixes(QStringView subject)
{
    return stripAll(subject, forwardPattern());
}

QString replySubject(QStringView subject)
{
    return u"Re: "_s + stripReplyPrefixes(subject);
}

QString forwardSubject(QStringView subject)
{
    return u"Fwd: "_s + stripForwardPrefixes(subject);
}

} // namespace lb::mime
