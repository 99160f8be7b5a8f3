// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackHttpServer.h"

#include <QBuffer>
#include <QImage>
#include <QTcpSocket>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

QByteArray smallPng(Qt::GlobalColor color)
{
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray smallPngBase64()
{
    return smallPng().toBase64();
}

LoopbackHttpServer::LoopbackHttpServer()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            socket->setParent(this);
            auto request = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
                *request += socket->readAll();
                if (!request->contains("\r\n\r\n"))
                    return; // wait for the whole head (a GET has no body)
                m_paths << QString::fromLatin1(request->split(' ').value(1));
                const QByteArray png = smallPng();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                              QByteArray::number(png.size()) + "\r\nConnection: close\r\n\r\n" +
                              png);
                socket->disconnectFromHost();
                emit requestServed();
            });
        }
    });
}

QString LoopbackHttpServer::url(const QString &path) const
{
    return u"http://127.0.0.1:"_s + QString::number(port()) + path;
}

} // namespace lb::test
