// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Schema.h"

#include <array>

namespace lb::store {
namespace {

// Version 1: accounts, folders, messages and their bodies, conversation threads. Folder counts
// are kept by triggers so they can never drift from the rows.
constexpr const char *kV1 = R"sql(
CREATE TABLE store_meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    protocol TEXT NOT NULL CHECK (protocol IN ('imap', 'pop3')),
    email TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT ''
);
CREATE TABLE account_settings (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (account_id, key)
) WITHOUT ROWID;
CREATE TABLE folders (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    delimiter TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'none'
        CHECK (role IN ('none', 'inbox', 'sent', 'drafts', 'trash', 'junk', 'archive')),
    role_overridden INTEGER NOT NULL DEFAULT 0,
    subscribed INTEGER NOT NULL DEFAULT 1,
    uidvalidity INTEGER NOT NULL DEFAULT 0,
    uidnext INTEGER NOT NULL DEFAULT 0,
    highestmodseq INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    unread INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, path)
);
CREATE INDEX folders_role ON folders(role, account_id);
CREATE TABLE threads (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE
);
CREATE INDEX threads_account ON threads(account_id);
-- Every Message-ID an account has seen, including ids only named in References, mapped to
-- its thread: such placeholders join messages whose common parent never arrived.
CREATE TABLE thread_refs (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    message_id TEXT NOT NULL,
    thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, message_id)
) WITHOUT ROWID;
CREATE INDEX thread_refs_thread ON thread_refs(thread_id);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    uid INTEGER,
    uidl TEXT,
    message_id TEXT,
    thread_id INTEGER REFERENCES threads(id) ON DELETE SET NULL,
    date INTEGER NOT NULL DEFAULT 0,
    from_name TEXT NOT NULL DEFAULT '',
    from_address TEXT NOT NULL DEFAULT '',
    to_summary TEXT NOT NULL DEFAULT '',
    cc_summary TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    flags INTEGER NOT NULL DEFAULT 0,
    keywords TEXT NOT NULL DEFAULT '',
    has_attachments INTEGER NOT NULL DEFAULT 0,
    snippet TEXT NOT NULL DEFAULT '',
    in_reply_to TEXT NOT NULL DEFAULT '',
    refs TEXT NOT NULL DEFAULT '',
    body_state INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX messages_uid ON messages(folder_id, uid) WHERE uid IS NOT NULL;
CREATE UNIQUE INDEX messages_uidl ON messages(folder_id, uidl) WHERE uidl IS NOT NULL;
CREATE INDEX messages_date ON messages(folder_id, date DESC, id DESC);
CREATE INDEX messages_message_id ON messages(message_id) WHERE message_id IS NOT NULL;
CREATE INDEX messages_thread ON messages(thread_id, date);
CREATE TABLE message_bodies (
    message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    raw BLOB NOT NULL
);
CREATE TRIGGER messages_count_insert AFTER INSERT ON messages BEGIN
    UPDATE folders SET total = total + 1, unread = unread + ((new.flags & 1) = 0)
    WHERE id = new.folder_id;
END;
CREATE TRIGGER messages_count_delete AFTER DELETE ON messages BEGIN
    UPDATE folders SET total = total - 1, unread = unread - ((old.flags & 1) = 0)
    WHERE id = old.folder_id;
END;
CREATE TRIGGER messages_count_update AFTER UPDATE OF folder_id, flags ON messages
WHEN old.folder_id != new.folder_id OR (old.flags & 1) != (new.flags & 1) BEGIN
    UPDATE folders SET total = total - 1, unread = unread - ((old.flags & 1) = 0)
    WHERE id = old.folder_id;
    UPDATE folders SET total = total + 1, unread = unread + ((new.flags & 1) = 0)
    WHERE id = new.folder_id;
END;
INSERT INTO store_meta (key, value) VALUES ('durable_mark', 0);
)sql";

// Version 2: the offline queue and the POP3 UIDL ledger.
constexpr const char *kV2 = R"sql(
CREATE TABLE pending_ops (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL
        CHECK (kind IN ('set_flags', 'move', 'copy', 'delete', 'expunge', 'append')),
    message_id INTEGER,
    folder_id INTEGER,
    uid INTEGER,
    target_folder_id INTEGER,
    flags_add INTEGER NOT NULL DEFAULT 0,
    flags_remove INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    failed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pending_ops_queue ON pending_ops(account_id, failed, id);
CREATE TABLE pop_seen (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    uidl TEXT NOT NULL,
    first_seen INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('stored', 'deleting', 'gone')),
    message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    PRIMARY KEY (account_id, uidl)
) WITHOUT ROWID;
CREATE INDEX pop_seen_state ON pop_seen(account_id, state);
CREATE INDEX pop_seen_message ON pop_seen(message_id) WHERE message_id IS NOT NULL;
)sql";

// Version 3: full-text search over subject, sender, recipients and body text. The index keeps
// its own copy of the text (body text is extracted later and exists nowhere else); rowid is
// the message id. Existing messages are indexed by their headers.
constexpr const char *kV3 = R"sql(
CREATE VIRTUAL TABLE message_fts USING fts5(
    subject, sender, recipients, body,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO message_fts (rowid, subject, sender, recipients, body)
    SELECT id, subject, trim(from_name || ' ' || from_address),
           trim(to_summary || ' ' || cc_summary), '' FROM messages;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    DELETE FROM message_fts WHERE rowid = old.id;
END;
)sql";

