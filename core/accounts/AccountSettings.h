// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "net/ServerEndpoint.h"

#include <QStringList>

#include <optional>

namespace lb::accounts {

enum class Protocol
{
    Imap,
    Pop3
};

// Where to connect and as whom. The password is never part of the settings: it lives in the
// system keyring (CredentialStore) or is asked for.
struct ServerSettings
{
    QString host;
    quint16 port = 0;
    net::TlsMode tls = net::TlsMode::Implicit;
    QString user;
    net::TrustSettings trust;

    [[nodiscard]] net::ServerEndpoint endpoint() const;
};

// What an IMAP account downloads for reading offline.
struct OfflinePolicy
{
    enum class Kind
    {
        HeadersOnly,
        RecentBodies,
        Everything
    };
    Kind kind = Kind::Everything;
    int recentDays = 30; // for RecentBodies
};

struct ImapOptions
{
    OfflinePolicy offline;
    // Keep these folders on the server (found by SPECIAL-USE or name) or locally.
    bool serverSent = true;
    bool serverDrafts = true;
    bool serverTrash = true;
    // Instead of moving a deleted message to Trash, mark it \\Deleted and expunge the folder
    // when the user leaves it (and on exit), as some users know from other clients.
    bool markDeletedInstead = false;
    // Learned, not chosen: the server files sent mail in Sent by itself (our Message-ID was
    // there before we appended it), so Letterbox stops appending its own copy.
    bool serverFilesSent = false;
    // Extensions the server advertises but that are broken on it (e.g. "QRESYNC", "COMPRESS",
    // "IDLE"): the session behaves as if they were not offered. Upper case.
    QStringList disabledExtensions;
};

struct Pop3Options
{
    bool leaveOnServer = true;
    // Delete from the server N days after the first download (off by default).
    std::optional<int> deleteAfterDays;
    // Delete the server copy when the local copy is deleted (when the local Trash is emptied).
    bool deleteWhenDeletedHere = false;
    // Larger messages are only previewed (TOP) and fetched whole on demand.
    std::optional<int> maxMessageSizeKb;
    // What happens to a message over maxMessageSizeKb: preview it (headers and the first lines
    // by TOP, the rest fetched on demand) or skip it (listed as not downloaded).
    enum class Oversize
    {
        Preview,
        Skip
    };
    Oversize oversize = Oversize::Preview;
    // Keep at most this many messages / megabytes on the server: the oldest downloaded ones are
    // deleted from the server first (off by default). Only messages already stored here count.
    std::optional<int> keepAtMostMessages;
    std::optional<int> keepAtMostMb;
    int checkEveryMinutes = 10;
};

struct AccountSettings
{
    QString name; // the user's label, unique among accounts
    Protocol protocol = Protocol::Imap;
    QString email;
    QString displayName;
    ServerSettings incoming;
    std::optional<ServerSettings> smtp;
    QString signature; // appended to new messages, replies and forwards (plain text)
    // Drafts being written are saved every N seconds (0: only when the composer closes).
    int draftAutosaveSeconds = 60;
    ImapOptions imap;
    Pop3Options pop3;
};

// The standard port for a protocol and TLS mode (RFC 8314 section 7, RFC 6409).
[[nodiscard]] quint16 defaultIncomingPort(Protocol protocol, net::TlsMode tls);
[[nodiscard]] quint16 defaultSmtpPort(net::TlsMode tls);

// Checks what a user could get wrong, with a sentence saying which setting and why.
[[nodiscard]] Result<void> validate(const AccountSettings &settings);

[[nodiscard]] QString toString(Protocol protocol);
[[nodiscard]] std::optional<Protocol> protocolFromString(QStringView text);
// "implicit", "starttls", "none": the words of the CLI and of persisted settings.
[[nodiscard]] QString tlsModeKey(net::TlsMode mode);
[[nodiscard]] std::optional<net::TlsMode> tlsModeFromString(QStringView text);

} // namespace lb::accounts
