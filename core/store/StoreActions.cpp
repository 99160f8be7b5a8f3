// SPDX-License-Identifier: GPL-3.0-or-later
// What the user does to messages (move, copy, empty a folder), applied to the cache at once so
// the lists change before the server has heard of it; the offline queue carries it there.
#include "store/RowReader.h"
#include "store/Store.h"
#include "store/Transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::store {

Result<void> Store::relocateMessage(MessageId message, FolderId target, Uid uid)
{
    // The count triggers move the message between the two folders' totals.
    return runStatement(*m_db, "UPDATE messages SET folder_id = ?2, uid = ?3 WHERE id = ?1",
                        [&](Statement &s) {
                            s.bindInt(1, message.value).bindInt(2, target.value);
                            if (uid.isValid())
                                s.bindInt(3, uid.value);
                            else
                                s.bindNull(3);
                        });
}

Result<MessageId> Store::copyMessage(MessageId message, FolderId target)
{
    auto original = this->message(message);
    if (!original)
        return original.error();
    if (!*original)
        return storageError(u"Message %1 is not in the mail cache"_s.arg(message.value));
    MessageRecord record = (*original)->record;
    record.uid = Uid{};
    record.uidl.clear(); // a new local message: no server identity
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto account = accountOf(target);
    if (!account)
        return account.error();
    auto id = insertMessage(target, *account, record);
    if (!id)
        return id.error();
    auto body =
        runStatement(*m_db,
                     "INSERT INTO message_bodies (message_id, raw) "
                     "SELECT ?2, raw FROM message_bodies WHERE message_id = ?1",
                     [&](Statement &s) { s.bindInt(1, message.value).bindInt(2, id->value); });
    if (!body)
        return body.error();
    auto state =
        runStatement(*m_db, "UPDATE messages SET body_state = ?2 WHERE id = ?1", [&](Statement &s) {
            s.bindInt(1, id->value).bindInt(2, int((*original)->bodyState));
        });
    if (!state)
        return state.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return id;
}

Result<std::vector<MessageRow>> Store::folderMessages(FolderId folder)
{
    return messageRows("SELECT " LB_MESSAGE_COLUMNS " FROM messages WHERE folder_id = ?1 "
                       "ORDER BY id",
                       folder.value);
}

Result<void> Store::reviseOp(const PendingOp &op)
{
    return runStatement(*m_db,
                        "UPDATE pending_ops SET kind = ?2, message_id = ?3, target_folder_id = ?4, "
                        "flags_add = ?5, flags_remove = ?6 WHERE id = ?1",
                        [&](Statement &s) {
                            s.bindInt(1, op.id.value).bindText(2, opKindText(op.kind));
                            if (op.message.isValid())
                                s.bindInt(3, op.message.value);
                            else
                                s.bindNull(3);
                            if (op.targetFolder.isValid())
                                s.bindInt(4, op.targetFolder.value);
                            else
                                s.bindNull(4);
                            s.bindInt(5, op.flagsAdd.toInt()).bindInt(6, op.flagsRemove.toInt());
                        });
}

} // namespace lb::store
