// SPDX-License-Identifier: GPL-3.0-or-later
// Character references as browsers decode them in text and attribute values: numeric ones
// also without the closing ';' ("&#106avascript:" is "javascript:" to a browser, so it must be
// to the sanitiser too), named ones from the table in HtmlEntities.h.
#pragma once

#include <QString>
#include <QStringView>

namespace lb::mime {

// Invalid code points (0, surrogates, > U+10FFFF) become U+FFFD; unknown names stay as written.
[[nodiscard]] QString decodeCharacterReferences(QStringView text);

} // namespace lb::mime
