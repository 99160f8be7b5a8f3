// SPDX-License-Identifier: GPL-3.0-or-later
// "See the attached file" with nothing attached: the check before sending.
#pragma once

#include <QStringView>

namespace lb::ui {

// True when the user's own text (quoted lines "> ..." and forwarded blocks do not count)
// speaks of an attachment, in English, German or French.
[[nodiscard]] bool mentionsAttachment(QStringView text);

} // namespace lb::ui
