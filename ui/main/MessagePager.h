// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"
#include "store/Paging.h"

#include <QString>

#include <optional>
#include <vector>

namespace lb::store {
class Store;
}

namespace lb::ui {

// What a message list shows.
struct ListSource
{
    enum class Kind
    {
        None,
        Folder,
        UnifiedInbox,
        Search, // full-text search over every cached message (store FTS)
    };
    Kind kind = Kind::None;
    FolderId folder;
    QString searchText;

    [[nodiscard]] static ListSource ofFolder(FolderId folder) { return {Kind::Folder, folder, {}}; }
    [[nodiscard]] static ListSource unifiedInbox() { return {Kind::UnifiedInbox, {}, {}}; }
    [[nodiscard]] static ListSource search(QString text)
    {
        return {Kind::Search, {}, std::move(text)};
    }
};

// Reads a list page by page with the store's keyset queries, so the caller never holds more
// than it asked for. A quick filter (words that must all appear in the subject or the sender)
// is applied while reading: each call reads at most a bounded number of rows, so a filter
// that matches little costs several calls, never one long stall.
// Contract: uses the caller's Store on the caller's thread (the GUI thread's read connection).
class MessagePager
{
public:
    MessagePager(store::Store &store, ListSource source, store::SortKey key,
                 store::SortDirection direction, QString quickFilter = {});

    // Up to `limit` more rows in order; fewer (possibly none) when the scan budget ran out or
    // the end was reached (see atEnd).
    [[nodiscard]] Result<std::vector<store::MessageRow>> next(int limit);
    [[nodiscard]] bool atEnd() const { return m_atEnd; }
    // The first `limit` rows from the start, without moving this pager (to spot new mail).
    [[nodiscard]] Result<std::vector<store::MessageRow>> head(int limit) const;
    [[nodiscard]] bool matches(const store::MessageRow &row) const;

private:
    [[nodiscard]] Result<store::MessagePage> page(std::optional<store::PageCursor> after,
                                                  int limit) const;

    store::Store &m_store;
    ListSource m_source;
    store::SortKey m_key;
    store::SortDirection m_direction;
    QStringList m_filterWords;
    std::optional<store::PageCursor> m_cursor;
    int m_searchTaken = 0;
    bool m_atEnd = false;
};

} // namespace lb::ui
