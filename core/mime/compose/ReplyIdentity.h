// SPDX-License-Identifier: GPL-3.0-or-later
// Who answers or forwards a message: the input of the reply and forward helpers.
#pragma once

#include "mime/Message.h"

#include <QStringList>
#include <QTimeZone>

namespace lb::mime {

struct ReplyIdentity
{
    Mailbox from;
    QStringList ownAddresses;                         // the user's addresses besides from
    QString signature;                                // goes into OutgoingMessage::signature
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // for dates in quoted headers

    // Addresses compare without case: RFC 5321 2.4 leaves local-part case to the receiving
    // host, and in practice no two users differ only by it.
    [[nodiscard]] bool isOwnAddress(const QString &address) const;
};

} // namespace lb::mime
