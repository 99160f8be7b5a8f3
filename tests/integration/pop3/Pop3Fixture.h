// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestServers.h"

#include "accounts/AccountSettings.h"
#include "store/Store.h"
#include "sync/SyncRequest.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace lb::test {

// A message with a unique Message-ID, a non-ASCII encoded subject and a searchable word.
[[nodiscard]] QByteArray sampleMessage(int index, const QByteArray &word = "zebrafinch",
                                       qsizetype bodyLines = 3);
[[nodiscard]] QString sampleMessageId(int index);

// Real Dovecot (POP3 on STLS and POP3S ports) plus a fresh cache with one POP3 account for
// alice, and a SyncRequest ready to pass to the engine.
class Pop3Fixture
{
public:
    explicit Pop3Fixture(TestServersOptions options = {.smtp = false});

    [[nodiscard]] TestServers &servers() { return m_servers; }
    [[nodiscard]] store::Store &store() { return *m_store; }
    [[nodiscard]] QString cachePath() const { return m_dir.filePath(QStringLiteral("cache.db")); }
    [[nodiscard]] AccountId account() const { return m_account; }
    [[nodiscard]] accounts::AccountSettings &settings() { return m_request.settings; }
    [[nodiscard]] sync::SyncRequest &request() { return m_request; }
    [[nodiscard]] QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    void deliver(int index, const QByteArray &word = "zebrafinch");
    void deliverRaw(const QByteArray &message);
    [[nodiscard]] int serverCount();
    // Message-IDs of the account's Inbox in the cache, sorted.
    [[nodiscard]] QStringList localMessageIds();
    [[nodiscard]] FolderId inbox();

private:
    TestServers m_servers;
    QTemporaryDir m_dir;
    std::optional<store::Store> m_store;
    AccountId m_account;
    sync::SyncRequest m_request;
};

// Settings for alice on the fixture's POP3 server in the given TLS mode.
[[nodiscard]] accounts::AccountSettings popSettings(const TestServers &servers, net::TlsMode mode);

} // namespace lb::test
