// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/DraftKeeper.h"

#include "sync/actions/DraftStore.h"

#include <QCoreApplication>

namespace lb::ui {

Result<MessageId> NoDraftKeeper::save(AccountId, const QByteArray &, std::optional<MessageId>)
{
    return inputError(QCoreApplication::translate(
        "lb::ui::NoDraftKeeper", "Drafts are not kept in this version: the text stays only in "
                                 "this window until you send it."));
}

Result<store::OutboxId> NoDraftKeeper::send(MessageId, const mime::ComposedMessage &)
{
    return inputError(
        QCoreApplication::translate("lb::ui::NoDraftKeeper", "There is no saved draft to send."));
}

Result<MessageId> StoreDraftKeeper::save(AccountId account, const QByteArray &raw,
                                         std::optional<MessageId> previous)
{
    return sync::DraftStore(m_store).save(account, raw, previous);
}

Result<void> StoreDraftKeeper::discard(MessageId draft)
{
    return sync::DraftStore(m_store).discard(draft);
}

Result<store::OutboxId> StoreDraftKeeper::send(MessageId draft,
                                               const mime::ComposedMessage &message)
{
    return sync::DraftStore(m_store).send(draft, message);
}

} // namespace lb::ui
