// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <future>
#include <thread>

// A one-connection loopback server on its own thread, for failures real servers do not
// produce on demand: it accepts, optionally speaks TLS with a given certificate, sends
// `greeting`, and then either closes or stays silent until destroyed.
class ScriptedServer
{
public:
    struct Script
    {
        QByteArray greeting;
        bool closeAfterGreeting = false;
        QString tlsCertFile; // non-empty: implicit TLS with this certificate and key
        QString tlsKeyFile;
        QString address = QStringLiteral("127.0.0.1"); // any loopback address
    };

    explicit ScriptedServer(Script script);
    ~ScriptedServer();
    ScriptedServer(const ScriptedServer &) = delete;
    ScriptedServer &operator=(const ScriptedServer &) = delete;

    [[nodiscard]] quint16 port() const { return m_port; }

private:
    void run(std::promise<quint16> ready);

    Script m_script;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    quint16 m_port = 0;
};
