// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Records.h"

#include <QIcon>

namespace lb::ui {

// The icons of the main window: the desktop's icon theme where it has them, else small
// drawings in the palette's text colour, so they read well in light and dark palettes alike.
enum class IconKind
{
    Inbox,
    Sent,
    Drafts,
    Trash,
    Junk,
    Archive,
    Folder,
    Account,
    UnifiedInbox,
    Flagged,
    Attachment,
    Answered,
    Forwarded,
    Offline,
};

[[nodiscard]] QIcon icon(IconKind kind);
[[nodiscard]] QIcon folderIcon(store::FolderRole role);

} // namespace lb::ui
