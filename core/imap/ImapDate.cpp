// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapDate.h"

namespace lb::imap {

namespace {

constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::optional<int> digits(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<int> month(QByteArrayView name)
{
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QByteArrayView(kMonths[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return std::nullopt;
}

} // namespace

std::optional<QDateTime> parseInternalDate(QByteArrayView text)
{
    // date-day-fixed may start with a space (" 7-Jul-..."): RFC 9051 section 9.
    if (text.startsWith(' '))
        text = text.sliced(1);
    const qsizetype dash1 = text.indexOf('-');
    const qsizetype dash2 = dash1 < 0 ? -1 : text.indexOf('-', dash1 + 1);
    const qsizetype space1 = dash2 < 0 ? -1 : text.indexOf(' ', dash2 + 1);
    const qsizetype space2 = space1 < 0 ? -1 : text.indexOf(' ', space1 + 1);
    if (space2 < 0 || text.size() - space2 - 1 != 5 || space2 - space1 - 1 != 8)
        return std::nullopt;
    const auto day = digits(text.first(dash1));
    const auto mon = month(text.sliced(dash1 + 1, dash2 - dash1 - 1));
    const auto year = digits(text.sliced(dash2 + 1, space1 - dash2 - 1));
    const QByteArrayView time = text.sliced(space1 + 1, 8);
    const QByteArrayView zone = text.sliced(space2 + 1);
    const auto hh = digits(time.first(2));
    const auto mm = digits(time.sliced(3, 2));
    const auto ss = digits(time.sliced(6, 2));
    const auto zh = digits(zone.sliced(1, 2));
    const auto zm = digits(zone.sliced(3, 2));
    if (!day || !mon || !year || text.first(dash1).size() > 2 || !hh || !mm || !ss || !zh || !zm ||
        time[2] != ':' || time[5] != ':' || (zone[0] != '+' && zone[0] != '-'))
        return std::nullopt;
    const QDate date(*year, *mon, *day);
    const QTime clock(*hh, *mm, *ss);
    if (!date.isValid() || !clock.isValid() || *zm > 59)
        return std::nullopt;
    const int offset = (zone[0] == '-' ? -1 : 1) * (*zh * 3600 + *zm * 60);
    return QDateTime(date, clock, Qt::UTC).addSecs(-offset);
}

QByteArray formatInternalDate(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    const QDate d = utc.date();
    return QByteArray::number(d.day()).rightJustified(2, '0') + '-' + kMonths[d.month() - 1] + '-' +
           QByteArray::number(d.year()) + ' ' +
           utc.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " +0000";
}

QByteArray formatSearchDate(QDate date)
{
    return QByteArray::number(date.day()) + '-' + kMonths[date.month() - 1] + '-' +
           QByteArray::number(date.year());
}

} // namespace lb::imap
