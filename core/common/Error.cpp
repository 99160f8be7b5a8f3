// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Error.h"

namespace lb {

QString Error::toString() const
{
    if (serverText.isEmpty())
        return message;
    return message + QStringLiteral(" (server said: ") + serverText + QLatin1Char(')');
}

Error inputError(QString message)
{
    return Error{ErrorScope::Input, Remedy::None, std::move(message), {}};
}

Error storageError(QString message)
{
    return Error{ErrorScope::Storage, Remedy::AskUser, std::move(message), {}};
}

} // namespace lb
