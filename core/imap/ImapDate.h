// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace lb::imap {

// INTERNALDATE / APPEND date-time, "17-Jul-1996 02:44:25 -0700" (RFC 9051 section 9,
// date-time), without the quotes. Returns the instant in UTC.
[[nodiscard]] std::optional<QDateTime> parseInternalDate(QByteArrayView text);
// The same format with a two-digit day, in UTC ("+0000").
[[nodiscard]] QByteArray formatInternalDate(const QDateTime &when);
// A SEARCH date (date-text): "1-Feb-1994".
[[nodiscard]] QByteArray formatSearchDate(QDate date);

} // namespace lb::imap
