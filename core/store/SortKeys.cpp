// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SortKeys.h"

#include "store/Database.h"

#include <array>
#include <string_view>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace lb::store {

namespace {

// Reply and forward markers in several languages, longest first where one begins another.
constexpr std::array<std::u16string_view, 11> kMarkers{u"antw", u"fwd", u"rif", u"re", u"fw", u"aw",
                                                       u"sv",   u"vs",  u"wg",  u"tr", u"r"};

// Case-insensitive against a lowercase ASCII word; folding lets "ſ" count as "s", as a
// Unicode case-insensitive match would.
bool startsWithFolded(QStringView text, qsizetype pos, std::u16string_view word)
{
    if (text.size() - pos < qsizetype(word.size()))
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const QChar c = text[pos + qsizetype(i)];
        // In ASCII only letters become letters when the 0x20 bit is set.
        const char16_t folded =
            c.unicode() < 0x80 ? char16_t(c.unicode() | 0x20) : c.toCaseFolded().unicode();
        if (folded != word[i])
            return false;
    }
    return true;
}

// ASCII white space and digits only, as the rule has always been applied: the stored keys of
// existing rows must compare the same way as new ones.
bool isAsciiSpace(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

qsizetype skipSpaces(QStringView text, qsizetype pos)
{
    while (pos < text.size() && isAsciiSpace(text[pos]))
        ++pos;
    return pos;
}

// A count after the marker: spaces, then "[2]" or "(2)" (either bracket closes either).
qsizetype skipCount(QStringView text, qsizetype pos)
{
    const qsizetype open = skipSpaces(text, pos);
    if (open >= text.size() || (text[open] != u'[' && text[open] != u'('))
        return pos;
    qsizetype end = open + 1;
    while (end < text.size() && isAsciiDigit(text[end]))
        ++end;
    if (end == open + 1 || end >= text.size() || (text[end] != u']' && text[end] != u')'))
        return pos;
    return end + 1;
}

// One "Re:", "Fwd[2] :", ... at pos with the spaces after it: the position after, or pos.
qsizetype skipMarker(QStringView text, qsizetype pos)
{
    for (const std::u16string_view word : kMarkers) {
        if (!startsWithFolded(text, pos, word))
            continue;
        const qsizetype colon = skipSpaces(text, skipCount(text, pos + qsizetype(word.size())));
        if (colon < text.size() && text[colon] == u':')
            return skipSpaces(text, colon + 1);
    }
    return pos;
}

} // namespace

QString sortSubject(const QString &subject)
{
    // Leading reply/forward markers, optionally counted ("Re[2]:"), possibly repeated
    // ("Re: Fwd: Re:"). Leading spaces go only with a marker; simplified() drops them anyway.
    qsizetype pos = skipSpaces(subject, 0);
    for (qsizetype next = skipMarker(subject, pos); next != pos; next = skipMarker(subject, pos))
        pos = next;
    return QStringView(subject).mid(pos).toString().simplified().toCaseFolded();
}

QString sortSender(const QString &name, const QString &address)
{
    const QString shown = name.trimmed().isEmpty() ? address : name;
    return shown.simplified().toCaseFolded();
}

namespace {

QString argText(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return QString::fromUtf8(text, sqlite3_value_bytes(value));
}

void resultText(sqlite3_context *context, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void sqlSortSubject(sqlite3_context *context, int, sqlite3_value **argv)
{
    resultText(context, sortSubject(argText(argv[0])));
}

void sqlSortSender(sqlite3_context *context, int, sqlite3_value **argv)
{
    resultText(context, sortSender(argText(argv[0]), argText(argv[1])));
}

} // namespace

Result<void> registerSortFunctions(Database &db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    int rc = sqlite3_create_function_v2(db.handle(), "lb_sort_subject", 1, flags, nullptr,
                                        sqlSortSubject, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db.handle(), "lb_sort_sender", 2, flags, nullptr,
                                        sqlSortSender, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return db.lastError(u"Could not register the sort functions"_s, rc);
    return Ok{};
}

} // namespace lb::store
