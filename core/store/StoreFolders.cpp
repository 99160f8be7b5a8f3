// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RowReader.h"
#include "store/Store.h"
#include "store/Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::store {
namespace {

#define LB_FOLDER_COLUMNS                                                                          \
    "id, account_id, path, delimiter, role, role_overridden, subscribed, uidvalidity, uidnext, "   \
    "highestmodseq, total, unread"

FolderRecord readFolder(const Statement &s)
{
    FolderRecord f;
    f.id = FolderId{s.intAt(0)};
    f.account = AccountId{s.intAt(1)};
    f.path = s.textAt(2);
    const QString delimiter = s.textAt(3);
    f.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    f.role = roleFromText(s.textAt(4));
    f.roleOverridden = s.intAt(5) != 0;
    f.subscribed = s.intAt(6) != 0;
    f.sync.uidValidity = UidValidity{std::uint32_t(s.intAt(7))};
    f.sync.uidNext = Uid{std::uint32_t(s.intAt(8))};
    f.sync.highestModSeq = ModSeq{std::uint64_t(s.intAt(9))};
    f.total = s.intAt(10);
    f.unread = s.intAt(11);
    return f;
}

} // namespace

Result<FolderId> Store::upsertFolder(const FolderRecord &folder)
{
    // A role the user chose survives the server's next LIST.
    auto stmt = m_db->prepare(
        "INSERT INTO folders (account_id, path, delimiter, role, subscribed) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (account_id, path) DO UPDATE SET "
        "delimiter = excluded.delimiter, subscribed = excluded.subscribed, "
        "role = CASE WHEN folders.role_overridden THEN folders.role ELSE excluded.role END "
        "RETURNING id");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, folder.account.value)
        .bindText(2, folder.path)
        .bindText(3, folder.delimiter.isNull() ? QString() : QString(folder.delimiter))
        .bindText(4, roleText(folder.role))
        .bindInt(5, folder.subscribed ? 1 : 0);
    auto row = stmt->step();
    if (!row)
        return row.error();
    const FolderId id{stmt->intAt(0)};
    if (auto rest = stmt->run(); !rest) // finish the statement so the write completes
        return rest.error();
    return id;
}

Result<std::vector<FolderRecord>> Store::folders(AccountId account)
{
    auto stmt = m_db->prepare("SELECT " LB_FOLDER_COLUMNS
                              " FROM folders WHERE account_id = ?1 ORDER BY path");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, account.value);
    return collectRows(*stmt, readFolder);
}

Result<std::optional<FolderRecord>> Store::folder(FolderId folder)
{
    auto stmt = m_db->prepare("SELECT " LB_FOLDER_COLUMNS " FROM folders WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, folder.value);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<FolderRecord>();
    return std::optional<FolderRecord>(readFolder(*stmt));
}

Result<void> Store::setFolderRole(FolderId folder, FolderRole role)
{
    return runStatement(
        *m_db, "UPDATE folders SET role = ?2, role_overridden = 1 WHERE id = ?1",
        [&](Statement &s) { s.bindInt(1, folder.value).bindText(2, roleText(role)); });
}

Result<void> Store::removeFolder(FolderId folder)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto done = runStatement(*m_db, "DELETE FROM folders WHERE id = ?1",
                             [&](Statement &s) { s.bindInt(1, folder.value); });
    if (!done)
        return done;
    return tx->commit();
}

Result<void> Store::setFolderSyncState(FolderId folder, const FolderSyncState &state)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto current = this->folder(folder);
    if (!current)
        return current.error();
    if (!*current)
        return storageError(u"Folder %1 is not in the mail cache"_s.arg(folder.value));
    const UidValidity stored = (*current)->sync.uidValidity;
    if (stored.isValid() && stored != state.uidValidity && (*current)->total > 0) {
        return Error{ErrorScope::Folder,
                     Remedy::RetryNow,
                     u"UIDVALIDITY of %1 changed from %2 to %3: its cached messages must be "
                     u"cleared first"_s.arg((*current)->path)
                         .arg(stored.value)
                         .arg(state.uidValidity.value),
                     {}};
    }
    auto done = runStatement(*m_db,
                             "UPDATE folders SET uidvalidity = ?2, uidnext = ?3, "
                             "highestmodseq = ?4 WHERE id = ?1",
                             [&](Statement &s) {
                                 s.bindInt(1, folder.value)
                                     .bindInt(2, state.uidValidity.value)
                                     .bindInt(3, state.uidNext.value)
                                     .bindInt(4, std::int64_t(state.highestModSeq.value));
                             });
    if (!done)
        return done;
    return tx->commit();
}

Result<void> Store::clearFolder(FolderId folder, UidValidity newValidity)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto removed = runStatement(*m_db, "DELETE FROM messages WHERE folder_id = ?1",
                                [&](Statement &s) { s.bindInt(1, folder.value); });
    if (!removed)
        return removed;
    auto reset = runStatement(
        *m_db,
        "UPDATE folders SET uidvalidity = ?2, uidnext = 0, "
        "highestmodseq = 0 WHERE id = ?1",
        [&](Statement &s) { s.bindInt(1, folder.value).bindInt(2, newValidity.value); });
    if (!reset)
        return reset;
    return tx->commit();
}

Result<FolderCounts> Store::counts(FolderId folder)
{
    auto stmt = m_db->prepare("SELECT total, unread FROM folders WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, folder.value);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return storageError(u"Folder %1 is not in the mail cache"_s.arg(folder.value));
    return FolderCounts{stmt->intAt(0), stmt->intAt(1)};
}

Result<AccountId> Store::accountOf(FolderId folder)
{
    auto stmt = m_db->prepare("SELECT account_id FROM folders WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bindInt(1, folder.value);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return storageError(u"Folder %1 is not in the mail cache"_s.arg(folder.value));
    return AccountId{stmt->intAt(0)};
}

} // namespace lb::store
