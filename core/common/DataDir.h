// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lb {

// Where the cache, settings and logs live: the --data-dir option, else $LETTERBOX_DATA_DIR,
// else the user's standard application-data location. Created if missing.
[[nodiscard]] QString resolveDataDir(const QString &explicitDir = {});

// The SQLite cache inside a data directory.
[[nodiscard]] QString cacheFilePath(const QString &dataDir);

} // namespace lb
