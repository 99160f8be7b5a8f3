// SPDX-License-Identifier: GPL-3.0-or-later
// Connection failures without a real server: refused ports, silence, cancel, abrupt close.
#include "ScriptedServer.h"
#include "ServerProcess.h"

#include "net/Connection.h"

#include "QtCatch.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>

#include <chrono>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using lb::net::Connection;
using lb::net::NetErrorKind;
using lb::net::ServerEndpoint;
using lb::net::TlsMode;

namespace {

ServerEndpoint loopback(quint16 port, TlsMode mode = TlsMode::None)
{
    ServerEndpoint endpoint{u"127.0.0.1"_s, port, mode};
    endpoint.timeouts.connect = 5s;
    endpoint.timeouts.handshake = 10s;
    endpoint.timeouts.read = 10s;
    return endpoint;
}

// Calls cancel() from another thread after `delay`.
class DelayedCancel
{
public:
    DelayedCancel(Connection &connection, std::chrono::milliseconds delay)
        : m_thread([&connection, delay] {
              std::this_thread::sleep_for(delay);
              connection.cancel();
          })
    {}
    ~DelayedCancel() { m_thread.join(); }

private:
    std::thread m_thread;
};

double secondsSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e9;
}

} // namespace

TEST_CASE("A closed port gives a clear connection-refused error", "[integration][net]")
{
    const QList<quint16> ports = lb::test::freeLoopbackPorts(1);
    REQUIRE(ports.size() == 1);
    Connection connection;
    const auto result = connection.connectToHost(loopback(ports.first()));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == NetErrorKind::Refused);
    CHECK(result.error().scope == lb::ErrorScope::Connection);
    CHECK(result.error().message.contains(QString::number(ports.first())));
    CHECK(result.error().message.contains(u"port"_s));
}

TEST_CASE("An unknown host name is reported as such", "[integration][net]")
{
    Connection connection;
    const auto result = connection.connectToHost({u"no-such-host.invalid"_s, 993});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == NetErrorKind::HostNotFound);
    CHECK(result.error().message.contains(u"no-such-host.invalid"_s));
}

TEST_CASE("A silent server makes readSome time out promptly and keeps the connection",
          "[integration][net]")
{
    QTcpServer silent; // the kernel completes the handshake; nobody ever writes
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    Connection connection;
    REQUIRE(connection.connectToHost(loopback(silent.serverPort())).ok());

    QElapsedTimer clock;
    clock.start();
    const auto result = connection.readSome(300ms);
    const double elapsed = secondsSince(clock);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == NetErrorKind::ReadTimeout);
    CHECK(result.error().remedy == lb::Remedy::RetryLater);
    CHECK(elapsed >= 0.25);
    CHECK(elapsed < 1.5);
    CHECK(connection.isOpen());
}

TEST_CASE("cancel() from another thread unblocks a read at once", "[integration][net]")
{
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    Connection connection;
    REQUIRE(connection.connectToHost(loopback(silent.serverPort())).ok());

    QElapsedTimer clock;
    clock.start();
    lb::net::NetResult<QByteArray> result = QByteArray();
    {
        DelayedCancel cancel(connection, 100ms);
        result = connection.readSome(10s);
    }
    const double elapsed = secondsSince(clock);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == NetErrorKind::Cancelled);
    CHECK(result.error().scope == lb::ErrorScope::Cancelled);
    CHECK(elapsed < 1.0);
    CHECK_FALSE(connection.isOpen());
    // Sticky until reset: nothing else runs on a cancelled connection.
    CHECK(connection.write("x").error().kind == NetErrorKind::Cancelled);
    CHECK(connection.connectToHost(loopback(silent.serverPort())).error().kind ==
          NetErrorKind::Cancelled);
    connection.resetCancel();
    CHECK(connection.connectToHost(loopback(silent.serverPort())).ok());
}

TEST_CASE("cancel() also cuts a stalled TLS handshake short", "[integration][net]")
{
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    Connection connection;
    QElapsedTimer clock;
    clock.start();
    lb::net::NetResult<void> result;
    {
        DelayedCancel cancel(connection, 100ms);
        result = connection.connectToHost(loopback(silent.serverPort(), TlsMode::Implicit));
    }
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == NetErrorKind::Cancelled);
    CHECK(secondsSince(clock) < 1.0);
}

TEST_CASE("A stalled TLS handshake times out", "[integration][net]")
{
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    auto endpoint = loopback(silent.serverPort(), TlsMode::Implicit);
    endpoint.timeouts.handshake = 300ms;
    Connection connection;
    QElapsedTimer clock;
    clock.start();
    const auto result = connection.connectToHost(endpoint);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == NetErrorKind::TlsHandshakeFailed);
    CHECK(result.error().serverText.contains(u"timed out"_s));
    CHECK(secondsSince(clock) < 1.5);
}

TEST_CASE("A server that closes mid-stream gives the data, then a clean error",
          "[integration][net]")
{
    ScriptedServer server({.greeting = "* OK ready\r\n* 1 FETCH (BODY[] {100}\r\npartial",
                           .closeAfterGreeting = true});
    Connection connection;
    REQUIRE(connection.connectToHost(loopback(server.port())).ok());
    QByteArray received;
    lb::net::NetResult<QByteArray> piece = QByteArray();
    while ((piece = connection.readSome(5s)).ok())
        received += piece.value();
    CHECK(received.endsWith("partial"));
    CHECK(piece.error().kind == NetErrorKind::ClosedByServer);
    CHECK(piece.error().message.contains(u"closed the connection"_s));
    CHECK_FALSE(connection.isOpen());
    CHECK(connection.readSome(1s).error().kind == NetErrorKind::NotConnected);
}

TEST_CASE("Writing to a closed connection is an error, not a crash", "[integration][net]")
{
    Connection connection;
    CHECK(connection.write("a NOOP\r\n").error().kind == NetErrorKind::NotConnected);
    CHECK(connection.startTls().error().kind == NetErrorKind::NotConnected);
    CHECK(connection.readSome(10ms).error().kind == NetErrorKind::NotConnected);
}
