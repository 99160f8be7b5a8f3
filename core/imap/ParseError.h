// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>

namespace lb::imap {

// Where and why the server's bytes stopped making sense. offset counts bytes from the start
// of the stream fed to the parser (the first byte of the greeting is 0).
struct ParseError
{
    qint64 offset = 0;
    QString what;

    bool operator==(const ParseError &) const = default;
    // As an lb::Error: the connection cannot go on, a new one may work.
    [[nodiscard]] Error toError() const;
};

} // namespace lb::imap
