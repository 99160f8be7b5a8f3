// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/Connection.h"

#include "common/Log.h"
#include "net/Deflate.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QMutexLocker>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <climits>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using std::chrono::milliseconds;

namespace lb::net {

namespace {

int toMsecs(milliseconds duration)
{
    return static_cast<int>(std::clamp<milliseconds::rep>(duration.count(), 0, INT_MAX));
}

int wholeSeconds(milliseconds duration)
{
    return static_cast<int>((duration.count() + 999) / 1000);
}

NetError mapConnectError(const QTcpSocket &tcp, const QString &host, quint16 port)
{
    switch (tcp.error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return connectionRefused(host, port);
    case QAbstractSocket::SocketTimeoutError:
        return connectTimeout(host, port);
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        return unreachable(host, port, tcp.errorString());
    default:
        return socketError(host, tcp.errorString());
    }
}

// Which sentence fits a failed verification best (the user may still pin the certificate).
NetErrorKind certificateKind(const QList<QSslError> &errors, bool pinned)
{
    if (pinned)
        return NetErrorKind::CertificateChanged;
    bool expired = false;
    bool wrongHost = false;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::HostNameMismatch:
            wrongHost = true;
            break;
        default:
            break;
        }
    }
    if (expired)
        return NetErrorKind::CertificateExpired;
    if (wrongHost)
        return NetErrorKind::CertificateHostMismatch;
    return NetErrorKind::CertificateUntrusted;
}

} // namespace

Connection::Connection() : m_log(ProtocolLog::global()) {}

Connection::~Connection()
{
    close();
}

void Connection::setProtocolLog(std::shared_ptr<ProtocolLog> log, QString label)
{
    m_log = log ? std::move(log) : ProtocolLog::global();
    m_customLabel = !label.isEmpty();
    if (m_customLabel)
        m_label = std::move(label);
}

NetResult<void> Connection::connectToHost(const ServerEndpoint &endpoint)
{
    close();
    m_endpoint = endpoint;
    if (!m_customLabel)
        m_label = hostPort(endpoint.host, endpoint.port);
    if (m_cancelled)
        return cancelled();
    logNote(u"connecting to %1 (%2)"_s.arg(hostPort(endpoint.host, endpoint.port),
                                           toString(endpoint.tlsMode)));

    QList<QHostAddress> addresses;
    if (QHostAddress literal; literal.setAddress(endpoint.host)) {
        addresses << literal;
    } else {
        const QHostInfo info = QHostInfo::fromName(endpoint.host);
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
            return hostNotFound(endpoint.host);
        addresses = info.addresses();
    }
    if (NetResult<void> tcp = connectTcp(addresses); !tcp)
        return tcp;
    if (endpoint.tlsMode != TlsMode::Implicit)
        return Ok{};
    return handshake();
}

NetResult<void> Connection::connectTcp(const QList<QHostAddress> &addresses)
{
    const QDeadlineTimer deadline(m_endpoint.timeouts.connect);
    std::optional<NetError> lastError;
    for (const QHostAddress &address : addresses) {
        const milliseconds remaining(deadline.remainingTime());
        if (remaining <= milliseconds::zero())
            break;
        NetResult<void> attempt = connectOne(address, remaining);
        if (attempt)
            return Ok{};
        if (attempt.error().kind == NetErrorKind::Cancelled)
            return attempt;
        lastError = attempt.error();
    }
    if (lastError)
        return *lastError;
    return connectTimeout(m_endpoint.host, m_endpoint.port);
}

// Connects a plain QTcpSocket first: its descriptor exists while the connect is under way,
// so cancel() can cut the wait short. The connected descriptor then moves to a QSslSocket.
NetResult<void> Connection::connectOne(const QHostAddress &address, milliseconds timeout)
{
    QTcpSocket tcp;
    tcp.connectToHost(address, m_endpoint.port);
    if (tcp.socketDescriptor() >= 0 && !armCancel(tcp.socketDescriptor())) {
        disarmCancel();
        return cancelled();
    }
    const bool connected = tcp.waitForConnected(toMsecs(timeout));
    disarmCancel();
    if (m_cancelled)
        return cancelled();
    if (!connected) {
        qCDebug(lcNet) << "connect to" << address << "failed:" << tcp.errorString();
        return mapConnectError(tcp, m_endpoint.host, m_endpoint.port);
    }
    return adoptConnectedSocket(tcp);
}

