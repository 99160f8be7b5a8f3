// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace lb::bench {

// The floor of a POP3 download: a bare blocking socket that logs in with USER/PASS, keeps
// `window` RETR commands in flight and only counts the reply terminators ("\r\n.\r\n") of
// what it reads, discarding the bytes. No parsing, no storing: what any client must at
// least wait for from the same server.
struct FloorResult
{
    std::uint64_t messages = 0;
    std::uint64_t bytes = 0;
    bool ok = false;
    QString error;
};

[[nodiscard]] FloorResult pipelinedRetr(quint16 port, const QByteArray &user,
                                        const QByteArray &password, std::uint32_t count,
                                        int window);
// Log in, UIDL, QUIT: the least a "nothing new?" check does.
[[nodiscard]] FloorResult uidlOnly(quint16 port, const QByteArray &user,
                                   const QByteArray &password);

} // namespace lb::bench
