// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ParseError.h"

namespace lb::imap {

Error ParseError::toError() const
{
    return Error{ErrorScope::Connection,
                 Remedy::RetryLater,
                 QStringLiteral("The IMAP server sent a reply that could not be understood "
                                "(byte %1: %2).")
                     .arg(offset)
                     .arg(what),
                 {}};
}

} // namespace lb::imap
