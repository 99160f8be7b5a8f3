// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace lb::imap::bench {

struct FloorRun
{
    double ms = 0;      // connect to the FETCH's tagged OK
    qint64 bytes = 0;   // what the server sent
    qint64 fetches = 0; // "* n FETCH" responses seen
};

// The floor of an initial header sync: a bare blocking socket that logs in, selects INBOX,
// sends one UID FETCH 1:* with `items` and reads until its tagged OK, looking at nothing but
// line starts. No parsing, no storing: what the server and the loopback cost on their own.
[[nodiscard]] Result<FloorRun> readFloor(quint16 port, const QString &user, const QString &password,
                                         const QByteArray &items);

// The floor of a no-change resync: log in and SELECT INBOX, nothing else.
[[nodiscard]] Result<FloorRun> selectFloor(quint16 port, const QString &user,
                                           const QString &password);

} // namespace lb::imap::bench
