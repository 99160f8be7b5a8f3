// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Connection.h"

#include <QByteArray>

#include <chrono>

namespace lb::test {

// Reads until the bytes received contain `needle` (e.g. "\r\n", "a OK", "\r\n.\r\n");
// returns everything read. For tests that speak a protocol by hand.
[[nodiscard]] net::NetResult<QByteArray>
readUntil(net::Connection &connection, const QByteArray &needle,
          std::chrono::milliseconds timeout = std::chrono::seconds(5));

// Sends `line` plus CRLF, then reads until `needle`.
[[nodiscard]] net::NetResult<QByteArray>
exchange(net::Connection &connection, const QByteArray &line, const QByteArray &needle,
         std::chrono::milliseconds timeout = std::chrono::seconds(5));

} // namespace lb::test
