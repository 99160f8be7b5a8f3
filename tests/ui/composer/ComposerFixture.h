// SPDX-License-Identifier: GPL-3.0-or-later
// A real cache file with two accounts and an inbox holding one message to answer, plus a
// DraftKeeper that records what the composer asks of it.
#pragma once

#include "composer/ComposerAccount.h"
#include "composer/DraftKeeper.h"
#include "store/Store.h"

#include <QTemporaryDir>

#include <optional>
#include <vector>

namespace lb::test {

class RecordingDraftKeeper final : public ui::DraftKeeper
{
public:
    struct Save
    {
        AccountId account;
        QByteArray raw;
        std::optional<MessageId> previous;
    };
    [[nodiscard]] bool keepsDrafts() const override { return true; }
    [[nodiscard]] Result<MessageId> save(AccountId account, const QByteArray &raw,
                                         std::optional<MessageId> previous) override
    {
        saves.push_back({account, raw, previous});
        return MessageId(1000 + qint64(saves.size()));
    }
    [[nodiscard]] Result<void> discard(MessageId draft) override
    {
        discarded.push_back(draft);
        return Ok{};
    }
    [[nodiscard]] Result<store::OutboxId> send(MessageId draft,
                                               const mime::ComposedMessage &message) override;
    std::vector<Save> saves;
    std::vector<MessageId> discarded;
    std::vector<MessageId> sent;
    store::Store *store = nullptr;
};

class ComposerFixture
{
public:
    ComposerFixture();

    [[nodiscard]] std::vector<store::OutboxEntry> outbox();
    [[nodiscard]] QByteArray outboxBytes(const store::OutboxEntry &entry);
    [[nodiscard]] QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir dir;
    std::optional<store::Store> store;
    std::vector<ui::ComposerAccount> accounts;
    MessageId original; // from Ann to "me" and Bob, Cc Carol, with an attachment
    RecordingDraftKeeper drafts;
    ui::NoDraftKeeper noDrafts;
};

[[nodiscard]] QString screenshotPath(const QString &name);

} // namespace lb::test
