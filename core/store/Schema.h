// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace lb::store {

// One forward step of the schema: the SQL that takes version (n - 1) to n.
struct MigrationStep
{
    int version;
    const char *description;
    const char *sql;
};

// Every step ever shipped, in order. Never edit a shipped step: append a new one.
[[nodiscard]] std::span<const MigrationStep> migrationSteps();

} // namespace lb::store
