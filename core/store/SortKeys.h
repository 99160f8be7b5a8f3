// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace lb::store {

class Database;

// The subject a list sorts by: reply/forward prefixes ("Re:", "Fwd:", "AW:", "Re[2]:" ...)
// removed, whitespace simplified, case folded. So a reply sorts beside its original.
[[nodiscard]] QString sortSubject(const QString &subject);

// The sender a list sorts by: the display name, or the address when there is none, case folded.
[[nodiscard]] QString sortSender(const QString &name, const QString &address);

// Makes the two functions above callable from SQL (lb_sort_subject, lb_sort_sender) on this
// connection, for migrations that fill the sort columns of existing rows.
[[nodiscard]] Result<void> registerSortFunctions(Database &db);

} // namespace lb::store