NetResult<void> Connection::adoptConnectedSocket(QTcpSocket &tcp)
{
    const int descriptor = ::dup(static_cast<int>(tcp.socketDescriptor()));
    if (descriptor < 0)
        return socketError(m_endpoint.host, u"could not duplicate the socket descriptor"_s);
    auto socket = std::make_unique<QSslSocket>();
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(descriptor);
        return socketError(m_endpoint.host, socket->errorString());
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    QObject::connect(socket.get(), &QSslSocket::sslErrors, socket.get(),
                     [this](const QList<QSslError> &errors) { onSslErrors(errors); });
    m_socket = std::move(socket);
    tcp.abort(); // closes only our duplicate of the descriptor
    if (!armCancel(m_socket->socketDescriptor())) {
        close();
        return cancelled();
    }
    logNote(u"connected to %1"_s.arg(m_socket->peerAddress().toString()));
    return Ok{};
}

NetResult<void> Connection::startTls()
{
    if (m_cancelled)
        return cancelled();
    if (!isOpen())
        return notConnected();
    if (m_socket->isEncrypted())
        return Ok{};
    if (m_socket->bytesAvailable() > 0) {
        // Bytes after the server's STARTTLS OK were sent in plaintext and would later look
        // like protected data (RFC 3207 section 5 on command injection).
        const NetError error = tlsHandshakeFailed(
            m_endpoint.host, u"the server sent unexpected data before the TLS handshake"_s);
        close();
        return error;
    }
    return handshake();
}

NetResult<void> Connection::startDeflate()
{
    if (m_cancelled)
        return cancelled();
    if (!isOpen())
        return notConnected();
    if (m_deflate)
        return Ok{};
    if (m_socket->bytesAvailable() > 0) {
        const NetError error =
            socketError(m_endpoint.host, u"the server sent data before compression started"_s);
        close();
        return error;
    }
    auto codec = std::make_unique<DeflateCodec>();
    if (!codec->isValid())
        return socketError(m_endpoint.host, u"compression could not be set up"_s);
    m_deflate = std::move(codec);
    logNote(u"compression (deflate) started"_s);
    return Ok{};
}

NetResult<void> Connection::configureTls()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::SecureProtocols);
    if (!m_endpoint.trust.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(
            m_endpoint.trust.caFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (extra.isEmpty()) {
            NetError error = tlsHandshakeFailed(m_endpoint.host, m_endpoint.trust.caFile);
            error.message =
                u"The CA file %1 could not be read or holds no PEM certificate. "
                "Choose another file in the account settings."_s.arg(m_endpoint.trust.caFile);
            return error;
        }
        // Setting CA certificates turns off the system store's on-demand loading: add it back.
        config.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    }
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_endpoint.host);
    return Ok{};
}

NetResult<void> Connection::handshake()
{
    if (NetResult<void> configured = configureTls(); !configured) {
        close();
        return configured;
    }
    m_certificateFailure.reset();
    const milliseconds timeout = m_endpoint.timeouts.handshake;
    QElapsedTimer clock;
    clock.start();
    m_socket->startClientEncryption();
    if (m_socket->waitForEncrypted(toMsecs(timeout))) {
        logNote(u"TLS established: %1"_s.arg(tlsDescription()));
        return Ok{};
    }
    const NetError error = handshakeError(milliseconds(clock.elapsed()) >= timeout);
    close();
    return error;
}

NetError Connection::handshakeError(bool timedOut)
{
    if (m_cancelled)
        return cancelled();
    if (m_certificateFailure)
        return *m_certificateFailure;
    if (timedOut)
        return tlsHandshakeFailed(m_endpoint.host, u"the handshake timed out"_s);
    return tlsHandshakeFailed(m_endpoint.host, m_socket->errorString());
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    QSslCertificate leaf = m_socket->peerCertificate();
    if (leaf.isNull() && !errors.isEmpty())
        leaf = errors.first().certificate();
    const QString pin = normalizeFingerprint(m_endpoint.trust.pinnedSha256);
    CertificateInfo info = certificateInfo(leaf, errors);
    if (!pin.isEmpty() && !leaf.isNull() && pin == info.sha256Fingerprint) {
        logNote(u"accepting the pinned certificate %1 despite: %2"_s.arg(
            info.displayFingerprint(), info.errors.join(u"; "_s)));
        m_socket->ignoreSslErrors();
        return;
    }
    logNote(u"certificate rejected: %1"_s.arg(info.errors.join(u"; "_s)));
    const NetErrorKind kind = certificateKind(errors, !pin.isEmpty());
    m_certificateFailure = certificateError(m_endpoint.host, std::move(info), kind);
}

NetResult<void> Connection::write(QByteArrayView data)
{
    if (m_cancelled)
        return cancelled();
    if (!isOpen())
        return notConnected();
    m_log->append(m_label, ProtocolLog::Direction::Sent, data);
    return send(data);
}

