// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/verify/VerifyReport.h"

#include <atomic>
#include <chrono>

namespace lb::imap {
class Session;
}

namespace lb::sync::verify {

struct VerifyRequest
{
    accounts::AccountSettings settings;
    QString password;
    std::optional<QString> smtpPassword; // unset: the incoming password
    bool gatherFigures = true;
    std::chrono::milliseconds timeout{10000}; // connect, handshake and each read
    // Counting every IMAP folder stops after this long and falls back to INBOX alone.
    std::chrono::milliseconds figuresBudget{6000};
    const std::atomic<bool> *cancel = nullptr;
};

// Logs in for real to the incoming server (IMAP or POP3) and to the SMTP server (EHLO, AUTH)
// and says exactly what failed: host not found, port closed, timeout, TLS (with the
// certificate to trust), STARTTLS missing, or the login refused. Where a session's error does
// not carry the transport detail (POP3, SMTP), a probe without credentials
// (discovery::probeServer) finds it; the success path costs one connection per server.
// After an IMAP login the folders are
// counted (STATUS; SIZE where offered, else message sizes for mailboxes up to a limit) and
// the quota read (GETQUOTAROOT INBOX) when offered; after a POP3 login, STAT.
//
// Contract: blocking, on a worker thread, never the GUI thread. Nothing is changed on the
// servers; no message is sent.
[[nodiscard]] VerifyReport verifyAccount(const VerifyRequest &request);

// The parts of verifyAccount, for tests and for checking one server again.
[[nodiscard]] ServerCheck verifyIncoming(const VerifyRequest &request, MailboxFigures *figures);
[[nodiscard]] ServerCheck verifySmtp(const VerifyRequest &request);

// The mailbox figures of a logged-in IMAP session (ImapFigures.cpp).
[[nodiscard]] MailboxFigures imapFigures(imap::Session &session, std::chrono::milliseconds budget);

} // namespace lb::sync::verify
