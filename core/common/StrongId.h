// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace lb {

// An integer that knows what it counts, so a FolderId cannot be passed where a MessageId
// is expected. Tag is an empty struct that only names the kind.
template<typename Tag, typename Rep = std::int64_t>
struct StrongId
{
    Rep value = 0;

    constexpr StrongId() = default;
    constexpr explicit StrongId(Rep v) : value(v) {}
    [[nodiscard]] constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const StrongId &) const = default;
};

using AccountId = StrongId<struct AccountIdTag>;
using FolderId = StrongId<struct FolderIdTag>;
using MessageId = StrongId<struct MessageIdTag>;
using ThreadId = StrongId<struct ThreadIdTag>;

// IMAP identities (RFC 3501 section 2.3.1.1, RFC 7162).
using Uid = StrongId<struct UidTag, std::uint32_t>;
using UidValidity = StrongId<struct UidValidityTag, std::uint32_t>;
using ModSeq = StrongId<struct ModSeqTag, std::uint64_t>;

} // namespace lb

template<typename Tag, typename Rep>
struct std::hash<lb::StrongId<Tag, Rep>>
{
    std::size_t operator()(const lb::StrongId<Tag, Rep> &id) const noexcept
    {
        return std::hash<Rep>{}(id.value);
    }
};
