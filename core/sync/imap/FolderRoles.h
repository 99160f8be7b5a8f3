// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/Responses.h"
#include "store/Records.h"

#include <QList>

namespace lb::sync::imap {

// The role each listed folder plays, in the LIST order: INBOX, then SPECIAL-USE attributes
// (RFC 6154 section 2), then for roles no attribute claimed, well-known names in English and
// common localisations ("Sent Items", "Gesendet", "Corbeille"...), at the top level or right
// under INBOX. Each role goes to one folder at most.
[[nodiscard]] QList<store::FolderRole> assignRoles(const QList<lb::imap::ListData> &folders);

// The role a folder name suggests, or None (case-insensitive, last hierarchy level).
[[nodiscard]] store::FolderRole roleFromName(const QString &leafName);

} // namespace lb::sync::imap
