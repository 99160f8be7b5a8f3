// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/Responses.h"
#include "store/Records.h"

#include <QByteArray>

namespace lb::sync::imap {

// The FETCH items of a header sync (ARCHITECTURE.md, new mail flow): enough for the message
// list and threading without the body.
[[nodiscard]] QByteArray headerFetchItems();

// A cache row from a FETCH of headerFetchItems(): ENVELOPE decoded (RFC 2047 names and
// subject), threading ids from ENVELOPE and the fetched header fields, the attachment mark
// from BODYSTRUCTURE, and the server's UID, flags, size and (without a Date) INTERNALDATE.
[[nodiscard]] store::MessageRecord recordFromFetch(const lb::imap::FetchData &fetch);

// Whether a BODYSTRUCTURE holds something a person would call an attachment.
[[nodiscard]] bool hasAttachments(const lb::imap::BodyPart &body);

} // namespace lb::sync::imap
