// SPDX-License-Identifier: GPL-3.0-or-later
// Shared pieces of the IMAP integration tests: a started fixture, sample messages, a session
// logged in as alice.
#pragma once

#include "TestServers.h"

#include "imap/Session.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace lb::test {

// Starts the servers (Dovecot only) or fails the test with Dovecot's log.
void requireStarted(TestServers &servers);

// A small RFC 5322 message; `n` makes Message-ID and Subject unique.
[[nodiscard]] QByteArray sampleMessage(int n, const QByteArray &extraHeaders = {},
                                       const QByteArray &date = "Mon, 3 Jun 2024 10:00:00 +0000");

// A session on the IMAPS port, logged in as the first user.
[[nodiscard]] std::unique_ptr<imap::Session> loggedInSession(const TestServers &servers,
                                                             imap::SessionOptions options = {});

} // namespace lb::test
