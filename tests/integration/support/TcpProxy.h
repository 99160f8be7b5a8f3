// SPDX-License-Identifier: GPL-3.0-or-later
// A loopback TCP relay in front of a test server that can cut connections on command, so
// tests can take the network away from a client at a chosen moment.
#pragma once

#include "common/Result.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace lb::test {

// Listens on a free 127.0.0.1 port and relays every connection to 127.0.0.1:targetPort,
// byte for byte (TLS passes through untouched; the cut-after-pattern trigger needs the
// plaintext port). Runs its own thread; every method is synchronous: when it returns, the
// proxy has done it.
//
//   TcpProxy proxy(servers.dovecot().imapPort());
//   REQUIRE(proxy.start().ok());
//   endpoint.port = proxy.port();
//   proxy.setListening(false); // "the server is down": connects are refused
//   proxy.cutAll();            // "the network dropped": open connections end
class TcpProxy
{
public:
    explicit TcpProxy(quint16 targetPort);
    ~TcpProxy();
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    [[nodiscard]] Result<void> start();
    [[nodiscard]] quint16 port() const { return m_port; }

    // false closes the listening socket (connects are refused, open connections go on);
    // true opens it again on the same port.
    void setListening(bool listening);
    // Ends every open connection (both sides closed).
    void cutAll();
    // Arms a one-shot cut: the first connection whose client sends `clientPattern` is cut
    // once `serverBytes` bytes of what the server sends after that have been relayed.
    void cutAfter(const QByteArray &clientPattern, qint64 serverBytes);

    [[nodiscard]] int accepted() const;  // connections relayed so far
    [[nodiscard]] int cutCount() const;  // connections cut by cutAll() or cutAfter()
    [[nodiscard]] int openCount() const; // connections open now

private:
    struct Link;

    void run();
    // Runs `task` on the proxy thread and waits for it.
    void onThread(std::function<void()> task);
    [[nodiscard]] bool openListener();
    void acceptOne();
    // Relays what is readable on one side; false when the link is finished.
    [[nodiscard]] bool relay(Link &link, bool fromClient);
    void closeLink(Link &link, bool cut);

    quint16 m_targetPort;
    quint16 m_port = 0;
    int m_listenFd = -1;
    int m_wakeRead = -1;
    int m_wakeWrite = -1;
    std::thread m_thread;
    bool m_stopping = false; // proxy thread only

    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    std::deque<std::function<void()>> m_tasks;
    quint64 m_tasksPosted = 0;
    quint64 m_tasksRun = 0;

    std::deque<Link> m_links; // proxy thread only
    QByteArray m_pattern;     // proxy thread only; empty: no cut armed
    qint64 m_cutAfterBytes = 0;
    int m_accepted = 0; // under m_mutex
    int m_cuts = 0;
    int m_open = 0;
};

} // namespace lb::test
