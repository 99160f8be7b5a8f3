// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace lb::imap {

// Bounds that keep a hostile or broken server from making us allocate without end. Every
// limit is checked before the bytes it guards are stored.
struct ParserLimits
{
    qint64 maxLiteralBytes = qint64(64) * 1024 * 1024;   // one {n} literal
    qint64 maxLineBytes = qint64(1) * 1024 * 1024;       // one line, literals not counted
    qint64 maxResponseBytes = qint64(256) * 1024 * 1024; // one response, literals included
    int maxNestingDepth = 64; // parenthesised lists (BODYSTRUCTURE nests)
};

} // namespace lb::imap
