// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSettings.h"
#include "accounts/discovery/ClientConfig.h"
#include "net/NetError.h"

#include <optional>

namespace lb::sync::verify {

using accounts::discovery::ServerType;

// What stopped a login, precisely enough for the wizard to say it in one sentence and offer
// the right fix (type the password again, check the host, trust a certificate...).
enum class Failure
{
    None,
    AuthenticationFailed, // the server refused the user name or password
    HostNotFound,         // DNS has no address for the host name
    Unreachable,          // no route to the host
    PortClosed,           // connection refused: nothing listens on that port
    Timeout,              // no answer in time
    Certificate,          // the certificate is not trusted (see `certificate`)
    TlsHandshake,         // TLS could not be set up (not TLS on that port, no common cipher)
    StartTlsMissing,      // STARTTLS was chosen and the server does not offer it
    WrongProtocol,        // something answered, but not a server of this type
    ServerError,          // the server failed otherwise (its words are in serverText)
    Cancelled,
};

// The outcome of one server's login.
struct ServerCheck
{
    ServerType type = ServerType::Imap;
    QString host;
    quint16 port = 0;
    Failure failure = Failure::None;
    QString message;    // one English sentence (the UI words its own from `failure`)
    QString serverText; // the server's own words, where there were any
    // For Failure::Certificate: the leaf the server showed, to trust exactly that one.
    std::optional<net::CertificateInfo> certificate;
    QString tlsDescription;   // on success: "TLSv1.3, ..."
    QStringList capabilities; // on success: what the server offers (IMAP, POP3, SMTP words)

    [[nodiscard]] bool ok() const { return failure == Failure::None; }
};

// What a successful incoming login found in the mailbox, for the POP3/IMAP explanation.
struct MailboxFigures
{
    std::optional<quint64> messages; // all folders (IMAP) or the maildrop (POP3)
    std::optional<quint64> bytes;
    int folders = 0;            // IMAP folders counted
    bool inboxOnly = false;     // IMAP: only INBOX was counted (too many folders or too slow)
    bool sizeFromQuota = false; // bytes is the quota's usage, not a sum of message sizes
    std::optional<quint64> quotaUsedBytes;
    std::optional<quint64> quotaLimitBytes;
};

struct VerifyReport
{
    ServerCheck incoming;
    std::optional<ServerCheck> smtp; // unset when the account has no SMTP server
    std::optional<MailboxFigures> figures;

    [[nodiscard]] bool ok() const { return incoming.ok() && (!smtp || smtp->ok()); }
};

// The Failure for a transport error, and a check filled in from it.
[[nodiscard]] Failure failureFor(net::NetErrorKind kind);
[[nodiscard]] ServerCheck failedCheck(ServerType type, const accounts::ServerSettings &server,
                                      const net::NetError &error);
[[nodiscard]] QString toString(Failure failure);

// Roughly how much room the local cache will take for this mailbox: message bodies as the
// protocol and offline policy keep them, plus about 2 KiB of headers and index per message.
[[nodiscard]] std::optional<quint64> estimateCacheBytes(const MailboxFigures &figures,
                                                        accounts::Protocol protocol,
                                                        const accounts::OfflinePolicy &policy);

} // namespace lb::sync::verify
