// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/ParameterEncoder.h"

#include "mime/compose/FoldedField.h"

#include <algorithm>

namespace lb::mime {

namespace {

// A segment plus its ";" and one space of indentation fits in 78 columns.
constexpr qsizetype kMaxSegment = kFoldWidth - 2;
constexpr qsizetype kMaxFallback = 60;

bool isPrintableAscii(QStringView value)
{
    return std::all_of(value.begin(), value.end(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

// RFC 2231 7 attribute-char: CHAR except SPACE, CTLs, "*", "'", "%" and tspecials.
bool isAttributeChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7F && !QByteArrayView("*'%()<>@,;:\\\"/[]?=").contains(c);
}

QByteArray percentEncode(QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (isAttributeChar(c))
            out += c;
        else
            out += (QByteArray(1, '%') + hex[u >> 4] + hex[u & 0xF]);
    }
    return out;
}

// Percent-encoded code points, so a segment boundary never falls inside a character.
QList<QByteArray> encodedCodePoints(QStringView value)
{
    QList<QByteArray> units;
    for (qsizetype i = 0; i < value.size();) {
        const qsizetype n =
            (value[i].isHighSurrogate() && i + 1 < value.size() && value[i + 1].isLowSurrogate())
                ? 2
                : 1;
        units.append(percentEncode(value.sliced(i, n).toUtf8()));
        i += n;
    }
    return units;
}

QList<QByteArray> continuations(QByteArrayView name, QStringView value)
{
    QList<QByteArray> segments;
    QByteArray current;
    for (const QByteArray &unit : encodedCodePoints(value)) {
        if (current.isEmpty()) {
            const int index = int(segments.size());
            current = name.toByteArray() + '*' + QByteArray::number(index) + "*=";
            if (index == 0)
                current += "utf-8''";
        } else if (current.size() + unit.size() > kMaxSegment) {
            segments.append(current);
            current = name.toByteArray() + '*' + QByteArray::number(segments.size()) + "*=";
        }
        current += unit;
    }
    if (!current.isEmpty())
        segments.append(current);
    return segments;
}

} // namespace

QByteArray quotedParameter(QByteArrayView name, QByteArrayView value)
{
    QByteArray out = name.toByteArray() + "=\"";
    for (char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QList<QByteArray> encodeParameter(QByteArrayView name, QStringView value)
{
    if (isPrintableAscii(value)) {
        QByteArray quoted = quotedParameter(name, value.toLatin1());
        if (quoted.size() <= kMaxSegment)
            return {quoted};
    }
    // RFC 2231 4: charset and (empty) language, then percent-encoded octets.
    QByteArray single = name.toByteArray() + "*=utf-8''" + percentEncode(value.toUtf8());
    if (single.size() <= kMaxSegment)
        return {single};
    return continuations(name, value); // RFC 2231 3 and 4.1
}

QString asciiFallbackFilename(QStringView filename)
{
    QString out;
    for (QChar c : filename.toString().normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        const bool plain =
            c.unicode() >= 0x20 && c.unicode() < 0x7F && !QStringView(u"\"\\/").contains(c);
        out += plain ? c : u'_';
    }
    if (out.size() <= kMaxFallback)
        return out;
    const qsizetype dot = out.lastIndexOf(u'.');
    const qsizetype extension = (dot > 0 && out.size() - dot <= 10) ? out.size() - dot : 0;
    return out.first(kMaxFallback - extension) + out.last(extension);
}

QByteArray formatParameterField(QByteArrayView name, QByteArrayView value,
                                const QList<QByteArray> &parameters)
{
    FoldedField field(name);
    field.addToken(parameters.isEmpty() ? value : value.toByteArray() + ';');
    for (qsizetype i = 0; i < parameters.size(); ++i)
        field.addToken(i + 1 < parameters.size() ? parameters[i] + ';' : parameters[i]);
    return field.finish();
}

} // namespace lb::mime
