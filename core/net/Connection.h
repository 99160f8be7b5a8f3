// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/NetResult.h"
#include "net/ProtocolLog.h"
#include "net/ServerEndpoint.h"

#include <QByteArrayView>
#include <QMutex>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

class QSslSocket;
class QTcpSocket;
class QHostAddress;

namespace lb::net {

class DeflateCodec;

// A blocking TCP/TLS connection for protocol code written linearly on a worker thread
// (ARCHITECTURE.md, threads): every call waits with a timeout and returns a NetResult.
//
// Contract:
// - Construct, use and destroy a Connection on one thread (the account worker's QThread); it
//   does not need that thread's event loop. Only cancel() may be called from another thread.
// - cancel() is prompt: a connect, handshake, read or write blocked in another thread returns
//   Cancelled within milliseconds (the socket is shut down underneath it). It is sticky: every
//   later call returns Cancelled until resetCancel(). A cancelled connection is closed.
// - Host name lookup (QHostInfo::fromName) is the one wait cancel() cannot cut short.
// - TLS: certificates are verified against the system store plus the endpoint's CA file, with
//   host name verification. A failure returns a NetError carrying the certificate; a pinned
//   SHA-256 fingerprint accepts exactly that leaf certificate (and nothing else that fails).
// - STARTTLS: connectToHost() leaves a StartTls endpoint in plaintext; the session reads the
//   greeting, checks the capability (or returns starttlsNotOffered()), sends the command, reads
//   its OK and calls startTls(). Plaintext bytes pending at that moment are an error (they
//   could be injected; RFC 3207 section 5, RFC 2595 section 3.1). The session must likewise
//   refuse to upgrade when its own parser holds bytes after the OK line.
// - Every byte sent and received goes to the protocol log (redacted), and to lcNet debug.
class Connection
{
public:
    Connection();
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Where lines are logged and under which label ("imap alice@example.org"). Defaults to
    // ProtocolLog::global() and "host:port".
    void setProtocolLog(std::shared_ptr<ProtocolLog> log, QString label = {});
    [[nodiscard]] std::shared_ptr<ProtocolLog> protocolLog() const { return m_log; }

    // TCP connect within endpoint.timeouts.connect, then the TLS handshake for Implicit.
    [[nodiscard]] NetResult<void> connectToHost(const ServerEndpoint &endpoint);
    // Upgrades the open plaintext connection in place (STARTTLS, STLS).
    [[nodiscard]] NetResult<void> startTls();

    // From now on, deflates what is sent and inflates what is received (IMAP COMPRESS, RFC
    // 4978). Call it right after the server accepted: bytes already waiting would be from
    // before, so they are an error, as with STARTTLS. The log keeps showing plain text.
    [[nodiscard]] NetResult<void> startDeflate();
    [[nodiscard]] bool isCompressed() const { return m_deflate != nullptr; }

    // Queues the bytes and waits until they have left our buffer (timeouts.write).
    [[nodiscard]] NetResult<void> write(QByteArrayView data);
    // The same, but the log shows only `logAs` (e.g. "<AUTH PLAIN response>").
    [[nodiscard]] NetResult<void> writeSecret(QByteArrayView data, QByteArrayView logAs);

    // Whatever has arrived (at least one byte), waiting up to `timeout` for it. A timeout
    // leaves the connection open; the caller decides whether the silence is fatal.
    [[nodiscard]] NetResult<QByteArray> readSome(std::chrono::milliseconds timeout);
    [[nodiscard]] NetResult<QByteArray> readSome();

    // Drops the connection at once (the protocol's LOGOUT/QUIT is the caller's business).
    void close();

    // Thread-safe; see the contract above.
    void cancel();
    void resetCancel();
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(); }

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] bool isEncrypted() const;
    [[nodiscard]] const ServerEndpoint &endpoint() const { return m_endpoint; }
    // The leaf certificate of an encrypted connection.
    [[nodiscard]] std::optional<CertificateInfo> peerCertificate() const;
    // "TLSv1.3, TLS_AES_256_GCM_SHA384" for the account's status page.
    [[nodiscard]] QString tlsDescription() const;

private:
    [[nodiscard]] NetResult<void> connectTcp(const QList<QHostAddress> &addresses);
    [[nodiscard]] NetResult<void> connectOne(const QHostAddress &address,
                                             std::chrono::milliseconds timeout);
    [[nodiscard]] NetResult<void> adoptConnectedSocket(QTcpSocket &tcp);
    [[nodiscard]] NetResult<void> handshake();
    [[nodiscard]] NetResult<void> send(QByteArrayView data); // write() without logging
    [[nodiscard]] NetResult<void> configureTls();
    [[nodiscard]] NetError handshakeError(bool timedOut);
    [[nodiscard]] NetError readError(std::chrono::milliseconds timeout, bool timedOut);
    void onSslErrors(const QList<QSslError> &errors);

    // The descriptor cancel() shuts down; false when cancel() came first.
    [[nodiscard]] bool armCancel(qintptr descriptor);
    void disarmCancel();

    void logNote(const QString &text);

    std::unique_ptr<QSslSocket> m_socket;
    std::unique_ptr<DeflateCodec> m_deflate; // set by startDeflate()
    ServerEndpoint m_endpoint;
    std::shared_ptr<ProtocolLog> m_log;
    QString m_label;
    bool m_customLabel = false;
    std::optional<NetError> m_certificateFailure; // set by onSslErrors during a handshake

    std::atomic<bool> m_cancelled{false};
    QMutex m_cancelMutex;
    qintptr m_armedDescriptor = -1;
};

} // namespace lb::net