NetResult<void> Connection::writeSecret(QByteArrayView data, QByteArrayView logAs)
{
    if (m_cancelled)
        return cancelled();
    if (!isOpen())
        return notConnected();
    m_log->appendSecret(m_label, logAs);
    return send(data);
}

NetResult<void> Connection::send(QByteArrayView plain)
{
    QByteArray compressed;
    if (m_deflate)
        compressed = m_deflate->compress(plain);
    const QByteArrayView data = m_deflate ? QByteArrayView(compressed) : plain;
    if (m_socket->write(data.data(), data.size()) != data.size())
        return socketError(m_endpoint.host, m_socket->errorString());
    m_socket->flush();
    const QDeadlineTimer deadline(m_endpoint.timeouts.write);
    while (m_socket->bytesToWrite() > 0 || m_socket->encryptedBytesToWrite() > 0) {
        if (deadline.hasExpired())
            return writeTimeout(m_endpoint.host);
        const bool progressed =
            m_socket->waitForBytesWritten(toMsecs(milliseconds(deadline.remainingTime())));
        if (m_cancelled) {
            close();
            return cancelled();
        }
        if (!progressed && m_socket->state() != QAbstractSocket::ConnectedState)
            return closedByServer(m_endpoint.host);
    }
    return Ok{};
}

NetResult<QByteArray> Connection::readSome()
{
    return readSome(m_endpoint.timeouts.read);
}

NetResult<QByteArray> Connection::readSome(milliseconds timeout)
{
    if (m_cancelled)
        return cancelled();
    if (!m_socket)
        return notConnected();
    const QDeadlineTimer deadline(timeout);
    while (true) {
        while (m_socket->bytesAvailable() == 0) {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                return readError(timeout, false);
            if (deadline.hasExpired())
                return readError(timeout, true);
            m_socket->waitForReadyRead(toMsecs(milliseconds(deadline.remainingTime())));
            if (m_cancelled) {
                close();
                return cancelled();
            }
        }
        QByteArray bytes = m_socket->readAll();
        if (m_deflate) {
            std::optional<QByteArray> plain = m_deflate->decompress(bytes);
            if (!plain) {
                const NetError error = socketError(
                    m_endpoint.host, u"the compressed data from the server is damaged"_s);
                close();
                return error;
            }
            bytes = std::move(*plain);
            if (bytes.isEmpty())
                continue; // part of a deflate block: wait for the rest
        }
        m_log->append(m_label, ProtocolLog::Direction::Received, bytes);
        return bytes;
    }
}

NetError Connection::readError(milliseconds timeout, bool timedOut)
{
    if (timedOut)
        return readTimeout(m_endpoint.host, wholeSeconds(timeout));
    const bool closedByPeer = m_socket->error() == QAbstractSocket::RemoteHostClosedError ||
                              m_socket->error() == QAbstractSocket::UnknownSocketError;
    NetError error = closedByPeer ? closedByServer(m_endpoint.host)
                                  : socketError(m_endpoint.host, m_socket->errorString());
    logNote(error.message);
    close();
    return error;
}

void Connection::close()
{
    disarmCancel();
    m_deflate.reset();
    if (!m_socket)
        return;
    m_socket->abort();
    m_socket.reset();
    logNote(u"closed"_s);
    m_log->endConnection(m_label);
}

void Connection::cancel()
{
    QMutexLocker lock(&m_cancelMutex);
    m_cancelled = true;
    // Wakes a poll() on this descriptor in the worker thread at once. The descriptor stays
    // open (the worker closes it), so it cannot be reused under us.
    if (m_armedDescriptor >= 0)
        ::shutdown(static_cast<int>(m_armedDescriptor), SHUT_RDWR);
}

void Connection::resetCancel()
{
    QMutexLocker lock(&m_cancelMutex);
    m_cancelled = false;
}

bool Connection::armCancel(qintptr descriptor)
{
    QMutexLocker lock(&m_cancelMutex);
    m_armedDescriptor = descriptor;
    return !m_cancelled;
}

void Connection::disarmCancel()
{
    QMutexLocker lock(&m_cancelMutex);
    m_armedDescriptor = -1;
}

bool Connection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool Connection::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

std::optional<CertificateInfo> Connection::peerCertificate() const
{
    if (!isEncrypted())
        return std::nullopt;
    return certificateInfo(m_socket->peerCertificate());
}

QString Connection::tlsDescription() const
{
    if (!isEncrypted())
        return {};
    const QSslCipher cipher = m_socket->sessionCipher();
    return cipher.protocolString() + u", "_s + cipher.name();
}

void Connection::logNote(const QString &text)
{
    qCDebug(lcNet).noquote() << m_label << text;
    m_log->note(m_label, text);
}

} // namespace lb::net
