// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the parser: the IMAP response grammar (RFC 9051 section 9), one reader per
// production, each in the file of its concept. Readers return false after recording an
// error in the cursor.
#pragma once

#include "imap/Cursor.h"
#include "imap/Responses.h"

#include <optional>

namespace lb::imap::grammar {

// resp-text: ["[" resp-text-code "]" SP] text, up to the end of the line.
bool respText(Cursor &c, std::optional<ResponseCode> &code, QByteArray &text);
// resp-text-code, after "[" and through "]".
bool responseCode(Cursor &c, ResponseCode &code);

bool envelope(Cursor &c, Envelope &out);
bool body(Cursor &c, BodyPart &out);
// msg-att, from "(" through ")".
bool fetchAttributes(Cursor &c, FetchData &out);

// After the keyword and its SP.
bool listData(Cursor &c, ListData &out);
bool namespaceData(Cursor &c, NamespaceData &out);
bool statusData(Cursor &c, StatusData &out);
bool quotaData(Cursor &c, QuotaData &out);
bool quotaRootData(Cursor &c, QuotaRootData &out);
bool idData(Cursor &c, IdData &out);
bool mailbox(Cursor &c, MailboxName &out);

// After the keyword (these may have nothing after it).
bool searchData(Cursor &c, SearchData &out);
bool esearchData(Cursor &c, ESearchData &out);
bool vanishedData(Cursor &c, VanishedData &out);
bool capabilityList(Cursor &c, QList<QByteArray> &out); // *(SP capability), upper-cased

// A whole response, through its final CRLF.
std::optional<Response> response(Cursor &c);

} // namespace lb::imap::grammar
