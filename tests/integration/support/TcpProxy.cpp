// SPDX-License-Identifier: GPL-3.0-or-later
#include "TcpProxy.h"

#include "ServerProcess.h"

#include <QList>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

struct TcpProxy::Link
{
    int client = -1;
    int server = -1;
    QByteArray seen;       // the end of what the client sent, to find a pattern split in two
    qint64 countdown = -1; // server bytes left before the cut; -1: not counting
};

namespace {

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

TcpProxy::TcpProxy(quint16 targetPort) : m_targetPort(targetPort) {}

TcpProxy::~TcpProxy()
{
    if (m_thread.joinable()) {
        onThread([this] {
            m_stopping = true;
            for (Link &link : m_links)
                closeLink(link, false);
            m_links.clear();
            if (m_listenFd >= 0)
                ::close(m_listenFd);
            m_listenFd = -1;
        });
        m_thread.join();
    }
    if (m_wakeRead >= 0)
        ::close(m_wakeRead);
    if (m_wakeWrite >= 0)
        ::close(m_wakeWrite);
}

Result<void> TcpProxy::start()
{
    const QList<quint16> ports = freeLoopbackPorts(1);
    if (ports.isEmpty())
        return Error{ErrorScope::Connection, Remedy::None, u"proxy: no free port"_s, {}};
    m_port = ports.front();
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
        return Error{ErrorScope::Connection, Remedy::None, u"proxy: no pipe"_s, {}};
    m_wakeRead = fds[0];
    m_wakeWrite = fds[1];
    if (!openListener())
        return Error{ErrorScope::Connection,
                     Remedy::None,
                     u"proxy: cannot listen on port %1"_s.arg(m_port),
                     {}};
    m_thread = std::thread([this] { run(); });
    return Ok{};
}

bool TcpProxy::openListener()
{
    if (m_listenFd >= 0)
        return true;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    const sockaddr_in address = loopback(m_port);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(fd, 16) != 0) {
        ::close(fd);
        return false;
    }
    m_listenFd = fd;
    return true;
}

void TcpProxy::onThread(std::function<void()> task)
{
    std::unique_lock lock(m_mutex);
    m_tasks.push_back(std::move(task));
    const quint64 ticket = ++m_tasksPosted;
    const char byte = 1;
    (void)!::write(m_wakeWrite, &byte, 1);
    m_done.wait(lock, [&] { return m_tasksRun >= ticket; });
}

void TcpProxy::setListening(bool listening)
{
    onThread([this, listening] {
        if (listening) {
            (void)openListener();
        } else if (m_listenFd >= 0) {
            ::close(m_listenFd);
            m_listenFd = -1;
        }
    });
}

void TcpProxy::cutAll()
{
    onThread([this] {
        for (Link &link : m_links)
            closeLink(link, true);
        m_links.clear();
    });
}

void TcpProxy::cutAfter(const QByteArray &clientPattern, qint64 serverBytes)
{
    onThread([this, clientPattern, serverBytes] {
        m_pattern = clientPattern;
        m_cutAfterBytes = serverBytes;
    });
}

int TcpProxy::accepted() const
{
    std::lock_guard lock(m_mutex);
    return m_accepted;
}

int TcpProxy::cutCount() const
{
    std::lock_guard lock(m_mutex);
    return m_cuts;
}

int TcpProxy::openCount() const
{
    std::lock_guard lock(m_mutex);
    return m_open;
}

void TcpProxy::run()
{
    while (!m_stopping) {
        std::vector<pollfd> fds;
        fds.push_back({m_wakeRead, POLLIN, 0});
        if (m_listenFd >= 0)
            fds.push_back({m_listenFd, POLLIN, 0});
        const std::size_t firstLink = fds.size();
        for (const Link &link : m_links) {
            fds.push_back({link.client, POLLIN, 0});
            fds.push_back({link.server, POLLIN, 0});
        }
        if (::poll(fds.data(), fds.size(), -1) < 0 && errno != EINTR)
            break;
        // Relay first, so bytes already on their way are not lost to a task's cut.
        std::vector<bool> finished(m_links.size(), false);
        for (std::size_t i = 0; i < m_links.size(); ++i) {
            const short fromClient = fds[firstLink + 2 * i].revents;
            const short fromServer = fds[firstLink + 2 * i + 1].revents;
            if ((fromClient & (POLLIN | POLLHUP | POLLERR)) && !relay(m_links[i], true))
                finished[i] = true;
            else if ((fromServer & (POLLIN | POLLHUP | POLLERR)) && !relay(m_links[i], false))
                finished[i] = true;
        }
        for (std::size_t i = m_links.size(); i-- > 0;) {
            if (finished[i])
                m_links.erase(m_links.begin() + qsizetype(i));
        }
        if (m_listenFd >= 0 && firstLink == 2 && (fds[1].revents & POLLIN))
            acceptOne();
        if (fds[0].revents & POLLIN) {
            char sink[64];
            while (::read(m_wakeRead, sink, sizeof sink) > 0) {
            }
            std::deque<std::function<void()>> tasks;
            {
                std::lock_guard lock(m_mutex);
                tasks.swap(m_tasks);
            }
            for (auto &task : tasks)
                task();
            std::lock_guard lock(m_mutex);
            m_tasksRun += tasks.size();
            m_done.notify_all();
        }
    }
}

void TcpProxy::acceptOne()
{
    const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0)
        return;
    const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in target = loopback(m_targetPort);
    if (server < 0 ||
        ::connect(server, reinterpret_cast<const sockaddr *>(&target), sizeof target) != 0) {
        if (server >= 0)
            ::close(server);
        ::close(client);
        return;
    }
    const int yes = 1;
    ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    ::setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    m_links.push_back(Link{client, server, {}, -1});
    std::lock_guard lock(m_mutex);
    ++m_accepted;
    ++m_open;
}

bool TcpProxy::relay(Link &link, bool fromClient)
{
    char buffer[65536];
    const ssize_t n = ::recv(fromClient ? link.client : link.server, buffer, sizeof buffer, 0);
    if (n <= 0) {
        closeLink(link, false);
        return false;
    }
    if (fromClient) {
        if (!m_pattern.isEmpty() && link.countdown < 0) {
            link.seen += QByteArray(buffer, n);
            if (link.seen.contains(m_pattern)) {
                link.countdown = m_cutAfterBytes;
                m_pattern.clear(); // one shot
            } else {
                link.seen = link.seen.right(m_pattern.size());
            }
        }
        if (!writeAll(link.server, buffer, n)) {
            closeLink(link, false);
            return false;
        }
        return true;
    }
    qsizetype forward = n;
    const bool cutNow = link.countdown >= 0 && link.countdown <= n;
    if (cutNow)
        forward = qsizetype(link.countdown);
    else if (link.countdown >= 0)
        link.countdown -= n;
    if (forward > 0 && !writeAll(link.client, buffer, forward)) {
        closeLink(link, false);
        return false;
    }
    if (cutNow) {
        closeLink(link, true);
        return false;
    }
    return true;
}

void TcpProxy::closeLink(Link &link, bool cut)
{
    if (link.client < 0)
        return;
    ::shutdown(link.client, SHUT_RDWR);
    ::shutdown(link.server, SHUT_RDWR);
    ::close(link.client);
    ::close(link.server);
    link.client = link.server = -1;
    std::lock_guard lock(m_mutex);
    --m_open;
    if (cut)
        ++m_cuts;
}

} // namespace lb::test
