// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace lb::smtp {

// The DATA payload for a message (RFC 5321 section 4.5.2): every line that starts with "."
// gets one more; bare LF and bare CR become CRLF; the last line is ended if it was not, and
// ".\r\n" closes the data. One pass, one allocation in the common case.
[[nodiscard]] QByteArray dotStuff(QByteArrayView message);

} // namespace lb::smtp
