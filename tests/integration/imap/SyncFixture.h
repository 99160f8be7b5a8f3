// SPDX-License-Identifier: GPL-3.0-or-later
// A Dovecot, a cache in a temporary directory and an IMAP account in it, for sync tests.
#pragma once

#include "ImapTestSupport.h"

#include "accounts/AccountSettings.h"
#include "store/Store.h"
#include "sync/imap/ImapSync.h"

#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace lb::test {

// The extension sets the engine is tested with: everything Dovecot has, CONDSTORE without
// QRESYNC, and neither.
enum class ExtensionMode
{
    Qresync,
    CondstoreOnly,
    Neither
};
[[nodiscard]] const char *toString(ExtensionMode mode);
[[nodiscard]] QSet<QByteArray> hiddenFor(ExtensionMode mode);

class SyncFixture
{
public:
    explicit SyncFixture(ExtensionMode mode = ExtensionMode::Qresync);

    [[nodiscard]] TestServers &servers() { return m_servers; }
    [[nodiscard]] DovecotServer &dovecot() { return m_servers.dovecot(); }
    [[nodiscard]] store::Store &store() { return *m_store; }
    [[nodiscard]] AccountId account() const { return m_account; }
    [[nodiscard]] accounts::AccountSettings &settings() { return m_settings; }
    [[nodiscard]] sync::imap::ImapSyncOptions &options() { return m_options; }
    [[nodiscard]] QString user() const { return m_servers.user().name; }
    [[nodiscard]] QString cacheFile() const
    {
        return m_dir.filePath(QStringLiteral("cache.sqlite"));
    }

    [[nodiscard]] sync::SyncRequest request(QString password = {});
    // Runs syncAccount and fails the test on an error.
    sync::SyncReport sync();

    void deliver(const QString &folder, const QByteArray &message, const QString &flags = {});
    void doveadm(const QStringList &arguments);

    [[nodiscard]] store::FolderRecord folder(const QString &path);
    // Newest first.
    [[nodiscard]] std::vector<store::MessageRow> messages(const QString &path);
    [[nodiscard]] store::MessageRow message(const QString &path, const QString &subject);

    QList<sync::SyncProgress> progress;

private:
    TestServers m_servers;
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    AccountId m_account;
    accounts::AccountSettings m_settings;
    sync::imap::ImapSyncOptions m_options;
};

// A queued local change of `row` (to folder `target` for moves and copies), as the UI queues it.
[[nodiscard]] store::PendingOp op(SyncFixture &f, store::PendingOpKind kind,
                                  const store::MessageRow &row, const QString &target = {});
// How many messages the server holds in `folder`, asked of Dovecot directly.
[[nodiscard]] qsizetype serverCount(SyncFixture &f, const QString &folder);

} // namespace lb::test
