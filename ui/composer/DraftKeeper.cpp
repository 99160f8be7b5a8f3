// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer/DraftKeeper.h"

#include <QCoreApplication>

namespace lb::ui {

Result<MessageId> NoDraftKeeper::save(AccountId, const QByteArray &, std::optional<MessageId>)
{
    return inputError(QCoreApplication::translate(
        "lb::ui::NoDraftKeeper", "Drafts are not kept in this version: the text stays only in "
                                 "this window until you send it."));
}

} // namespace lb::ui
