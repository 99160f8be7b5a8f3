// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelinedReader.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace lb::bench {

namespace {

class Socket
{
public:
    explicit Socket(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (m_fd >= 0 &&
            ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
        const int one = 1;
        if (m_fd >= 0)
            ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;

    [[nodiscard]] bool ok() const { return m_fd >= 0; }

    bool send(const QByteArray &bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }

    // One read into the buffer; 0 at end of stream or on error.
    ssize_t read(std::vector<char> &buffer) { return ::read(m_fd, buffer.data(), buffer.size()); }

    // A single-line reply; true for +OK.
    bool okLine()
    {
        QByteArray line;
        char c = 0;
        while (::read(m_fd, &c, 1) == 1) {
            line += c;
            if (c == '\n')
                return line.startsWith("+OK");
        }
        return false;
    }

private:
    int m_fd = -1;
};

// Counts "\r\n.\r\n" across reads: the stream's last four bytes carry over to the next read.
class TerminatorCounter
{
public:
    std::uint64_t feed(const char *data, std::size_t size)
    {
        static constexpr char kEnd[] = "\r\n.\r\n";
        std::uint64_t found = 0;
        QByteArray joint = m_tail;
        joint.append(data, qsizetype(std::min<std::size_t>(4, size)));
        for (qsizetype i = 0; i < m_tail.size() && i + 5 <= joint.size(); ++i) {
            if (std::memcmp(joint.constData() + i, kEnd, 5) == 0)
                ++found;
        }
        const char *p = data;
        const char *end = data + size;
        while (const void *hit = ::memmem(p, std::size_t(end - p), kEnd, 5)) {
            ++found;
            p = static_cast<const char *>(hit) + 5;
        }
        m_tail.append(data, qsizetype(size));
        m_tail = m_tail.right(4);
        return found;
    }

private:
    QByteArray m_tail;
};

bool login(Socket &socket, const QByteArray &user, const QByteArray &password, FloorResult &out)
{
    if (!socket.ok()) {
        out.error = u"cannot connect"_s;
        return false;
    }
    if (!socket.okLine() || !socket.send("USER " + user + "\r\n") || !socket.okLine() ||
        !socket.send("PASS " + password + "\r\n") || !socket.okLine()) {
        out.error = u"login failed"_s;
        return false;
    }
    return true;
}

} // namespace

FloorResult pipelinedRetr(quint16 port, const QByteArray &user, const QByteArray &password,
                          std::uint32_t count, int window)
{
    FloorResult out;
    Socket socket(port);
    if (!login(socket, user, password, out))
        return out;
    std::vector<char> buffer(256 * 1024);
    TerminatorCounter terminators;
    std::uint32_t sent = 0;
    while (out.messages < count) {
        QByteArray commands;
        while (sent < count && sent - out.messages < std::uint64_t(window))
            commands += "RETR " + QByteArray::number(++sent) + "\r\n";
        if (!commands.isEmpty() && !socket.send(commands)) {
            out.error = u"write failed"_s;
            return out;
        }
        const ssize_t n = socket.read(buffer);
        if (n <= 0) {
            out.error = u"connection closed after %1 messages"_s.arg(out.messages);
            return out;
        }
        out.bytes += std::uint64_t(n);
        out.messages += terminators.feed(buffer.data(), std::size_t(n));
    }
    out.ok = socket.send("QUIT\r\n") && socket.okLine();
    return out;
}

FloorResult uidlOnly(quint16 port, const QByteArray &user, const QByteArray &password)
{
    FloorResult out;
    Socket socket(port);
    if (!login(socket, user, password, out) || !socket.send("UIDL\r\n"))
        return out;
    std::vector<char> buffer(256 * 1024);
    TerminatorCounter terminators;
    while (out.messages < 1) {
        const ssize_t n = socket.read(buffer);
        if (n <= 0) {
            out.error = u"connection closed"_s;
            return out;
        }
        out.bytes += std::uint64_t(n);
        out.messages += terminators.feed(buffer.data(), std::size_t(n));
    }
    out.ok = socket.send("QUIT\r\n") && socket.okLine();
    return out;
}

} // namespace lb::bench
