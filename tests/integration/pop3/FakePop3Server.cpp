// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakePop3Server.h"

#include <QCryptographicHash>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lb::test {

namespace {

bool sendAll(int fd, const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n =
            ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

// RFC 1939 section 3: a line starting with "." gets another one; the body ends in ".".
QByteArray multiLine(const QByteArray &body)
{
    QByteArray out = "+OK\r\n";
    for (const QByteArray &line : body.split('\n')) {
        if (line.isEmpty())
            continue;
        if (line.startsWith('.'))
            out += '.';
        out += line + '\n';
    }
    return out + ".\r\n";
}

} // namespace

FakePop3Server::FakePop3Server(Options options) : m_options(std::move(options))
{
    m_listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::listen(m_listenFd, 4);
    socklen_t length = sizeof address;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { run(); });
}

FakePop3Server::~FakePop3Server()
{
    m_stop = true;
    m_thread.join();
    ::close(m_listenFd);
}

void FakePop3Server::add(const QByteArray &message)
{
    QMutexLocker lock(&m_mutex);
    m_messages << message;
}

QList<QByteArray> FakePop3Server::messages()
{
    QMutexLocker lock(&m_mutex);
    return m_messages;
}

void FakePop3Server::run()
{
    while (!m_stop) {
        pollfd p{m_listenFd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int fd = ::accept(m_listenFd, nullptr, nullptr);
        if (fd >= 0) {
            serve(fd);
            ::close(fd);
        }
    }
}

void FakePop3Server::serve(int fd)
{
    QByteArray greeting = "+OK fake POP3 ready";
    if (m_options.apop)
        greeting += ' ' + m_timestamp;
    if (!sendAll(fd, greeting + "\r\n"))
        return;
    QList<bool> deleted(messages().size(), false);
    bool authed = false;
    bool quit = false;
    QByteArray buffer;
    while (!m_stop && !quit) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        char chunk[4096];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return; // dropped without QUIT: nothing is deleted
        buffer.append(chunk, n);
        for (qsizetype end = buffer.indexOf("\r\n"); end >= 0 && !quit;
             end = buffer.indexOf("\r\n")) {
            const QByteArray line = buffer.left(end);
            buffer.remove(0, end + 2);
            if (!sendAll(fd, answer(line, deleted, authed, quit)))
                return;
        }
    }
}

QByteArray FakePop3Server::answer(const QByteArray &line, QList<bool> &deleted, bool &authed,
                                  bool &quit)
{
    const QByteArrayList words = line.split(' ');
    const QByteArray verb = words.value(0).toUpper();
    QMutexLocker lock(&m_mutex);
    const auto message = [&](int index) -> const QByteArray * {
        const int i = words.value(index).toInt() - 1;
        return i >= 0 && i < m_messages.size() && !deleted[i] ? &m_messages[i] : nullptr;
    };
    if (verb == "CAPA")
        return m_options.capa.isEmpty() ? "-ERR no CAPA here\r\n"
                                        : "+OK\r\n" + m_options.capa.join("\r\n") + "\r\n.\r\n";
    if (verb == "QUIT") {
        quit = true;
        for (qsizetype i = m_messages.size() - 1; authed && i >= 0; --i) {
            if (deleted[i])
                m_messages.removeAt(i);
        }
        return "+OK bye\r\n";
    }
    if (!authed) {
        if (verb == "USER")
            return "+OK\r\n";
        if (verb == "PASS" && line.mid(5) == m_options.secret) {
            authed = true;
            return "+OK\r\n";
        }
        const QByteArray digest =
            QCryptographicHash::hash(m_timestamp + m_options.secret, QCryptographicHash::Md5)
                .toHex();
        if (verb == "APOP" && m_options.apop && words.value(1) == m_options.user &&
            words.value(2) == digest) {
            authed = true;
            return "+OK\r\n";
        }
        return "-ERR [AUTH] invalid login\r\n";
    }
    if (verb == "STAT" || verb == "LIST") {
        QByteArray listing;
        int count = 0;
        qsizetype octets = 0;
        for (qsizetype i = 0; i < m_messages.size(); ++i) {
            if (deleted[i])
                continue;
            ++count;
            octets += m_messages[i].size();
            listing +=
                QByteArray::number(i + 1) + ' ' + QByteArray::number(m_messages[i].size()) + "\r\n";
        }
        if (verb == "LIST")
            return "+OK\r\n" + listing + ".\r\n";
        return "+OK " + QByteArray::number(count) + ' ' + QByteArray::number(octets) + "\r\n";
    }
    if (verb == "UIDL")
        return "-ERR UIDL is not supported\r\n";
    if (verb == "RETR" || verb == "TOP") {
        const QByteArray *m = message(1);
        if (!m)
            return "-ERR no such message\r\n";
        if (verb == "RETR")
            return multiLine(*m);
        const qsizetype headerEnd = m->indexOf("\r\n\r\n");
        return multiLine(m->left(headerEnd + 4)); // TOP n 0 only: the header block
    }
    if (verb == "DELE") {
        if (!message(1))
            return "-ERR no such message\r\n";
        deleted[words.value(1).toInt() - 1] = true;
        return "+OK\r\n";
    }
    if (verb == "NOOP")
        return "+OK\r\n";
    if (verb == "RSET") {
        deleted.fill(false);
        return "+OK\r\n";
    }
    return "-ERR unknown command\r\n";
}

} // namespace lb::test
