// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/HtmlEntities.h"

#include <optional>

namespace lb::mime {
namespace {

struct Named
{
    const char16_t *name;
    char32_t code;
};

// The references common in mail; the full HTML table has over 2000.
constexpr Named kNamed[] = {
    {u"amp", U'&'},      {u"lt", U'<'},       {u"gt", U'>'},      {u"quot", U'"'},
    {u"apos", U'\''},    {u"nbsp", 0xA0},     {u"copy", 0xA9},    {u"reg", 0xAE},
    {u"trade", 0x2122},  {u"hellip", 0x2026}, {u"mdash", 0x2014}, {u"ndash", 0x2013},
    {u"lsquo", 0x2018},  {u"rsquo", 0x2019},  {u"ldquo", 0x201C}, {u"rdquo", 0x201D},
    {u"laquo", 0xAB},    {u"raquo", 0xBB},    {u"bull", 0x2022},  {u"middot", 0xB7},
    {u"euro", 0x20AC},   {u"pound", 0xA3},    {u"yen", 0xA5},     {u"cent", 0xA2},
    {u"sect", 0xA7},     {u"deg", 0xB0},      {u"plusmn", 0xB1},  {u"times", 0xD7},
    {u"divide", 0xF7},   {u"para", 0xB6},     {u"shy", 0xAD},     {u"iexcl", 0xA1},
    {u"iquest", 0xBF},   {u"auml", 0xE4},     {u"ouml", 0xF6},    {u"uuml", 0xFC},
    {u"Auml", 0xC4},     {u"Ouml", 0xD6},     {u"Uuml", 0xDC},    {u"szlig", 0xDF},
    {u"eacute", 0xE9},   {u"egrave", 0xE8},   {u"ecirc", 0xEA},   {u"aacute", 0xE1},
    {u"agrave", 0xE0},   {u"acirc", 0xE2},    {u"ccedil", 0xE7},  {u"iacute", 0xED},
    {u"oacute", 0xF3},   {u"uacute", 0xFA},   {u"ntilde", 0xF1},  {u"Eacute", 0xC9},
    {u"aring", 0xE5},    {u"Aring", 0xC5},    {u"oslash", 0xF8},  {u"aelig", 0xE6},
    {u"zwnj", 0x200C},   {u"zwj", 0x200D},    {u"ensp", 0x2002},  {u"emsp", 0x2003},
    {u"thinsp", 0x2009}, {u"rarr", 0x2192},   {u"larr", 0x2190},  {u"hearts", 0x2665},
};

std::optional<char32_t> numeric(QStringView body)
{
    bool ok = false;
    uint value = 0;
    if (body.size() > 1 && (body[0] == u'x' || body[0] == u'X'))
        value = body.sliced(1).toUInt(&ok, 16);
    else
        value = body.toUInt(&ok, 10);
    if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return std::nullopt;
    return char32_t(value);
}

std::optional<char32_t> lookup(QStringView body)
{
    if (body.startsWith(u'#'))
        return numeric(body.sliced(1));
    for (const Named &n : kNamed) {
        if (body == QStringView(n.name))
            return n.code;
    }
    return std::nullopt;
}

} // namespace

QString decodeHtmlEntities(QStringView text)
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
        const qsizetype semi = text.indexOf(u';', amp + 1);
        const auto code = (semi > amp + 1 && semi - amp <= 12)
                              ? lookup(text.sliced(amp + 1, semi - amp - 1))
                              : std::nullopt;
        if (!code) {
            out += u'&';
            i = amp + 1;
            continue;
        }
        const char32_t c = *code;
        out += QString::fromUcs4(&c, 1);
        i = semi + 1;
    }
    return out;
}

} // namespace lb::mime
