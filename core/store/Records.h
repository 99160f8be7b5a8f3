// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/StrongId.h"

#include <QByteArray>
#include <QFlags>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

// Plain records the store takes and gives. They know nothing of MIME or of any protocol
// beyond the identities a server hands out (UID, UIDVALIDITY, UIDL).
namespace lb::store {

enum class Protocol
{
    Imap,
    Pop3
};

struct AccountRecord
{
    AccountId id; // ignored by createAccount
    QString name; // unique, chosen by the user
    Protocol protocol = Protocol::Imap;
    QString email;
    QString displayName;
};

// Special-use roles (RFC 6154 section 2) plus the inbox.
enum class FolderRole
{
    None,
    Inbox,
    Sent,
    Drafts,
    Trash,
    Junk,
    Archive
};

// IMAP state that drives incremental sync (RFC 3501 section 2.3.1.1, RFC 7162 section 3.1).
struct FolderSyncState
{
    UidValidity uidValidity;
    Uid uidNext;
    ModSeq highestModSeq;
};

struct FolderRecord
{
    FolderId id; // ignored by upsertFolder
    AccountId account;
    QString path;
    QChar delimiter;
    FolderRole role = FolderRole::None;
    bool roleOverridden = false; // the user chose the role; a server's hint no longer changes it
    bool subscribed = true;
    FolderSyncState sync;   // read back only; written by setFolderSyncState/clearFolder
    std::int64_t total = 0; // read back only: kept up to date by the store
    std::int64_t unread = 0;
};

// System flags (RFC 3501 section 2.3.2) and two common keywords, kept as bits.
enum class MessageFlag : std::uint32_t
{
    Seen = 1 << 0,
    Answered = 1 << 1,
    Flagged = 1 << 2,
    Deleted = 1 << 3,
    Draft = 1 << 4,
    Forwarded = 1 << 5, // $Forwarded
    Junk = 1 << 6,      // $Junk
};
Q_DECLARE_FLAGS(MessageFlags, MessageFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(MessageFlags)

enum class BodyState
{
    None,
    Partial,
    Full
};

// What the caller knows about one message's headers. Identity on the server is
// (folder, uid) under the folder's UIDVALIDITY for IMAP, or (account, uidl) for POP3.
struct MessageRecord
{
    Uid uid;
    QString uidl;
    QString messageId;      // without angle brackets
    QString inReplyTo;      // without angle brackets
    QStringList references; // without angle brackets, oldest first
    std::int64_t date = 0;  // UTC seconds since the epoch
    QString fromName;
    QString fromAddress;
    QString toSummary;
    QString ccSummary;
    QString subject;
    std::int64_t size = 0;
    MessageFlags flags;
    QStringList keywords; // other IMAP keywords (atoms, RFC 3501 section 9 flag-keyword)
    bool hasAttachments = false;
    QString snippet;
};

// A stored message: its local ids plus what was recorded.
struct MessageRow
{
    MessageId id;
    FolderId folder;
    ThreadId thread;
    BodyState bodyState = BodyState::None;
    MessageRecord record;
};

// A server flag state for one UID, as a FETCH FLAGS reply reports it.
struct FlagUpdate
{
    Uid uid;
    MessageFlags flags;
    QStringList keywords;
};

// Body text extracted from a stored message, for the search index.
struct BodyText
{
    MessageId message;
    QString text;
};

struct FolderCounts
{
    std::int64_t total = 0;
    std::int64_t unread = 0;
};

// The offline queue: what the user did locally that the server has not heard about yet.
enum class PendingOpKind
{
    SetFlags,
    Move,
    Copy,
    Delete,
    Expunge,
    Append,
    MoveLocal,  // out of the server into a folder here: body fetched, then \Deleted + EXPUNGE
    EmptyFolder // \Deleted + EXPUNGE of every UID up to `uid` (Empty Trash)
};
using PendingOpId = StrongId<struct PendingOpIdTag>;

struct PendingOp
{
    PendingOpId id; // ignored by enqueueOp
    AccountId account;
    PendingOpKind kind = PendingOpKind::SetFlags;
    MessageId message;     // may no longer exist locally (a move removes it)
    FolderId folder;       // source folder
    Uid uid;               // the message's UID in the source folder
    FolderId targetFolder; // Move, Copy, Append
    MessageFlags flagsAdd;
    MessageFlags flagsRemove;
    std::int64_t created = 0; // UTC seconds; set by enqueueOp when 0
    int attempts = 0;
    QString lastError;
    bool failed = false; // given up on: kept for the user to see, skipped by nextOp
};

// POP3 messages we have seen (RFC 1939 section 7, UIDL), so each is downloaded once.
enum class PopState
{
    Stored,          // committed here; the server copy stays until a retention rule picks it
    Deleting,        // DELE sent or about to be; the next session asks the server what happened
    Gone,            // the server no longer has it
    DeleteRequested, // deleted here for good: the next session deletes the server copy
    Skipped          // over the size limit and not downloaded; downloaded once the limit allows
};

struct PopSeenEntry
{
    QString uidl;
    std::int64_t firstSeen = 0;
    PopState state = PopState::Stored;
    MessageId message;
    // The body state of the local copy (popLedger only); empty when there is none (any more).
    std::optional<BodyState> local;
};

// One POP3 message as downloaded, for Store::storePopMessages (record.uidl is its ledger key).
struct PopDownload
{
    MessageRecord record;
    QByteArray raw;
    BodyState state = BodyState::Full;
};

} // namespace lb::store
