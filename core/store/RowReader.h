// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the store: how rows and enums map to columns and text. Not for callers.
#pragma once

#include "common/Result.h"

#include "store/Records.h"

#include <QString>

#include <vector>

namespace lb::store {

class Statement;

// The columns readMessageRow expects, in order, for "SELECT <kMessageColumns> FROM messages".
#define LB_MESSAGE_COLUMNS                                                                         \
    "messages.id, messages.folder_id, messages.thread_id, messages.body_state, messages.uid, "     \
    "messages.uidl, messages.message_id, messages.in_reply_to, messages.refs, messages.date, "     \
    "messages.from_name, messages.from_address, messages.to_summary, messages.cc_summary, "        \
    "messages.subject, messages.size, messages.flags, messages.keywords, "                         \
    "messages.has_attachments, messages.snippet"
inline constexpr int kMessageColumnCount = 20;

[[nodiscard]] MessageRow readMessageRow(const Statement &stmt);
// Steps the statement to its end, reading every row with readMessageRow.
[[nodiscard]] Result<std::vector<MessageRow>> readMessageRows(Statement &stmt);

[[nodiscard]] QString roleText(FolderRole role);
[[nodiscard]] FolderRole roleFromText(const QString &text);
[[nodiscard]] QString protocolText(Protocol protocol);
[[nodiscard]] Protocol protocolFromText(const QString &text);
[[nodiscard]] QString opKindText(PendingOpKind kind);
[[nodiscard]] PendingOpKind opKindFromText(const QString &text);
[[nodiscard]] QString popStateText(PopState state);
[[nodiscard]] PopState popStateFromText(const QString &text);

} // namespace lb::store
