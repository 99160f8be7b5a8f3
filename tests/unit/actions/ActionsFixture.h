// SPDX-License-Identifier: GPL-3.0-or-later
// A cache with one IMAP account (INBOX, Archive, Sent, Drafts, Trash as the folder list sync
// would record them) or one POP3 account (its local folders), for the message actions.
#pragma once

#include "accounts/AccountSettings.h"
#include "store/Store.h"

#include "QtCatch.h"

#include <QTemporaryDir>

#include <optional>

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

class ActionsFixture
{
public:
    explicit ActionsFixture(accounts::Protocol protocol = accounts::Protocol::Imap,
                            const std::function<void(accounts::AccountSettings &)> &adjust = {});

    [[nodiscard]] store::Store &store() { return *m_store; }
    [[nodiscard]] AccountId account() const { return m_account; }
    [[nodiscard]] FolderId folder(const QString &path);
    // A message with a UID (IMAP) or a UIDL (POP3) in the folder, with a body.
    MessageId add(const QString &path, std::uint32_t uid, const QString &messageId);
    [[nodiscard]] store::MessageRow row(MessageId id);
    [[nodiscard]] std::vector<store::PendingOp> ops();
    [[nodiscard]] std::optional<FolderId> findFolder(const QString &path);
    void changeSettings(const std::function<void(accounts::AccountSettings &)> &adjust);

private:
    QTemporaryDir m_dir;
    std::optional<store::Store> m_store;
    AccountId m_account;
    accounts::Protocol m_protocol;
};

} // namespace lb::test
