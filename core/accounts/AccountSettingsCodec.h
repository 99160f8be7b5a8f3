// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"

#include <QMap>

namespace lb::accounts {

// Settings as flat key/value text, the form they are persisted in (one row per key), so a
// new option never needs a schema change and an unknown key from a newer version survives.
using SettingsMap = QMap<QString, QString>;

[[nodiscard]] SettingsMap encodeSettings(const AccountSettings &settings);
// Missing keys take their defaults; malformed values are an error naming the key.
[[nodiscard]] Result<AccountSettings> decodeSettings(const SettingsMap &map);

} // namespace lb::accounts
