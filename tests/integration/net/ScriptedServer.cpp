// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedServer.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <memory>

namespace {

// Hands out the accepted descriptor so that a QSslSocket can own it.
class DescriptorServer : public QTcpServer
{
public:
    qintptr accepted = -1;

protected:
    void incomingConnection(qintptr descriptor) override { accepted = descriptor; }
};

} // namespace

ScriptedServer::ScriptedServer(Script script) : m_script(std::move(script))
{
    std::promise<quint16> ready;
    std::future<quint16> port = ready.get_future();
    m_thread =
        std::thread([this, promise = std::move(ready)]() mutable { run(std::move(promise)); });
    m_port = port.get();
}

ScriptedServer::~ScriptedServer()
{
    m_stop = true;
    m_thread.join();
}

void ScriptedServer::run(std::promise<quint16> ready)
{
    DescriptorServer server;
    server.listen(QHostAddress(m_script.address), 0);
    ready.set_value(server.serverPort());
    while (!m_stop && server.accepted < 0)
        server.waitForNewConnection(20);
    if (m_stop)
        return;
    auto socket = std::make_unique<QSslSocket>();
    socket->setSocketDescriptor(server.accepted);
    if (!m_script.tlsCertFile.isEmpty()) {
        socket->setLocalCertificate(m_script.tlsCertFile);
        QFile key(m_script.tlsKeyFile);
        key.open(QIODevice::ReadOnly);
        socket->setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        socket->startServerEncryption();
        socket->waitForEncrypted(5000);
    }
    if (!m_script.greeting.isEmpty()) {
        socket->write(m_script.greeting);
        socket->waitForBytesWritten(2000);
    }
    if (m_script.closeAfterGreeting) {
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->waitForDisconnected(2000);
        return;
    }
    while (!m_stop)
        socket->waitForReadyRead(20); // silent: swallow whatever arrives
}
