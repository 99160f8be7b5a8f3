// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace lb::store {

class Database;

// The schema version this build writes (PRAGMA user_version).
[[nodiscard]] int latestSchemaVersion();

// Applies the forward migration steps from the file's user_version up to target, each step in
// its own BEGIN IMMEDIATE transaction with user_version bumped inside it, so a crash leaves the
// file at a whole version. A file newer than this build is an error, never touched.
[[nodiscard]] Result<void> migrate(Database &db, int target = latestSchemaVersion());

[[nodiscard]] Result<int> schemaVersion(Database &db);

} // namespace lb::store
