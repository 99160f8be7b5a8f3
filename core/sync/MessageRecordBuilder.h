// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mime/Message.h"
#include "store/Records.h"

namespace lb::sync {

// The header row a parsed message becomes in the cache: decoded sender, recipients summary,
// threading ids without angle brackets, attachment mark and a snippet of the readable text.
// Identity (uid / uidl), size and flags are the caller's: they come from the server.
[[nodiscard]] store::MessageRecord recordFromMessage(const mime::Message &message);

// "Alice, bob@example.net": names where given, else addresses.
[[nodiscard]] QString addressSummary(const std::vector<mime::Mailbox> &mailboxes);

// A msg-id without its angle brackets, as the store keeps them.
[[nodiscard]] QString bareMessageId(QByteArrayView msgId);

// The first words of a text for the message list: whitespace collapsed, quoted lines skipped.
[[nodiscard]] QString snippetOf(QStringView text, int maxChars = 200);

} // namespace lb::sync
