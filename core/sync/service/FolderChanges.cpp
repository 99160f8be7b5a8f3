// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/service/FolderChanges.h"

#include "store/Store.h"

namespace lb::sync {
namespace {
constexpr qint64 kNoticeIntervalMs = 250;

bool commitsMessages(SyncProgress::Phase phase)
{
    using P = SyncProgress::Phase;
    return phase == P::FetchingHeaders || phase == P::FetchingBodies || phase == P::Downloading ||
           phase == P::CleaningUp || phase == P::ApplyingLocalChanges;
}
} // namespace

FolderChanges::FolderChanges(store::Store &store, AccountId account, Notify notify)
    : m_store(store), m_account(account), m_notify(std::move(notify))
{}

bool FolderChanges::onProgress(const SyncProgress &progress)
{
    const bool listed = m_lastPhase == SyncProgress::Phase::ListingFolders &&
                        progress.phase != SyncProgress::Phase::ListingFolders;
    m_lastPhase = progress.phase;
    if (listed)
        reload();
    if (progress.folder.isEmpty() || !commitsMessages(progress.phase))
        return listed;
    const FolderId folder = folderNamed(progress.folder);
    if (!folder.isValid())
        return listed;
    QElapsedTimer &last = m_lastNotice[folder.value];
    if (!last.isValid() || last.elapsed() >= kNoticeIntervalMs) {
        last.start();
        m_pending.remove(folder.value);
        m_notify(folder);
    } else {
        m_pending.insert(folder.value);
    }
    return listed;
}

void FolderChanges::flush()
{
    for (const qint64 id : std::as_const(m_pending))
        m_notify(FolderId{id});
    m_pending.clear();
}

FolderId FolderChanges::folderNamed(const QString &path)
{
    if (!m_byPath.contains(path)) {
        reload();
        if (!m_byPath.contains(path))
            m_byPath.insert(path, FolderId{}); // not a folder ("Outbox"): do not look again
    }
    return m_byPath.value(path);
}

void FolderChanges::reload()
{
    auto folders = m_store.folders(m_account);
    if (!folders)
        return;
    m_byPath.clear();
    for (const store::FolderRecord &f : *folders)
        m_byPath.insert(f.path, f.id);
}

} // namespace lb::sync
