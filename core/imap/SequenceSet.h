// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>

#include <cstdint>

namespace lb::imap {

// An IMAP sequence set such as "1:5,7,9:*" (RFC 9051 section 9, sequence-set), used for both
// message sequence numbers and UIDs.
class SequenceSet
{
public:
    // "*": the largest number in use in the mailbox. 0 is never a valid sequence number or
    // UID, so it can stand for it.
    static constexpr std::uint32_t Star = 0;

    // first <= last, except that Star is always kept in `last` ("*:4" reads as "4:*").
    struct Range
    {
        std::uint32_t first = 1;
        std::uint32_t last = 1;
        bool operator==(const Range &) const = default;
    };

    SequenceSet() = default;
    static SequenceSet single(std::uint32_t n);
    static SequenceSet range(std::uint32_t first, std::uint32_t last);
    // Sorts, removes duplicates and merges neighbours: {5,1,2,3,9,10} -> "1:3,5,9:10".
    static SequenceSet fromNumbers(QList<std::uint32_t> numbers);
    [[nodiscard]] static Result<SequenceSet> parse(QByteArrayView text);

    void add(std::uint32_t n) { addRange(n, n); }
    void addRange(std::uint32_t first, std::uint32_t last);

    [[nodiscard]] bool isEmpty() const { return m_ranges.isEmpty(); }
    [[nodiscard]] const QList<Range> &ranges() const { return m_ranges; }
    // Whether n is in the set; Star is read as `largest`.
    [[nodiscard]] bool contains(std::uint32_t n, std::uint32_t largest = UINT32_MAX) const;
    // The numbers in the set, ascending, without duplicates; Star is read as `largest`.
    // At most `limit` numbers are returned, so "1:4294967295" cannot exhaust memory.
    [[nodiscard]] QList<std::uint32_t> toList(std::uint32_t largest,
                                              qsizetype limit = 10'000'000) const;
    [[nodiscard]] QByteArray toString() const;

    bool operator==(const SequenceSet &) const = default;

private:
    QList<Range> m_ranges;
};

} // namespace lb::imap
