// SPDX-License-Identifier: GPL-3.0-or-later
// Part paths as the rest of the project uses them: the root is "1", its children "1.1", "1.2",
// and the encapsulated message of a message/rfc822 part P is "P.1".
#pragma once

#include "mime/Message.h"

#include <QString>

#include <functional>

namespace lb::mime {

// The child path of parent for the zero-based index.
[[nodiscard]] QString childPath(const QString &parent, qsizetype index);

// The part at path, or nullptr if there is none.
[[nodiscard]] const Part *partAt(const Message &message, QStringView path);

// Visits every part depth-first, pre-order (parents before children, children in order).
// depthInsideMessages counts the encapsulated messages above the part (0 for the top level).
// Returning false from the visitor stops the walk.
using PartVisitor =
    std::function<bool(const Part &part, const QString &path, int depthInsideMessages)>;
void walkParts(const Message &message, const PartVisitor &visit);

} // namespace lb::mime
