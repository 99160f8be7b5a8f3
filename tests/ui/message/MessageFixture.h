// SPDX-License-Identifier: GPL-3.0-or-later
// A real cache file in a temporary folder with one account and an inbox, for the reader.
#pragma once

#include "common/StrongId.h"
#include "store/Store.h"

#include <QByteArray>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace lb::test {

class MessageFixture
{
public:
    MessageFixture();

    // Stores a message (header row from its own headers, raw bytes as the body).
    MessageId add(const QByteArray &raw);
    // A header row without a body (not downloaded yet).
    MessageId addWithoutBody(const QString &subject);

    // A settings file of its own, so choices made in a test do not leak.
    [[nodiscard]] QSettings *settings() { return m_settings.get(); }
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::optional<store::Store> store;
    AccountId account;
    FolderId inbox;

private:
    std::unique_ptr<QSettings> m_settings;
    std::uint32_t m_nextUid = 1;
};

// Where screenshots go: the build tree, to be looked at.
[[nodiscard]] QString screenshotPath(const QString &name);

} // namespace lb::test
