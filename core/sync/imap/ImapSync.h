// SPDX-License-Identifier: GPL-3.0-or-later
// The IMAP sync engine: brings an account's cache in step with its server.
#pragma once

#include "common/Result.h"
#include "common/StrongId.h"
#include "net/NetError.h"
#include "sync/SyncRequest.h"

#include <QByteArray>
#include <QSet>

#include <chrono>
#include <functional>

namespace lb::sync::imap {

struct ImapSyncOptions
{
    // Extensions to treat as absent (a server that implements them badly; tests of the
    // fallbacks), e.g. {"QRESYNC", "CONDSTORE"}.
    QSet<QByteArray> hiddenCapabilities;
    int firstChunk = 50;   // newest messages of a folder, in their own small FETCH
    int chunk = 500;       // later header FETCHes
    int pipelineDepth = 3; // FETCH commands in flight at once
    // Without CONDSTORE, known messages' flags are fetched this many at a time.
    int flagScanChunk = 5000;
    // watch(): how long one IDLE lasts before it is re-issued (RFC 2177: under 30 minutes),
    // how often other folders (and, without IDLE, the inbox) are polled.
    std::chrono::milliseconds idleDuration{std::chrono::minutes(29)};
    std::chrono::milliseconds pollInterval{std::chrono::minutes(5)};
    // watch(): after a failed connection or a lost one, wait firstReconnectDelay, then twice
    // as long each time up to maxReconnectDelay; a pass that works starts over.
    std::chrono::milliseconds firstReconnectDelay{std::chrono::seconds(1)};
    std::chrono::milliseconds maxReconnectDelay{std::chrono::minutes(5)};
};

// A failed run's error, with the transport failure behind it when the network or the server's
// TLS was the cause: its kind and, for an untrusted certificate, the certificate (subject,
// issuer, validity, SHA-256) for the UI to show and the user to pin.
struct ImapSyncError : Error
{
    std::optional<net::NetError> transport;
};

// One run on the calling thread: connect, replay the offline queue, list folders, sync every
// subscribed folder (inbox first: headers newest first, flag changes, expunges), download
// bodies per the offline policy and index them, log out. Each folder's UIDNEXT and
// HIGHESTMODSEQ are saved only after its messages are committed, so a run that stops half
// way resumes without losing or duplicating anything.
[[nodiscard]] Result<SyncReport> syncAccount(const SyncRequest &request,
                                             const ImapSyncOptions &options = {});
// The same, keeping the transport detail of a failure.
[[nodiscard]] Result<SyncReport, ImapSyncError>
syncAccountDetailed(const SyncRequest &request, const ImapSyncOptions &options = {});

// syncAccount, then IDLE on the inbox (polling with NOOP where IDLE is missing), syncing
// what changed and polling the other folders every pollInterval, until *request.cancel is
// set. A lost connection or a server that is down is retried with backoff (see
// ImapSyncOptions); each failure reaches `onPass` as a report with one warning, and the cancel
// flag also cuts the wait short. Errors the user must act on (password, certificate, the
// cache) end the watch. `onPass` gets each pass's report.
[[nodiscard]] Result<void> watch(const SyncRequest &request,
                                 const std::function<void(const SyncReport &)> &onPass,
                                 const ImapSyncOptions &options = {});

// The whole message (BODY.PEEK[], so \Seen is not set), from the cache when there, else from
// the server; stored and indexed for search. For opening a message.
[[nodiscard]] Result<QByteArray> fetchBody(const SyncRequest &request, MessageId message,
                                           const ImapSyncOptions &options = {});

} // namespace lb::sync::imap
