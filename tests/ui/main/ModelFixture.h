// SPDX-License-Identifier: GPL-3.0-or-later
// A cache in a temporary directory with one account, a few folders and many messages, for
// the main window's models and widgets.
#pragma once

#include "store/Store.h"

#include <QTemporaryDir>

#include <memory>

namespace lb::test {

struct ModelFixture
{
    // `messages` in the inbox: message i is dated i hours after a fixed start, every third
    // is read, every tenth flagged, every seventh has an attachment, every fifth answers the
    // one before it (a thread of two).
    explicit ModelFixture(int messages);

    [[nodiscard]] QString cacheFile() const;
    // The newest message's date plus one hour, and so on for each call.
    store::MessageRow addNewest(const QString &subject);

    QTemporaryDir dir;
    std::unique_ptr<store::Store> store;
    AccountId account;
    FolderId inbox;
    FolderId sent;
    FolderId trash;
    FolderId projects;
    int count = 0;
};

[[nodiscard]] store::MessageRecord sampleRecord(int i);

} // namespace lb::test
