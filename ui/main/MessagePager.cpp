// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MessagePager.h"

#include "store/Store.h"

namespace lb::ui {
namespace {
// Rows a filtered read may scan per call: a few milliseconds of SQLite.
constexpr int kScanBudget = 4000;
constexpr int kSearchLimit = 10000;
} // namespace

MessagePager::MessagePager(store::Store &store, ListSource source, store::SortKey key,
                           store::SortDirection direction, QString quickFilter)
    : m_store(store), m_source(std::move(source)), m_key(key), m_direction(direction),
      m_filterWords(quickFilter.simplified().split(u' ', Qt::SkipEmptyParts))
{
    if (m_source.kind == ListSource::Kind::None)
        m_atEnd = true;
    // The unified inbox is ordered by date only (the store merges the inboxes by date).
    if (m_source.kind == ListSource::Kind::UnifiedInbox)
        m_key = store::SortKey::Date;
}

bool MessagePager::matches(const store::MessageRow &row) const
{
    for (const QString &word : m_filterWords) {
        const store::MessageRecord &r = row.record;
        if (!r.subject.contains(word, Qt::CaseInsensitive) &&
            !r.fromName.contains(word, Qt::CaseInsensitive) &&
            !r.fromAddress.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

Result<store::MessagePage> MessagePager::page(std::optional<store::PageCursor> after,
                                              int limit) const
{
    if (m_source.kind == ListSource::Kind::UnifiedInbox)
        return m_store.unifiedInboxPage(m_direction, std::move(after), limit);
    return m_store.messagesPage(m_source.folder, m_key, m_direction, std::move(after), limit);
}

Result<std::vector<store::MessageRow>> MessagePager::next(int limit)
{
    std::vector<store::MessageRow> out;
    if (m_atEnd || limit <= 0)
        return out;
    if (m_source.kind == ListSource::Kind::Search) {
        // FTS answers newest first with a limit; ask for more and keep what is new.
        const int want = std::min(m_searchTaken + limit, kSearchLimit);
        auto rows = m_store.search(m_source.searchText, std::nullopt, want);
        if (!rows)
            return rows.error();
        for (std::size_t i = std::size_t(m_searchTaken); i < rows->size(); ++i) {
            if (matches((*rows)[i]))
                out.push_back(std::move((*rows)[i]));
        }
        m_atEnd = int(rows->size()) < want || want >= kSearchLimit;
        m_searchTaken = int(rows->size());
        return out;
    }
    int scanned = 0;
    while (int(out.size()) < limit && scanned < kScanBudget) {
        const int ask = m_filterWords.isEmpty() ? limit - int(out.size()) : std::max(limit, 500);
        auto got = page(m_cursor, ask);
        if (!got)
            return got.error();
        scanned += int(got->rows.size());
        for (store::MessageRow &row : got->rows) {
            if (matches(row))
                out.push_back(std::move(row));
        }
        m_cursor = got->next;
        if (!m_cursor) {
            m_atEnd = true;
            break;
        }
    }
    return out;
}

Result<std::vector<store::MessageRow>> MessagePager::head(int limit) const
{
    if (m_source.kind == ListSource::Kind::None)
        return std::vector<store::MessageRow>();
    if (m_source.kind == ListSource::Kind::Search) {
        auto rows = m_store.search(m_source.searchText, std::nullopt, limit);
        if (!rows)
            return rows.error();
        return *rows;
    }
    auto got = page(std::nullopt, limit);
    if (!got)
        return got.error();
    std::vector<store::MessageRow> out;
    for (store::MessageRow &row : got->rows) {
        if (matches(row))
            out.push_back(std::move(row));
    }
    return out;
}

} // namespace lb::ui
