// SPDX-License-Identifier: GPL-3.0-or-later
// An independent reading of sanitised HTML that lists everything that could run or fetch:
// the tests assert it finds nothing.
#pragma once

#include <QString>
#include <QStringList>

namespace lb::mime::test {

// Every problem found, in words ("element script", "attribute onerror", "src http://..."...).
[[nodiscard]] QStringList dangersIn(const QString &sanitizedHtml);

} // namespace lb::mime::test
