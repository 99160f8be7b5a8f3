// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/imap/SyncContext.h"

#include <vector>

namespace lb::sync::imap {

// Lists the server's folders into the store: path, delimiter, subscription and role (a role
// the user chose is kept, see Store::upsertFolder). Folders gone from the server are removed
// with their cached messages. Returns the selectable folders, inbox first.
[[nodiscard]] Result<std::vector<store::FolderRecord>> syncFolderList(SyncContext &ctx);

// Folder management on the server, mirrored in the store once the server agreed.
[[nodiscard]] Result<FolderId> createFolder(SyncContext &ctx, const QString &path);
[[nodiscard]] Result<void> renameFolder(SyncContext &ctx, FolderId folder, const QString &newPath);
[[nodiscard]] Result<void> deleteFolder(SyncContext &ctx, FolderId folder);

} // namespace lb::sync::imap
