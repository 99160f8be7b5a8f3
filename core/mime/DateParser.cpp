// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/DateParser.h"

#include <QTimeZone>

#include <array>
#include <vector>

namespace lb::mime {
namespace {

struct Fields
{
    int day = -1, month = -1, year = -1;
    int hour = -1, minute = -1, second = 0;
    std::optional<int> offsetMinutes;
    bool zoneSeen = false;
};

int monthNumber(QByteArrayView word)
{
    static constexpr std::array<const char *, 12> names = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3)
        return -1;
    const QByteArray lower = word.first(3).toByteArray().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == names[size_t(i)])
            return i + 1;
    }
    return -1;
}

// RFC 5322 4.3 obs-zone names; other letters (military zones) are "unknown".
std::optional<int> namedZone(QByteArrayView word)
{
    const QByteArray z = word.toByteArray().toUpper();
    static const std::array<std::pair<const char *, int>, 14> zones = {{{"UT", 0},
                                                                        {"UTC", 0},
                                                                        {"GMT", 0},
                                                                        {"Z", 0},
                                                                        {"EST", -300},
                                                                        {"EDT", -240},
                                                                        {"CST", -360},
                                                                        {"CDT", -300},
                                                                        {"MST", -420},
                                                                        {"MDT", -360},
                                                                        {"PST", -480},
                                                                        {"PDT", -420},
                                                                        {"AST", -240},
                                                                        {"ADT", -180}}};
    for (const auto &[name, minutes] : zones) {
        if (z == name)
            return minutes;
    }
    return std::nullopt;
}

bool allDigits(QByteArrayView w)
{
    return !w.isEmpty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// RFC 5322 4.3 allows CFWS around the colons of the time: drop comments, then the blanks
// next to a colon, so that "09 : 55" reads as one word.
QByteArray withoutCfwsInTime(QByteArrayView v)
{
    QByteArray clean;
    clean.reserve(v.size());
    int depth = 0;
    for (const char c : v) {
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0)
            clean.append(c);
    }
    QByteArray out;
    out.reserve(clean.size());
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const char c = clean[i];
        if (c == ' ' || c == '\t') {
            qsizetype j = i;
            while (j < clean.size() && (clean[j] == ' ' || clean[j] == '\t'))
                ++j;
            const bool nextToColon =
                (j < clean.size() && clean[j] == ':') || (!out.isEmpty() && out.back() == ':');
            if (!nextToColon)
                out.append(' ');
            i = j - 1;
            continue;
        }
        out.append(c);
    }
    return out;
}

std::vector<QByteArrayView> words(QByteArrayView v)
{
    std::vector<QByteArrayView> out;
    qsizetype i = 0;
    int comment = 0;
    while (i < v.size()) {
        const char c = v[i];
        if (c == '(' || (comment && c == ')')) {
            comment += c == '(' ? 1 : -1;
            ++i;
            continue;
        }
        if (comment || c == ' ' || c == '\t' || c == ',' || c == '\r' || c == '\n') {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < v.size() && v[i] != ' ' && v[i] != '\t' && v[i] != ',' && v[i] != '(' &&
               v[i] != '\r' && v[i] != '\n')
            ++i;
        out.push_back(v.sliced(start, i - start));
    }
    return out;
}

bool readTime(QByteArrayView w, Fields &f)
{
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> p;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= w.size(); ++i) {
            if (i == w.size() || w[i] == ':' || w[i] == '.') {
                p.append(w.sliced(start, i - start));
                start = i + 1;
            }
        }
        return p;
    }();
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    for (const auto &p : parts) {
        if (!allDigits(p) || p.size() > 2)
            return false;
    }
    f.hour = parts[0].toInt();
    f.minute = parts[1].toInt();
    f.second = parts.size() == 3 ? parts[2].toInt() : 0;
    return true;
}

bool readNumericZone(QByteArrayView w, Fields &f)
{
    if (w.size() < 2 || (w[0] != '+' && w[0] != '-'))
        return false;
    QByteArrayView hh = w.sliced(1, qMin<qsizetype>(2, w.size() - 1));
    QByteArrayView mm = w.sliced(1 + hh.size());
    if (mm.startsWith(':')) // "+01:00", seen in the wild
        mm = mm.sliced(1);
    if (!allDigits(hh) || !allDigits(mm) || hh.size() != 2 || mm.size() != 2)
        return false;
    const int minutes = hh.toInt() * 60 + mm.toInt();
    f.zoneSeen = true;
    // RFC 5322 3.3: "-0000" means the local zone is unknown.
    if (!(w[0] == '-' && minutes == 0))
        f.offsetMinutes = w[0] == '-' ? -minutes : minutes;
    return true;
}

void readWord(QByteArrayView w, Fields &f)
{
    if (f.hour < 0 && w.contains(':') && readTime(w, f))
        return;
    if (readNumericZone(w, f))
        return;
    if (allDigits(w)) {
        const int n = w.toInt();
        if (f.day < 0 && w.size() <= 2 && n >= 1 && n <= 31 && f.year < 0)
            f.day = n;
        else if (f.year < 0)
            f.year = w.size() == 3 ? n + 1900 : n; // RFC 5322 4.3: three digits add 1900
        return;
    }
    if (const int m = monthNumber(w); m > 0 && f.month < 0) {
        f.month = m;
        return;
    }
    if (f.hour >= 0 && !f.zoneSeen) {
        f.zoneSeen = true;
        f.offsetMinutes = namedZone(w);
    }
}

// "12-Jan-2003" (obsolete and IMAP-style) splits into three words.
std::vector<QByteArrayView> splitDashed(const std::vector<QByteArrayView> &in)
{
    std::vector<QByteArrayView> out;
    for (QByteArrayView w : in) {
        const qsizetype a = w.indexOf('-');
        const qsizetype b = a > 0 ? w.indexOf('-', a + 1) : -1;
        if (a > 0 && b > a + 1 && b + 1 < w.size() && monthNumber(w.sliced(a + 1)) > 0) {
            out.push_back(w.first(a));
            out.push_back(w.sliced(a + 1, b - a - 1));
            out.push_back(w.sliced(b + 1));
        } else {
            out.push_back(w);
        }
    }
    return out;
}

} // namespace

std::optional<ParsedDate> parseDateDetailed(QByteArrayView value)
{
    Fields f;
    const QByteArray clean = withoutCfwsInTime(value);
    for (QByteArrayView w : splitDashed(words(clean)))
        readWord(w, f);
    if (f.day < 0 || f.month < 0 || f.year < 0)
        return std::nullopt;
    if (f.year < 100) // the usual reading of two-digit years: 69-99 -> 19xx, 00-68 -> 20xx
        f.year += f.year >= 69 ? 1900 : 2000;
    if (f.hour < 0)
        f.hour = f.minute = 0;
    const QDate date(f.year, f.month, f.day);
    const QTime time(f.hour, f.minute, f.second == 60 ? 59 : f.second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    ParsedDate parsed;
    parsed.zoneKnown = f.offsetMinutes.has_value();
    parsed.offsetSeconds = f.offsetMinutes.value_or(0) * 60;
    parsed.utc = QDateTime(date, time, Qt::UTC).addSecs(-qint64(parsed.offsetSeconds));
    if (!parsed.utc.isValid())
        return std::nullopt; // a zone offset beyond any calendar
    return parsed;
}

std::optional<QDateTime> parseDate(QByteArrayView value)
{
    if (auto parsed = parseDateDetailed(value))
        return parsed->utc;
    return std::nullopt;
}

} // namespace lb::mime
