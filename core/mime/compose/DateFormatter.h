// SPDX-License-Identifier: GPL-3.0-or-later
// The RFC 5322 3.3 date-time, as written in the Date field.
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace lb::mime {

// "Thu, 13 Feb 1969 23:32:54 -0330": English names whatever the locale, the offset the
// QDateTime carries (local time gives the local offset), seconds kept, milliseconds dropped.
[[nodiscard]] QByteArray formatRfc5322Date(const QDateTime &dateTime);

} // namespace lb::mime
