// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/discovery/TlsProbe.h"

#include "net/Connection.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::accounts::discovery {

namespace {

constexpr qsizetype MaxLine = 4096;
constexpr int MaxLines = 64;

// Reads CRLF-terminated lines off a connection for the few exchanges of a probe.
class LineReader
{
public:
    explicit LineReader(net::Connection &connection) : m_connection(connection) {}

    net::NetResult<QByteArray> line()
    {
        while (true) {
            const qsizetype end = m_buffer.indexOf('\n');
            if (end >= 0) {
                QByteArray result = m_buffer.left(end);
                m_buffer.remove(0, end + 1);
                if (result.endsWith('\r'))
                    result.chop(1);
                return result;
            }
            if (m_buffer.size() > MaxLine)
                return notThisProtocol(u"a line longer than %1 bytes"_s.arg(MaxLine));
            net::NetResult<QByteArray> some = m_connection.readSome();
            if (!some)
                return some.error();
            m_buffer += *some;
        }
    }

    // SMTP replies: lines until one whose fourth character is a space (RFC 5321 4.2.1).
    net::NetResult<QList<QByteArray>> smtpReply()
    {
        QList<QByteArray> lines;
        for (int i = 0; i < MaxLines; ++i) {
            net::NetResult<QByteArray> next = line();
            if (!next)
                return next.error();
            lines.append(*next);
            if (next->size() < 4 || next->at(3) != '-')
                return lines;
        }
        return notThisProtocol(u"a reply of more than %1 lines"_s.arg(MaxLines));
    }

    // IMAP: untagged lines until the tagged completion.
    net::NetResult<QByteArray> tagged(const QByteArray &tag)
    {
        for (int i = 0; i < MaxLines; ++i) {
            net::NetResult<QByteArray> next = line();
            if (!next)
                return next.error();
            if (next->startsWith(tag + ' '))
                return next->mid(tag.size() + 1);
        }
        return notThisProtocol(u"no answer to STARTTLS"_s);
    }

    [[nodiscard]] bool hasPending() const { return !m_buffer.isEmpty(); }

    net::NetError notThisProtocol(const QString &what) const
    {
        return net::socketError(m_connection.endpoint().host,
                                u"the server does not answer as expected (%1)."_s.arg(what));
    }

private:
    net::Connection &m_connection;
    QByteArray m_buffer;
};

bool greetingFits(ServerType type, const QByteArray &line)
{
    switch (type) {
    case ServerType::Imap:
        return line.startsWith("* OK") || line.startsWith("* PREAUTH");
    case ServerType::Pop3:
        return line.startsWith("+OK");
    case ServerType::Smtp:
        return line.startsWith("220");
    }
    return false;
}

// Sends the protocol's STARTTLS command and reads whether the server agrees.
net::NetResult<bool> askStartTls(ServerType type, net::Connection &connection, LineReader &reader)
{
    switch (type) {
    case ServerType::Imap: {
        if (auto sent = connection.write("P1 STARTTLS\r\n"); !sent)
            return sent.error();
        net::NetResult<QByteArray> answer = reader.tagged("P1");
        if (!answer)
            return answer.error();
        return answer->startsWith("OK");
    }
    case ServerType::Pop3: {
        if (auto sent = connection.write("STLS\r\n"); !sent)
            return sent.error();
        net::NetResult<QByteArray> answer = reader.line();
        if (!answer)
            return answer.error();
        return answer->startsWith("+OK");
    }
    case ServerType::Smtp: {
        if (auto sent = connection.write("EHLO [127.0.0.1]\r\n"); !sent)
            return sent.error();
        net::NetResult<QList<QByteArray>> ehlo = reader.smtpReply();
        if (!ehlo)
            return ehlo.error();
        bool offered = false;
        for (const QByteArray &l : *ehlo)
            offered =
                offered || (l.startsWith("250") && l.mid(4).trimmed().toUpper() == "STARTTLS");
        if (!offered)
            return false;
        if (auto sent = connection.write("STARTTLS\r\n"); !sent)
            return sent.error();
        net::NetResult<QList<QByteArray>> answer = reader.smtpReply();
        if (!answer)
            return answer.error();
        return answer->back().startsWith("220");
    }
    }
    return false;
}

} // namespace

net::NetResult<ProbeReport> probeServer(ServerType type, const net::ServerEndpoint &endpoint)
{
    net::Connection connection;
    connection.setProtocolLog(nullptr,
                              u"probe %1"_s.arg(net::hostPort(endpoint.host, endpoint.port)));
    if (auto connected = connection.connectToHost(endpoint); !connected)
        return connected.error();
    LineReader reader(connection);
    QByteArray first;
    if (type == ServerType::Smtp) {
        net::NetResult<QList<QByteArray>> greeting = reader.smtpReply();
        if (!greeting)
            return greeting.error();
        first = greeting->front();
    } else {
        net::NetResult<QByteArray> greeting = reader.line();
        if (!greeting)
            return greeting.error();
        first = *greeting;
    }
    if (!greetingFits(type, first))
        return reader.notThisProtocol(u"no %1 greeting"_s.arg(toString(type)));
    ProbeReport report;
    report.greeting = QString::fromUtf8(first.left(200));
    if (endpoint.tlsMode == net::TlsMode::StartTls) {
        net::NetResult<bool> agreed = askStartTls(type, connection, reader);
        if (!agreed)
            return agreed.error();
        if (!*agreed || reader.hasPending())
            return net::starttlsNotOffered(endpoint.host);
        if (auto upgraded = connection.startTls(); !upgraded)
            return upgraded.error();
    }
    report.certificate = connection.peerCertificate();
    report.tlsDescription = connection.tlsDescription();
    // Leave politely where it costs nothing; the connection closes either way.
    if (type == ServerType::Pop3 || type == ServerType::Smtp)
        (void)connection.write("QUIT\r\n");
    else
        (void)connection.write("P2 LOGOUT\r\n");
    connection.close();
    return report;
}

} // namespace lb::accounts::discovery
