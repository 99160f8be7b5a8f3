// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawExchange.h"

#include <QDeadlineTimer>

namespace lb::test {

net::NetResult<QByteArray> readUntil(net::Connection &connection, const QByteArray &needle,
                                     std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    QByteArray received;
    while (!received.contains(needle)) {
        net::NetResult<QByteArray> piece = connection.readSome(
            std::chrono::milliseconds(std::max<qint64>(deadline.remainingTime(), 0)));
        if (!piece)
            return piece.error();
        received += piece.value();
    }
    return received;
}

net::NetResult<QByteArray> exchange(net::Connection &connection, const QByteArray &line,
                                    const QByteArray &needle, std::chrono::milliseconds timeout)
{
    if (net::NetResult<void> sent = connection.write(line + "\r\n"); !sent)
        return sent.error();
    return readUntil(connection, needle, timeout);
}

} // namespace lb::test
