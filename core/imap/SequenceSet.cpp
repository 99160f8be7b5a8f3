// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/SequenceSet.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lb::imap {

namespace {

QByteArray formatNumber(std::uint32_t n)
{
    return n == SequenceSet::Star ? QByteArray("*") : QByteArray::number(n);
}

// seq-number = nz-number / "*"
std::optional<std::uint32_t> parseNumber(QByteArrayView text)
{
    if (text == "*")
        return SequenceSet::Star;
    if (text.isEmpty() || text.size() > 10 || text.front() == '0')
        return std::nullopt;
    quint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    if (value > UINT32_MAX)
        return std::nullopt;
    return std::uint32_t(value);
}

} // namespace

SequenceSet SequenceSet::single(std::uint32_t n)
{
    SequenceSet set;
    set.add(n);
    return set;
}

SequenceSet SequenceSet::range(std::uint32_t first, std::uint32_t last)
{
    SequenceSet set;
    set.addRange(first, last);
    return set;
}

void SequenceSet::addRange(std::uint32_t first, std::uint32_t last)
{
    if (first == Star)
        std::swap(first, last);
    if (last != Star && first > last)
        std::swap(first, last);
    m_ranges.append(Range{first, last});
}

SequenceSet SequenceSet::fromNumbers(QList<std::uint32_t> numbers)
{
    numbers.removeAll(Star);
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    SequenceSet set;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        set.addRange(numbers[i], numbers[j]);
        i = j + 1;
    }
    return set;
}

Result<SequenceSet> SequenceSet::parse(QByteArrayView text)
{
    SequenceSet set;
    if (text.isEmpty())
        return inputError(u"An empty sequence set"_s);
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype comma = text.indexOf(',', start);
        if (comma < 0)
            comma = text.size();
        const QByteArrayView item = text.sliced(start, comma - start);
        start = comma + 1;
        const qsizetype colon = item.indexOf(':');
        const auto first = parseNumber(colon < 0 ? item : item.first(colon));
        const auto last = colon < 0 ? first : parseNumber(item.sliced(colon + 1));
        if (!first || !last)
            return inputError(u"Not a sequence set: %1"_s.arg(QString::fromLatin1(text)));
        set.addRange(*first, *last);
    }
    return set;
}

bool SequenceSet::contains(std::uint32_t n, std::uint32_t largest) const
{
    return std::any_of(m_ranges.begin(), m_ranges.end(), [&](const Range &r) {
        const std::uint32_t first = r.first == Star ? largest : r.first;
        const std::uint32_t last = r.last == Star ? largest : r.last;
        return n >= std::min(first, last) && n <= std::max(first, last);
    });
}

QList<std::uint32_t> SequenceSet::toList(std::uint32_t largest, qsizetype limit) const
{
    QList<std::uint32_t> out;
    for (const Range &r : m_ranges) {
        const std::uint32_t a = r.first == Star ? largest : r.first;
        const std::uint32_t b = r.last == Star ? largest : r.last;
        for (quint64 n = std::min(a, b); n <= std::max(a, b) && out.size() < limit; ++n)
            out.append(std::uint32_t(n));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    out.removeAll(Star);
    return out;
}

QByteArray SequenceSet::toString() const
{
    QByteArray out;
    for (const Range &r : m_ranges) {
        if (!out.isEmpty())
            out += ',';
        out += formatNumber(r.first);
        if (r.last != r.first)
            out += ':' + formatNumber(r.last);
    }
    return out;
}

} // namespace lb::imap
