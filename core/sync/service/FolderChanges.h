// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/StrongId.h"
#include "sync/SyncProgress.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <functional>

namespace lb::store {
class Store;
}

namespace lb::sync {

// Turns an engine's progress reports (sent after each committed batch) into "this folder
// changed" notices for the models, at most a few per second per folder, so a 100k-message
// first sync does not make the list refresh after every batch.
// Contract: lives on the worker thread and uses the worker's Store.
class FolderChanges
{
public:
    using Notify = std::function<void(FolderId)>;
    FolderChanges(store::Store &store, AccountId account, Notify notify);

    // Returns true when the folder list may have changed (a listing phase just ended).
    bool onProgress(const SyncProgress &progress);
    // Sends every notice still held back (at the end of a run).
    void flush();

private:
    [[nodiscard]] FolderId folderNamed(const QString &path);
    void reload();

    store::Store &m_store;
    AccountId m_account;
    Notify m_notify;
    QHash<QString, FolderId> m_byPath;
    QSet<qint64> m_pending;
    QHash<qint64, QElapsedTimer> m_lastNotice;
    SyncProgress::Phase m_lastPhase = SyncProgress::Phase::Connecting;
};

} // namespace lb::sync
