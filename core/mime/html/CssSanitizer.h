// SPDX-License-Identifier: GPL-3.0-or-later
// CSS from untrusted mail, reduced to what only styles: declarations whose values use no
// function but colours (so no url(), image-set(), expression()), no escapes (which could
// spell "url" in hex), no at-rules but @media and @supports (so no @import, no @font-face).
// Comments go too. What is left cannot make Qt's document loader fetch anything.
#pragma once

#include <QString>
#include <QStringView>

namespace lb::mime {

struct CssStats
{
    int remoteReferences = 0;    // url(http...) and the like that were removed
    int removedDeclarations = 0; // any declaration dropped, for whatever reason
};

// A style="" attribute value.
[[nodiscard]] QString sanitizeStyleDeclarations(QStringView css, CssStats &stats);

// The content of a <style> element.
[[nodiscard]] QString sanitizeStyleSheet(QStringView css, CssStats &stats);

} // namespace lb::mime