// Version 4: sorting by sender, subject and size with keyset paging. The sort keys are
// case-folded (subjects without "Re:"-style prefixes) by the lb_sort_* functions.
constexpr const char *kV4 = R"sql(
ALTER TABLE messages ADD COLUMN sort_sender TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN sort_subject TEXT NOT NULL DEFAULT '';
UPDATE messages SET sort_sender = lb_sort_sender(from_name, from_address),
                    sort_subject = lb_sort_subject(subject);
CREATE INDEX messages_sender ON messages(folder_id, sort_sender, id);
CREATE INDEX messages_subject ON messages(folder_id, sort_subject, id);
CREATE INDEX messages_size ON messages(folder_id, size, id);
)sql";

// Version 5: search results newest first without sorting every match. The index's rowid
// becomes a key that orders by date (date << 21 plus the id's low bits, unique per message), so
// FTS5 walks its doclists from the newest match backwards and stops at the page limit.
constexpr const char *kV5 = R"sql(
ALTER TABLE messages ADD COLUMN fts_key INTEGER;
UPDATE messages SET fts_key = (min(max(date, 0), 2199023255551) << 21) + (id & 2097151);
CREATE UNIQUE INDEX messages_fts_key ON messages(fts_key);
CREATE VIRTUAL TABLE message_search USING fts5(
    subject, sender, recipients, body,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO message_search (rowid, subject, sender, recipients, body)
    SELECT messages.fts_key, f.subject, f.sender, f.recipients, f.body
    FROM message_fts AS f JOIN messages ON messages.id = f.rowid;
DROP TRIGGER messages_fts_delete;
DROP TABLE message_fts;
CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
    DELETE FROM message_search WHERE rowid = old.fts_key;
END;
)sql";

// Version 6: the Outbox. A message to send is committed here first, with its envelope, and
// leaves only once a copy is filed in Sent. Each recipient keeps the server's answer, so a
// retry goes only to those who have not accepted the message yet.
constexpr const char *kV6 = R"sql(
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    message_id TEXT NOT NULL,
    raw BLOB NOT NULL,
    envelope_from TEXT NOT NULL,
    needs_smtputf8 INTEGER NOT NULL DEFAULT 0,
    needs_8bitmime INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL
        CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'uncertain')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
);
CREATE INDEX outbox_queue ON outbox(account_id, state, id);
CREATE TABLE outbox_recipients (
    outbox_id INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    address TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected')),
    reply TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (outbox_id, position)
) WITHOUT ROWID;
)sql";

// Version 7: two more POP3 ledger states. "delete_requested": the user deleted the local copy
// for good and the account deletes the server copy too; "skipped": over the size limit and not
// downloaded, so it is not offered as new again. SQLite cannot change a CHECK in place: the
// table is rebuilt with its rows.
constexpr const char *kV7 = R"sql(
CREATE TABLE pop_seen_v7 (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    uidl TEXT NOT NULL,
    first_seen INTEGER NOT NULL,
    state TEXT NOT NULL
        CHECK (state IN ('stored', 'deleting', 'gone', 'delete_requested', 'skipped')),
    message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    PRIMARY KEY (account_id, uidl)
) WITHOUT ROWID;
INSERT INTO pop_seen_v7 (account_id, uidl, first_seen, state, message_id)
    SELECT account_id, uidl, first_seen, state, message_id FROM pop_seen;
DROP TABLE pop_seen;
ALTER TABLE pop_seen_v7 RENAME TO pop_seen;
CREATE INDEX pop_seen_state ON pop_seen(account_id, state);
CREATE INDEX pop_seen_message ON pop_seen(message_id) WHERE message_id IS NOT NULL;
)sql";

// Version 8: two more offline-queue kinds for the user's message actions: "move_local" (out of
// the server into a local folder: the body is fetched first, then the server copy expunged)
// and "empty_folder" (Empty Trash: every UID up to the highest the user saw). The table is
// rebuilt to widen its CHECK, keeping its rows.
constexpr const char *kV8 = R"sql(
CREATE TABLE pending_ops_v8 (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL
        CHECK (kind IN ('set_flags', 'move', 'copy', 'delete', 'expunge', 'append',
                        'move_local', 'empty_folder')),
    message_id INTEGER,
    folder_id INTEGER,
    uid INTEGER,
    target_folder_id INTEGER,
    flags_add INTEGER NOT NULL DEFAULT 0,
    flags_remove INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    failed INTEGER NOT NULL DEFAULT 0
);
INSERT INTO pending_ops_v8 SELECT id, account_id, kind, message_id, folder_id, uid,
    target_folder_id, flags_add, flags_remove, created, attempts, last_error, failed
    FROM pending_ops;
DROP TABLE pending_ops;
ALTER TABLE pending_ops_v8 RENAME TO pending_ops;
CREATE INDEX pending_ops_queue ON pending_ops(account_id, failed, id);
)sql";

constexpr std::array kSteps{
    MigrationStep{1, "accounts, folders, messages, bodies, threads", kV1},
    MigrationStep{2, "offline queue and POP3 UIDL ledger", kV2},
    MigrationStep{3, "full-text search index", kV3},
    MigrationStep{4, "sort keys for sender, subject and size", kV4},
    MigrationStep{5, "search index keyed by date", kV5},
    MigrationStep{6, "outbox", kV6},
    MigrationStep{7, "POP3 ledger states delete_requested and skipped", kV7},
    MigrationStep{8, "offline queue kinds move_local and empty_folder", kV8},
};

} // namespace

std::span<const MigrationStep> migrationSteps()
{
    return kSteps;
}

} // namespace lb::store
