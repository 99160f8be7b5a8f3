// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"
#include "store/Database.h"
#include "store/OutboxRecords.h"
#include "store/Paging.h"
#include "store/Records.h"

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace lb::store {

// The local mail cache: intention-revealing operations over one SQLite file; no SQL leaves
// this class. Thread contract: a Store is one connection, used only by the thread that opened
// it. Each account worker opens its own Store on the same file and so does the GUI thread;
// WAL lets the GUI read while a worker writes, and busy writers wait and retry. Every write
// method is one short transaction; nothing here blocks on the network.
class Store
{
public:
    // Opens (creating if needed) and migrates the cache file to the current schema.
    [[nodiscard]] static Result<Store> open(const QString &path, DatabaseOptions options = {});
    Store(Store &&) noexcept;
    Store &operator=(Store &&) noexcept;
    ~Store();

    // Accounts. Settings are plain key/value text; secrets belong in the keyring and are refused.
    [[nodiscard]] Result<AccountId> createAccount(const AccountRecord &account);
    [[nodiscard]] Result<void> updateAccount(const AccountRecord &account);
    [[nodiscard]] Result<void> removeAccount(AccountId account); // cascades to all its data
    [[nodiscard]] Result<std::vector<AccountRecord>> accounts();
    [[nodiscard]] Result<std::optional<AccountRecord>> account(AccountId account);
    [[nodiscard]] Result<void> setAccountSetting(AccountId account, const QString &key,
                                                 const QString &value);
    [[nodiscard]] Result<std::optional<QString>> accountSetting(AccountId account,
                                                                const QString &key);
    // Every setting of the account at once.
    [[nodiscard]] Result<QMap<QString, QString>> accountSettings(AccountId account);
    // Replaces all of the account's settings in one transaction (a cleared option disappears).
    [[nodiscard]] Result<void> replaceAccountSettings(AccountId account,
                                                      const QMap<QString, QString> &settings);

    // Folders, identified on the server by (account, path).
    [[nodiscard]] Result<FolderId> upsertFolder(const FolderRecord &folder);
    [[nodiscard]] Result<std::vector<FolderRecord>> folders(AccountId account);
    [[nodiscard]] Result<std::optional<FolderRecord>> folder(FolderId folder);
    [[nodiscard]] Result<void> setFolderRole(FolderId folder, FolderRole role); // user's choice
    [[nodiscard]] Result<void> removeFolder(FolderId folder);
    // Records UIDNEXT/HIGHESTMODSEQ. A UIDVALIDITY different from the stored one is refused
    // while the folder holds messages: their UIDs mean nothing now, so call clearFolder.
    [[nodiscard]] Result<void> setFolderSyncState(FolderId folder, const FolderSyncState &state);
    // Drops every message of the folder and starts over under a new UIDVALIDITY
    // (RFC 3501 section 2.3.1.1).
    [[nodiscard]] Result<void> clearFolder(FolderId folder, UidValidity newValidity);
    [[nodiscard]] Result<FolderCounts> counts(FolderId folder);

    // Inserts new messages and refreshes the flags of known ones, matched by server identity
    // (uid, else uidl), so fetching again never duplicates. One transaction for the batch;
    // returns the local ids in the batch's order. Headers of a known message are immutable on
    // the server and are not rewritten. New messages are threaded and indexed by their headers.
    [[nodiscard]] Result<std::vector<MessageId>>
    upsertHeaders(FolderId folder, std::span<const MessageRecord> batch);
    // The server's flags for these UIDs (unknown UIDs are ignored).
    [[nodiscard]] Result<void> applyFlags(FolderId folder, std::span<const FlagUpdate> updates);
    // A local change (the user marked messages read, flagged...).
    [[nodiscard]] Result<void> changeFlags(std::span<const MessageId> messages, MessageFlags add,
                                           MessageFlags remove);
    [[nodiscard]] Result<void> removeMessages(FolderId folder, std::span<const Uid> uids);
    [[nodiscard]] Result<void> removeMessages(std::span<const MessageId> messages);
    [[nodiscard]] Result<std::vector<Uid>> uids(FolderId folder); // ascending
    [[nodiscard]] Result<std::optional<MessageRow>> message(MessageId message);
    // Every copy of a Message-ID (the same mail may sit in several folders).
    [[nodiscard]] Result<std::vector<MessageRow>> messagesByMessageId(const QString &messageId);

    // Raw RFC 822 bytes, kept apart from the header rows.
    [[nodiscard]] Result<void> storeBody(MessageId message, const QByteArray &raw,
                                         BodyState state = BodyState::Full);
    [[nodiscard]] Result<std::optional<QByteArray>> body(MessageId message);
    // Adds a message's body text to the search index (the later, slower phase of a sync).
    [[nodiscard]] Result<void> indexText(MessageId message, const QString &bodyText);
    // The same for many messages in one transaction.
    [[nodiscard]] Result<void> indexTexts(std::span<const BodyText> texts);
    // Replaces the list's preview text (BodyText::text is the snippet) once a body arrived:
    // headers alone give only a poor one.
    [[nodiscard]] Result<void> setSnippets(std::span<const BodyText> snippets);

    // Keyset paging: rows after `after` (a cursor from the previous page), ties broken by id.
    [[nodiscard]] Result<MessagePage> messagesPage(FolderId folder, SortKey key,
                                                   SortDirection direction,
                                                   std::optional<PageCursor> after, int limit);
    // Every account's inbox together, by date.
    [[nodiscard]] Result<MessagePage> unifiedInboxPage(SortDirection direction,
                                                       std::optional<PageCursor> after, int limit);
    [[nodiscard]] Result<std::vector<MessageRow>> threadMessages(ThreadId thread); // by date
    // Full-text search of what the user typed (see toFtsQuery), newest first.
    [[nodiscard]] Result<std::vector<MessageRow>>
    search(const QString &userText, std::optional<AccountId> account, int limit);

    // The offline queue, oldest first per account.
    [[nodiscard]] Result<PendingOpId> enqueueOp(const PendingOp &op);
    [[nodiscard]] Result<std::optional<PendingOp>> nextOp(AccountId account);
    [[nodiscard]] Result<std::vector<PendingOp>> pendingOps(AccountId account); // incl. failed
    [[nodiscard]] Result<void> markOpAttempt(PendingOpId op, const QString &error);
    [[nodiscard]] Result<void> markOpFailed(PendingOpId op, const QString &error);
    [[nodiscard]] Result<void> removeOp(PendingOpId op);

    // The POP3 UIDL ledger.
    [[nodiscard]] Result<QSet<QString>> knownUidls(AccountId account);
    // One downloaded POP3 message in one transaction: its header row in `folder` (found again by
    // record.uidl, so a repeat never duplicates), its raw bytes and its ledger entry as Stored.
    // Once this returns the message survives a killed process (WAL); see durableCheckpoint().
    // firstSeen (UTC seconds; 0: now) dates the first download for the retention rules.
    [[nodiscard]] Result<MessageId> storePopMessage(FolderId folder, const MessageRecord &record,
                                                    const QByteArray &raw, BodyState state,
                                                    std::int64_t firstSeen = 0);
    // Several downloaded messages in ONE transaction, each as storePopMessage stores it: all of
    // them with their ledger entries, or none. Returns their ids in order.
    [[nodiscard]] Result<std::vector<MessageId>>
    storePopMessages(FolderId folder, std::span<const PopDownload> messages,
                     std::int64_t firstSeen = 0);
    // The account's whole ledger, every state, oldest first, with each local copy's body state.
    [[nodiscard]] Result<std::vector<PopSeenEntry>> popLedger(AccountId account);
    // The user deleted these messages here for good (emptied Trash, permanent delete) on an
    // account that deletes server copies too: Stored entries become DeleteRequested and the
    // next download session deletes them from the server. Call it before removing the local
    // rows, so a crash in between leaves at worst a local copy, never a forgotten server copy.
    // Returns how many entries were marked (others are already gone or being deleted).
    [[nodiscard]] Result<int> requestPopDeletion(AccountId account, std::span<const QString> uidls);
    [[nodiscard]] Result<void> recordPopSeen(AccountId account, const QString &uidl,
                                             MessageId message, PopState state);
    [[nodiscard]] Result<void> setPopState(AccountId account, std::span<const QString> uidls,
                                           PopState state);
    [[nodiscard]] Result<std::vector<PopSeenEntry>> popSeen(AccountId account, PopState state);

    // The Outbox (OutboxRecords.h), oldest first per account. Adding commits the message and
    // its envelope in one transaction; listing leaves the raw bytes out (outboxMessage).
    [[nodiscard]] Result<OutboxId> addToOutbox(const OutboxEntry &entry, const QByteArray &raw);
    [[nodiscard]] Result<std::vector<OutboxEntry>> outboxEntries(AccountId account);
    [[nodiscard]] Result<std::optional<OutboxEntry>> outboxEntry(OutboxId entry);
    [[nodiscard]] Result<QByteArray> outboxMessage(OutboxId entry);
    [[nodiscard]] Result<void> setOutboxState(OutboxId entry, OutboxState state,
                                              const QString &error = {});
    // The end of one attempt: the state, the error, every recipient's answer (matched by
    // position) and one more attempt counted, in one transaction.
    [[nodiscard]] Result<void> finishOutboxAttempt(OutboxId entry, OutboxState state,
                                                   const QString &error,
                                                   std::span<const OutboxRecipient> recipients);
    // Every Sending entry of the account becomes Uncertain with this reason; returns how many.
    [[nodiscard]] Result<int> markInterruptedSends(AccountId account, const QString &reason);
    [[nodiscard]] Result<void> removeFromOutbox(OutboxId entry);

    // IMAP sync (StoreImap.cpp). The message with that UID in the folder, if cached.
    [[nodiscard]] Result<std::optional<MessageRow>> messageByUid(FolderId folder, Uid uid);
    // The flags as cached, by UID ascending, to compare with a server's FETCH FLAGS.
    [[nodiscard]] Result<std::vector<FlagUpdate>> flagStates(FolderId folder);
    // Messages whose body is not cached, newest first, dated at or after notBefore (UTC
    // seconds; 0 for any date): what an offline policy still has to download.
    [[nodiscard]] Result<std::vector<MessageRow>>
    messagesWithoutBody(FolderId folder, std::int64_t notBefore, int limit);

    // Message actions (StoreActions.cpp): what the user does, applied at once. Files a message
    // in another folder keeping its id, body, flags and thread; `uid` is its UID there when
    // known, else none (a local folder, or a stand-in until the server's copy arrives).
    [[nodiscard]] Result<void> relocateMessage(MessageId message, FolderId target, Uid uid = {});
    // A copy of the message with its body in `target`, as a new message without server identity.
    [[nodiscard]] Result<MessageId> copyMessage(MessageId message, FolderId target);
    // Every message of the folder (headers only), by id: for emptying or expunging it.
    [[nodiscard]] Result<std::vector<MessageRow>> folderMessages(FolderId folder);
    // Changes a queued op before the server heard of it (kind, message, target and flags).
    [[nodiscard]] Result<void> reviseOp(const PendingOp &op);

    // One fsync that makes every commit so far survive power loss; see Database.h. Call it
    // right before a step that destroys the server's copy (POP3 QUIT after DELE, EXPUNGE).
    [[nodiscard]] Result<void> durableCheckpoint();

private:
    explicit Store(std::unique_ptr<Database> db);
    [[nodiscard]] Result<AccountId> accountOf(FolderId folder);
    [[nodiscard]] Result<MessageId> upsertOne(FolderId folder, AccountId account,
                                              const MessageRecord &record);
    [[nodiscard]] Result<std::optional<MessageId>> findByIdentity(FolderId folder,
                                                                  const MessageRecord &record);
    [[nodiscard]] Result<MessageId> insertMessage(FolderId folder, AccountId account,
                                                  const MessageRecord &record);
    struct KeyedRow
    {
        MessageRow row;
        PageCursor cursor;
    };
    [[nodiscard]] Result<std::vector<KeyedRow>> folderRows(FolderId folder, SortKey key,
                                                           SortDirection direction,
                                                           const std::optional<PageCursor> &after,
                                                           int limit);
    [[nodiscard]] Result<std::vector<MessageRow>> messageRows(const char *sql, std::int64_t arg);

    std::unique_ptr<Database> m_db;
};

} // namespace lb::store
