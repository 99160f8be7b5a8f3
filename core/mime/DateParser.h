// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 5322 3.3 date-time and the obsolete forms of 4.3 that real mail uses: missing weekday or
// seconds, two-digit years, named zones (EST, PDT, ...), comments, odd separators.
#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace lb::mime {

struct ParsedDate
{
    QDateTime utc;         // the instant, in UTC
    bool zoneKnown = true; // false for "-0000" and unknown zone names (time taken as UTC)
    int offsetSeconds = 0; // the zone as written, when known
};

[[nodiscard]] std::optional<ParsedDate> parseDateDetailed(QByteArrayView value);

// The instant in UTC, or nullopt when the value is not a date.
[[nodiscard]] std::optional<QDateTime> parseDate(QByteArrayView value);

} // namespace lb::mime
