// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Listings.h"

#include "pop3/Tokens.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace lb::pop3 {

namespace {

constexpr qsizetype MaxUniqueIdLength = 70; // RFC 1939 section 7

Error malformed(const char *what, const StatusLine &status)
{
    return Error{ErrorScope::Connection, Remedy::RetryLater,
                 u"The POP3 server sent a malformed %1 reply."_s.arg(QLatin1String(what)),
                 QString::fromUtf8(status.text)};
}

std::optional<MessageNumber> parseNumber(QByteArrayView word)
{
    const auto value = parseDecimal(word, UINT32_MAX);
    if (!value || *value == 0)
        return std::nullopt;
    return MessageNumber(std::uint32_t(*value));
}

// "n octets [more]": servers may append information after the size (RFC 1939 section 5).
std::optional<ScanListing> scanFromWords(const QByteArrayList &words)
{
    if (words.size() < 2)
        return std::nullopt;
    const auto number = parseNumber(words[0]);
    const auto octets = parseDecimal(words[1]);
    if (!number || !octets)
        return std::nullopt;
    return ScanListing{*number, *octets};
}

} // namespace

Result<MaildropStat> parseStat(const StatusLine &status)
{
    const QByteArrayList words = splitWords(status.text);
    if (!status.ok() || words.size() < 2)
        return malformed("STAT", status);
    const auto count = parseDecimal(words[0], UINT32_MAX);
    const auto octets = parseDecimal(words[1]);
    if (!count || !octets)
        return malformed("STAT", status);
    return MaildropStat{std::uint32_t(*count), *octets};
}

ScanList parseScanList(QByteArrayView body)
{
    ScanList list;
    qsizetype lineNumber = 0;
    for (QByteArrayView line : bodyLines(body)) {
        ++lineNumber;
        if (auto scan = scanFromWords(splitWords(line)))
            list.entries.append(*scan);
        else
            list.defects.append({lineNumber, u"unreadable scan listing skipped"_s});
    }
    return list;
}

Result<ScanListing> parseScanListing(const StatusLine &status)
{
    const auto scan = status.ok() ? scanFromWords(splitWords(status.text)) : std::nullopt;
    if (!scan)
        return malformed("LIST", status);
    return *scan;
}

QString uniqueIdProblem(QByteArrayView id)
{
    if (id.isEmpty())
        return u"empty unique-id"_s;
    if (id.size() > MaxUniqueIdLength)
        return u"unique-id longer than 70 octets"_s;
    for (char c : id) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7E)
            return u"unique-id has octets outside 0x21-0x7E"_s;
    }
    return {};
}

UniqueIdList parseUniqueIdList(QByteArrayView body)
{
    UniqueIdList list;
    QSet<QByteArray> seen;
    qsizetype lineNumber = 0;
    for (QByteArrayView line : bodyLines(body)) {
        ++lineNumber;
        // The id is everything after the number; splitting on the first space keeps ids
        // with odd octets whole instead of dropping their tails.
        const QByteArrayView trimmed = line.trimmed();
        const qsizetype space = trimmed.indexOf(' ');
        const auto number = space > 0 ? parseNumber(trimmed.first(space)) : std::nullopt;
        const QByteArray id =
            space > 0 ? trimmed.sliced(space + 1).trimmed().toByteArray() : QByteArray();
        if (!number || id.isEmpty()) {
            list.defects.append({lineNumber, u"unreadable unique-id listing skipped"_s});
            continue;
        }
        if (seen.contains(id)) {
            list.defects.append({lineNumber, u"duplicate unique-id skipped"_s});
            continue;
        }
        if (const QString problem = uniqueIdProblem(id); !problem.isEmpty())
            list.defects.append({lineNumber, problem});
        seen.insert(id);
        list.entries.append({*number, id});
    }
    return list;
}

Result<UniqueIdListing> parseUniqueIdListing(const StatusLine &status)
{
    const QByteArrayList words = splitWords(status.text);
    const auto number = words.size() >= 2 ? parseNumber(words[0]) : std::nullopt;
    if (!status.ok() || !number || words.size() != 2)
        return malformed("UIDL", status);
    return UniqueIdListing{*number, words[1]};
}

} // namespace lb::pop3
