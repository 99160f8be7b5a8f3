// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 5322 3.4 address lists, tolerant of what real mail contains: groups (flattened, names
// dropped), quoted and encoded-word display names, comments, obsolete routes (4.4), missing
// domains, raw UTF-8 (RFC 6532), unbalanced brackets and empty "<>" return paths.
#pragma once

#include "mime/Message.h"

#include <QByteArrayView>

#include <vector>

namespace lb::mime {

// Every mailbox in the field value, in order. Never fails: unparseable pieces are skipped.
[[nodiscard]] std::vector<Mailbox> parseAddressList(QByteArrayView value);

// The first mailbox of the value (Sender, Return-Path), or nullopt when there is none.
[[nodiscard]] std::optional<Mailbox> parseMailbox(QByteArrayView value);

} // namespace lb::mime
