// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"
#include "pop3/Reply.h"

#include <QList>

#include <cstdint>

namespace lb::pop3 {

// A message's number within this session (RFC 1939 section 3): 1-based, valid only until QUIT.
using MessageNumber = StrongId<struct MessageNumberTag, std::uint32_t>;

// STAT (RFC 1939 section 5): "+OK nn mm".
struct MaildropStat
{
    std::uint32_t count = 0;
    std::uint64_t octets = 0;
    bool operator==(const MaildropStat &) const = default;
};

// One scan listing of LIST (RFC 1939 section 5): "msg-number octets".
struct ScanListing
{
    MessageNumber number;
    std::uint64_t octets = 0;
    bool operator==(const ScanListing &) const = default;
};

// One unique-id listing of UIDL (RFC 1939 section 7).
struct UniqueIdListing
{
    MessageNumber number;
    QByteArray uniqueId;
    bool operator==(const UniqueIdListing &) const = default;
};

// Something a listing got wrong that we tolerated or skipped; `line` is 1-based in the body.
struct ListingDefect
{
    qsizetype line = 0;
    QString what;
};

struct ScanList
{
    QList<ScanListing> entries;
    QList<ListingDefect> defects;
};

struct UniqueIdList
{
    QList<UniqueIdListing> entries;
    QList<ListingDefect> defects;
};

[[nodiscard]] Result<MaildropStat> parseStat(const StatusLine &status);

// LIST without argument: the multi-line body. Unreadable lines are skipped with a defect.
[[nodiscard]] ScanList parseScanList(QByteArrayView body);
// LIST n: the single-line "+OK n octets".
[[nodiscard]] Result<ScanListing> parseScanListing(const StatusLine &status);

// UIDL without argument. An id outside 0x21-0x7E or longer than 70 octets (RFC 1939
// section 7) is kept with a defect, since some servers send such ids and they still work
// as keys; an empty id or a duplicate is skipped with a defect.
[[nodiscard]] UniqueIdList parseUniqueIdList(QByteArrayView body);
// UIDL n: the single-line "+OK n unique-id".
[[nodiscard]] Result<UniqueIdListing> parseUniqueIdListing(const StatusLine &status);

// Why a unique-id is out of RFC 1939's grammar, or empty when it is fine.
[[nodiscard]] QString uniqueIdProblem(QByteArrayView id);

} // namespace lb::pop3
