// SPDX-License-Identifier: GPL-3.0-or-later
// Where the composer keeps drafts. The composer only knows this interface; the application
// gives it the cache's drafts (or nothing, and the composer says that drafts are not kept).
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"
#include "mime/compose/MessageComposer.h"
#include "store/OutboxRecords.h"

#include <QByteArray>

#include <optional>

namespace lb::store {
class Store;
}

namespace lb::ui {

class DraftKeeper
{
public:
    virtual ~DraftKeeper() = default;

    [[nodiscard]] virtual bool keepsDrafts() const = 0;
    // Saves the raw message as the new version of `previous`; returns the new version's id.
    [[nodiscard]] virtual Result<MessageId> save(AccountId account, const QByteArray &raw,
                                                 std::optional<MessageId> previous) = 0;
    // The draft is not wanted any more (thrown away).
    [[nodiscard]] virtual Result<void> discard(MessageId draft) = 0;
    // Sending a saved draft: the final message goes to the Outbox, durably, then the draft
    // goes, so the message is never lost between the two.
    [[nodiscard]] virtual Result<store::OutboxId> send(MessageId draft,
                                                       const mime::ComposedMessage &message) = 0;
};

// Keeps nothing: what the composer uses when no draft storage is available.
class NoDraftKeeper final : public DraftKeeper
{
public:
    [[nodiscard]] bool keepsDrafts() const override { return false; }
    [[nodiscard]] Result<MessageId> save(AccountId, const QByteArray &,
                                         std::optional<MessageId>) override;
    [[nodiscard]] Result<void> discard(MessageId) override { return Ok{}; }
    [[nodiscard]] Result<store::OutboxId> send(MessageId, const mime::ComposedMessage &) override;
};

// The cache's drafts (sync::DraftStore): the local Drafts folder, or the server's for IMAP
// accounts that keep Drafts there, uploaded by the account's next sync.
class StoreDraftKeeper final : public DraftKeeper
{
public:
    explicit StoreDraftKeeper(store::Store &store) : m_store(store) {}
    [[nodiscard]] bool keepsDrafts() const override { return true; }
    [[nodiscard]] Result<MessageId> save(AccountId account, const QByteArray &raw,
                                         std::optional<MessageId> previous) override;
    [[nodiscard]] Result<void> discard(MessageId draft) override;
    [[nodiscard]] Result<store::OutboxId> send(MessageId draft,
                                               const mime::ComposedMessage &message) override;

private:
    store::Store &m_store;
};

} // namespace lb::ui
