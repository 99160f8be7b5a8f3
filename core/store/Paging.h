// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/StrongId.h"
#include "store/Records.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

namespace lb::store {

enum class SortKey
{
    Date,
    Sender,
    Subject,
    Size
};
enum class SortDirection
{
    Descending,
    Ascending
};

// Where a page ended: the last row's sort value and its id (ids break ties), so the next page
// starts right after it with an index seek instead of OFFSET.
struct PageCursor
{
    std::variant<std::int64_t, QString> value;
    MessageId id;
};

struct MessagePage
{
    std::vector<MessageRow> rows;
    std::optional<PageCursor> next; // absent when this page reached the end
};

} // namespace lb::store
