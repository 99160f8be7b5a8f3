// SPDX-License-Identifier: GPL-3.0-or-later
// Which elements and attributes of mail HTML reach the viewer. Lists of what is allowed, so
// anything new or unknown is dropped by default.
#pragma once

#include <QStringView>

namespace lb::mime {

enum class ElementAction
{
    Keep,       // written out (with its allowed attributes)
    Unwrap,     // the tag goes, its content stays (html, body, form, unknown elements)
    DropAll,    // the tag and everything inside it go (script, iframe, object, svg...)
    DropVoid,   // an empty element that goes (meta, base, link, input, embed...)
    StyleSheet, // <style>: its content is sanitised as CSS
};

[[nodiscard]] ElementAction elementAction(QStringView name);

// Elements without content or end tag (HTML standard 13.1.2).
[[nodiscard]] bool isVoidElement(QStringView name);

// Presentational attributes that need no checking beyond escaping (URLs and styles are handled
// by the sanitiser itself; event handlers and everything else are dropped).
[[nodiscard]] bool isPlainAttribute(QStringView name);

} // namespace lb::mime
