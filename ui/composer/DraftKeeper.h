// SPDX-License-Identifier: GPL-3.0-or-later
// Where the composer keeps drafts. The composer only knows this interface; the application
// gives it the cache's drafts (or nothing, and the composer says that drafts are not kept).
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"

#include <QByteArray>

#include <optional>

namespace lb::ui {

class DraftKeeper
{
public:
    virtual ~DraftKeeper() = default;

    [[nodiscard]] virtual bool keepsDrafts() const = 0;
    // Saves the raw message as the new version of `previous`; returns the new version's id.
    [[nodiscard]] virtual Result<MessageId> save(AccountId account, const QByteArray &raw,
                                                 std::optional<MessageId> previous) = 0;
    // The draft is not wanted any more (sent, or thrown away).
    [[nodiscard]] virtual Result<void> discard(MessageId draft) = 0;
};

// Keeps nothing: what the composer uses when no draft storage is available.
class NoDraftKeeper final : public DraftKeeper
{
public:
    [[nodiscard]] bool keepsDrafts() const override { return false; }
    [[nodiscard]] Result<MessageId> save(AccountId, const QByteArray &,
                                         std::optional<MessageId>) override;
    [[nodiscard]] Result<void> discard(MessageId) override { return Ok{}; }
};

} // namespace lb::ui
