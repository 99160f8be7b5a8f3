// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/html/CharacterReferences.h"

#include "mime/HtmlEntities.h"

namespace lb::mime {
namespace {

int digitValue(QChar c, int base)
{
    const char16_t u = c.unicode();
    int v = -1;
    if (u >= u'0' && u <= u'9')
        v = u - u'0';
    else if (u >= u'a' && u <= u'f')
        v = 10 + (u - u'a');
    else if (u >= u'A' && u <= u'F')
        v = 10 + (u - u'A');
    return v < base ? v : -1;
}

// At "&#": appends the character and returns the index after the reference, or -1 when this
// is not a numeric reference (no digits).
qsizetype numericReference(QStringView text, qsizetype amp, QString &out)
{
    qsizetype i = amp + 2;
    int base = 10;
    if (i < text.size() && (text[i] == u'x' || text[i] == u'X')) {
        base = 16;
        ++i;
    }
    const qsizetype digitsStart = i;
    char32_t value = 0;
    bool tooLarge = false;
    for (; i < text.size(); ++i) {
        const int d = digitValue(text[i], base);
        if (d < 0)
            break;
        value = value * base + d;
        if (value > 0x10FFFF) {
            tooLarge = true;
            value = 0x110000; // stays too large however many digits follow
        }
    }
    if (i == digitsStart)
        return -1;
    if (i < text.size() && text[i] == u';')
        ++i;
    if (tooLarge || value == 0 || (value >= 0xD800 && value <= 0xDFFF))
        value = 0xFFFD;
    out += QString::fromUcs4(&value, 1);
    return i;
}

} // namespace

QString decodeCharacterReferences(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype amp = text.indexOf(u'&', i);
        if (amp < 0) {
            out += text.sliced(i);
            break;
        }
        out += text.sliced(i, amp - i);
        if (amp + 1 < text.size() && text[amp + 1] == u'#') {
            const qsizetype after = numericReference(text, amp, out);
            if (after >= 0) {
                i = after;
                continue;
            }
        } else {
            // A named reference: letters and digits then ';', at most 32 characters.
            qsizetype j = amp + 1;
            while (j < text.size() && j - amp <= 32 && text[j].isLetterOrNumber() &&
                   text[j].unicode() < 128)
                ++j;
            if (j < text.size() && text[j] == u';' && j > amp + 1) {
                out += decodeHtmlEntities(text.sliced(amp, j + 1 - amp));
                i = j + 1;
                continue;
            }
        }
        out += u'&';
        i = amp + 1;
    }
    return out;
}

} // namespace lb::mime
