// SPDX-License-Identifier: GPL-3.0-or-later
// Folders that live only on this computer. A POP3 account has nothing else; an IMAP account
// keeps them next to its server folders under "Local Folders/" (its local Sent, Drafts or
// Trash when the user chose not to keep those on the server). The IMAP folder list sync must
// leave them alone: the server never lists them, and that does not mean they are gone.
#pragma once

#include "accounts/AccountSettings.h"
#include "store/Records.h"

#include <QString>

namespace lb::sync {

// The prefix of an IMAP account's local folders (with '/' after it).
[[nodiscard]] inline QString localFoldersRoot()
{
    return QStringLiteral("Local Folders");
}

[[nodiscard]] inline bool isLocalFolderPath(accounts::Protocol protocol, const QString &path)
{
    if (protocol == accounts::Protocol::Pop3)
        return true;
    return path.startsWith(localFoldersRoot() + QLatin1Char('/'));
}

// The path of the account's local folder for a role: "Trash" for POP3, "Local Folders/Trash"
// for IMAP. Role names are not translated: they are identities in the cache.
[[nodiscard]] inline QString localFolderPath(accounts::Protocol protocol, store::FolderRole role)
{
    QString leaf;
    switch (role) {
    case store::FolderRole::Inbox:
        leaf = QStringLiteral("Inbox");
        break;
    case store::FolderRole::Sent:
        leaf = QStringLiteral("Sent");
        break;
    case store::FolderRole::Drafts:
        leaf = QStringLiteral("Drafts");
        break;
    case store::FolderRole::Trash:
        leaf = QStringLiteral("Trash");
        break;
    case store::FolderRole::Junk:
        leaf = QStringLiteral("Junk");
        break;
    case store::FolderRole::Archive:
        leaf = QStringLiteral("Archive");
        break;
    case store::FolderRole::None:
        leaf = QStringLiteral("Folder");
        break;
    }
    if (protocol == accounts::Protocol::Pop3)
        return leaf;
    return localFoldersRoot() + QLatin1Char('/') + leaf;
}

} // namespace lb::sync
