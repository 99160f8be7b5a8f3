// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/DateFormatter.h"

namespace lb::mime {

QByteArray formatRfc5322Date(const QDateTime &dateTime)
{
    static constexpr const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int offsetSeconds = dateTime.offsetFromUtc();
    // The wall-clock time at that offset, without a time zone lookup.
    const QDateTime wall = dateTime.toOffsetFromUtc(offsetSeconds);
    const QDate d = wall.date();
    const QTime t = wall.time();
    const int offsetMinutes = qAbs(offsetSeconds) / 60;
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()) + ' ' +
           months[d.month() - 1] + ' ' + QByteArray::number(d.year()).rightJustified(4, '0') + ' ' +
           QByteArray::number(t.hour()).rightJustified(2, '0') + ':' +
           QByteArray::number(t.minute()).rightJustified(2, '0') + ':' +
           QByteArray::number(t.second()).rightJustified(2, '0') + ' ' +
           (offsetSeconds < 0 ? '-' : '+') +
           QByteArray::number(offsetMinutes / 60).rightJustified(2, '0') +
           QByteArray::number(offsetMinutes % 60).rightJustified(2, '0');
}

} // namespace lb::mime
