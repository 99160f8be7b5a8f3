// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/html/ElementPolicy.h"

#include <algorithm>
#include <iterator>

namespace lb::mime {
namespace {

template <std::size_t N> bool oneOf(QStringView name, const QStringView (&names)[N])
{
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// What Qt's rich text understands and mail uses.
constexpr QStringView kKept[] = {
    u"a",      u"abbr",  u"address", u"b",      u"big",      u"blockquote", u"br",    u"caption",
    u"center", u"cite",  u"code",    u"col",    u"colgroup", u"dd",         u"del",   u"dfn",
    u"div",    u"dl",    u"dt",      u"em",     u"font",     u"h1",         u"h2",    u"h3",
    u"h4",     u"h5",    u"h6",      u"hr",     u"i",        u"img",        u"ins",   u"kbd",
    u"li",     u"nobr",  u"ol",      u"p",      u"pre",      u"q",          u"s",     u"samp",
    u"small",  u"span",  u"strike",  u"strong", u"sub",      u"sup",        u"table", u"tbody",
    u"td",     u"tfoot", u"th",      u"thead",  u"tr",       u"tt",         u"u",     u"ul",
    u"var",
};

// Active content, embedded documents and foreign markup: nothing inside is safe to show.
constexpr QStringView kDropAll[] = {
    u"script",   u"iframe",   u"frame",    u"frameset",  u"object", u"applet",
    u"noembed",  u"noframes", u"template", u"svg",       u"math",   u"select",
    u"textarea", u"title",    u"xmp",      u"plaintext", u"audio",  u"video",
    u"canvas",   u"map",      u"datalist", u"button",
};

constexpr QStringView kDropVoid[] = {
    u"meta",  u"base", u"link",   u"input", u"embed",   u"param", u"source",
    u"track", u"area", u"keygen", u"image", u"bgsound", u"wbr",
};

constexpr QStringView kVoid[] = {u"area",  u"base",  u"br",     u"col",   u"embed",   u"hr",
                                 u"img",   u"input", u"link",   u"meta",  u"param",   u"source",
                                 u"track", u"wbr",   u"keygen", u"image", u"bgsound", u"frame"};

constexpr QStringView kPlainAttributes[] = {
    u"align",   u"valign", u"bgcolor", u"color",       u"face",        u"size",
    u"width",   u"height", u"border",  u"cellpadding", u"cellspacing", u"colspan",
    u"rowspan", u"dir",    u"lang",    u"title",       u"alt",         u"start",
    u"type",    u"nowrap", u"span",    u"clear",       u"hspace",      u"vspace",
    u"class",   u"id",     u"name",    u"value",       u"datetime",
};

} // namespace

ElementAction elementAction(QStringView name)
{
    if (name == u"style")
        return ElementAction::StyleSheet;
    if (oneOf(name, kKept))
        return ElementAction::Keep;
    if (oneOf(name, kDropAll))
        return ElementAction::DropAll;
    if (oneOf(name, kDropVoid))
        return ElementAction::DropVoid;
    return ElementAction::Unwrap;
}

bool isVoidElement(QStringView name)
{
    return oneOf(name, kVoid);
}

bool isPlainAttribute(QStringView name)
{
    return oneOf(name, kPlainAttributes);
}

} // namespace lb::mime
