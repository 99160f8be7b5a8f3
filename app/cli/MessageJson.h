// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mime/Message.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lb::cli {

// The JSON shapes of CLI.md: a parsed message for `inspect --json` and its pieces.
[[nodiscard]] QJsonArray mailboxesToJson(const std::vector<mime::Mailbox> &mailboxes);
[[nodiscard]] QJsonObject partToJson(const mime::Part &part);
[[nodiscard]] QJsonObject messageToJson(const mime::Message &message);

} // namespace lb::cli
