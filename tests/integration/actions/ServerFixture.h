// SPDX-License-Identifier: GPL-3.0-or-later
// Dovecot and aiosmtpd, a cache in a temporary directory and an IMAP account in it (stored
// with its settings, as the application keeps it), for the message actions, server Sent and
// drafts against real servers.
#pragma once

#include "TestServers.h"

#include "QtCatch.h"

#include "accounts/AccountSettings.h"
#include "store/Store.h"
#include "sync/SyncRequest.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

namespace lb::test {

template <typename T> T must(Result<T> result)
{
    if (!result)
        FAIL(result.error().toString().toStdString());
    return std::move(result).value();
}

inline void must(const Result<void> &result)
{
    if (!result)
        FAIL(result.error().toString().toStdString());
}

class ServerFixture
{
public:
    explicit ServerFixture(const std::function<void(accounts::AccountSettings &)> &adjust = {},
                           bool smtp = false);

    [[nodiscard]] TestServers &servers() { return m_servers; }
    [[nodiscard]] store::Store &store() { return *m_store; }
    [[nodiscard]] AccountId account() const { return m_account; }
    [[nodiscard]] QString user() const { return m_servers.user().name; }
    // The settings as stored now (actions may have learned something).
    [[nodiscard]] accounts::AccountSettings settings();
    void changeSettings(const std::function<void(accounts::AccountSettings &)> &adjust);

    [[nodiscard]] sync::SyncRequest request();
    // One IMAP sync run (offline queue first); fails the test on an error.
    sync::SyncReport sync();

    void deliver(const QString &folder, const QByteArray &message, const QString &flags = {});
    // What the server holds in a folder, straight from its Maildir.
    [[nodiscard]] QList<MaildirMessage> onServer(const QString &folder);

    [[nodiscard]] store::FolderRecord folder(const QString &path);
    [[nodiscard]] std::vector<store::MessageRow> cached(const QString &path); // newest first
    [[nodiscard]] MessageId cachedId(const QString &path, const QString &subject);

private:
    TestServers m_servers;
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    AccountId m_account;
};

// A small message whose Subject is "Message N" and Message-ID <N.actions@example.org>.
[[nodiscard]] QByteArray sample(int n);

} // namespace lb::test
