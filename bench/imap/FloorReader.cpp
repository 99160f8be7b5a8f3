// SPDX-License-Identifier: GPL-3.0-or-later
#include "FloorReader.h"

#include <QElapsedTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace lb::imap::bench {
namespace {

Error failed(const QString &what)
{
    return Error{ErrorScope::Connection, Remedy::None, u"floor reader: "_s + what, {}};
}

class Reader
{
public:
    explicit Reader(int fd) : m_fd(fd), m_window("\n") {}

    bool send(const QByteArray &line)
    {
        return ::send(m_fd, line.constData(), size_t(line.size()), MSG_NOSIGNAL) == line.size();
    }

    // Reads until a line starts with `tag` + " "; counts "* n FETCH" lines on the way.
    // Literals are not tracked: a header line in a literal would have to begin with the
    // benchmark's own tag to confuse it.
    bool readUntilTagged(const QByteArray &tag, FloorRun &run)
    {
        const QByteArray tagged = "\n" + tag + " ";
        while (true) {
            const ssize_t n = ::recv(m_fd, m_buffer, sizeof m_buffer, 0);
            if (n <= 0)
                return false;
            run.bytes += n;
            // Look at the last few bytes of the previous read too: a marker may straddle.
            m_window.append(m_buffer, n);
            run.fetches += countFetches();
            if (m_window.contains(tagged)) {
                m_window = "\n"; // the tagged line ended with CRLF: the next starts a line
                m_counted = 0;
                return true;
            }
            m_window = m_window.right(64);
            m_counted = m_window.size();
        }
    }

private:
    qint64 countFetches()
    {
        qint64 found = 0;
        // A match starting 7 or fewer bytes before the unseen part was not complete before.
        qsizetype from = std::max<qsizetype>(0, m_counted - 7);
        while (true) {
            const qsizetype at = m_window.indexOf(" FETCH (", from);
            if (at < 0)
                break;
            ++found;
            from = at + 8;
        }
        m_counted = m_window.size();
        return found;
    }

    int m_fd;
    char m_buffer[256 * 1024];
    QByteArray m_window;
    qsizetype m_counted = 0;
};

} // namespace

namespace {

// Connects, logs in, selects INBOX and, given `items`, fetches them for every message.
Result<FloorRun> runFloor(quint16 port, const QString &user, const QString &password,
                          const QByteArray &items)
{
    QElapsedTimer timer;
    timer.start();
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return failed(u"no socket"_s);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return failed(u"cannot connect"_s);
    }
    auto reader = std::make_unique<Reader>(fd);
    FloorRun run;
    FloorRun ignored;
    const bool ok = reader->readUntilTagged("*", ignored) && // the greeting
                    reader->send("F1 LOGIN " + user.toUtf8() + " " + password.toUtf8() + "\r\n") &&
                    reader->readUntilTagged("F1", ignored) && reader->send("F2 SELECT INBOX\r\n") &&
                    reader->readUntilTagged("F2", items.isEmpty() ? run : ignored) &&
                    (items.isEmpty() || (reader->send("F3 UID FETCH 1:* " + items + "\r\n") &&
                                         reader->readUntilTagged("F3", run)));
    ::close(fd);
    if (!ok)
        return failed(u"the server closed the connection"_s);
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    return run;
}

} // namespace

Result<FloorRun> readFloor(quint16 port, const QString &user, const QString &password,
                           const QByteArray &items)
{
    return runFloor(port, user, password, items);
}

Result<FloorRun> selectFloor(quint16 port, const QString &user, const QString &password)
{
    return runFloor(port, user, password, {});
}

} // namespace lb::imap::bench
