// SPDX-License-Identifier: GPL-3.0-or-later
// Bounds that keep parsing of hostile input in bounded time and memory. Going over a limit is
// never fatal: the parser stops descending or drops the excess and records a Defect.
#pragma once

#include <QtGlobal>

namespace lb::mime {

struct ParseLimits
{
    qsizetype maxHeaderFields = 5000;      // per header block; later fields are dropped
    qsizetype maxFieldBytes = 1024 * 1024; // one unfolded field; longer values are cut
    qsizetype maxLineLength = 998;         // RFC 5322 2.1.1; longer lines are only reported
    int maxDepth = 50;                     // nesting of multiparts and encapsulated messages
    int maxParts = 10000;                  // MIME parts in one message
};

} // namespace lb::mime
