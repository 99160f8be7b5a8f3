// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QMutex>

#include <atomic>
#include <thread>

namespace lb::test {

// A minimal RFC 1939 server on a loopback port, on its own thread, for behaviours Dovecot
// does not show: an APOP timestamp in the greeting, no UIDL, no CAPA. Plaintext only;
// connections are served one after another; deletions happen at QUIT.
class FakePop3Server
{
public:
    struct Options
    {
        QByteArray user = "carol";
        QByteArray secret = "carol-secret";
        bool apop = true;      // greeting carries "<pid.clock@host>"
        bool uidl = false;     // UIDL answers -ERR when false
        QByteArrayList capa{}; // CAPA lines; empty: CAPA answers -ERR
    };

    explicit FakePop3Server(Options options);
    ~FakePop3Server();
    FakePop3Server(const FakePop3Server &) = delete;
    FakePop3Server &operator=(const FakePop3Server &) = delete;

    [[nodiscard]] quint16 port() const { return m_port; }
    void add(const QByteArray &message); // CRLF lines, not dot-stuffed
    [[nodiscard]] QList<QByteArray> messages();

private:
    void run();
    void serve(int fd);
    [[nodiscard]] QByteArray answer(const QByteArray &line, QList<bool> &deleted, bool &authed,
                                    bool &quit);

    Options m_options;
    QByteArray m_timestamp = "<4242.1700000000@fake.example>";
    int m_listenFd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    QMutex m_mutex;
    QList<QByteArray> m_messages;
    std::thread m_thread;
};

} // namespace lb::test
