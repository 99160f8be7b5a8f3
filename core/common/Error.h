// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lb {

// What failed: lets callers decide how far an error reaches (one message, a folder, the
// whole account or just this connection attempt).
enum class ErrorScope {
    Input,      // bytes we were given could not be understood (a message, a reply)
    Message,    // one message could not be processed; the rest go on
    Folder,     // one folder could not be synced
    Account,    // the account cannot work until the user acts (password, settings)
    Connection, // the network or the server let us down; try again later
    Storage,    // the local cache failed (disk full, corrupt file)
    Cancelled,  // the user or the application stopped the job
};

// What to do about it: the UI turns this into the second half of its sentence.
enum class Remedy {
    None,
    RetryNow,
    RetryLater,
    AskUser,
};

struct Error
{
    ErrorScope scope = ErrorScope::Input;
    Remedy remedy = Remedy::None;
    QString message;    // one sentence for a person, in English (the UI may translate by code)
    QString serverText; // the server's own words, kept verbatim where there were any

    [[nodiscard]] QString toString() const;
};

[[nodiscard]] Error inputError(QString message);
[[nodiscard]] Error storageError(QString message);

} // namespace lb
