// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny HTTP server on 127.0.0.1 that answers every request with one PNG and counts the
// connections it saw: the witness that rendering a message sent nothing to the network.
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QTcpServer>

namespace lb::test {

class LoopbackHttpServer : public QObject
{
    Q_OBJECT
public:
    LoopbackHttpServer();

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QString url(const QString &path) const;
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] const QStringList &requestedPaths() const { return m_paths; }

signals:
    void requestServed();

private:
    QTcpServer m_server;
    int m_connections = 0;
    QStringList m_paths;
};

// A valid 3×2 PNG.
[[nodiscard]] QByteArray smallPng(Qt::GlobalColor color = Qt::red);
// The same, base64 with line breaks, for a MIME part.
[[nodiscard]] QByteArray smallPngBase64();

} // namespace lb::test
