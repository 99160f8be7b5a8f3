// SPDX-License-Identifier: GPL-3.0-or-later
// HTML character references: "&amp;", "&#233;", "&#xE9;" and the named ones mail uses.
#pragma once

#include <QString>
#include <QStringView>

namespace lb::mime {

// Unknown or malformed references are kept as written.
[[nodiscard]] QString decodeHtmlEntities(QStringView text);

} // namespace lb::mime
