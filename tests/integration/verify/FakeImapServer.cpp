// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeImapServer.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace lb::test {

FakeImapServer::FakeImapServer(QList<Mailbox> mailboxes, quint64 quotaUsedKb, quint64 quotaLimitKb)
    : m_mailboxes(std::move(mailboxes)), m_usedKb(quotaUsedKb), m_limitKb(quotaLimitKb)
{
    std::promise<quint16> ready;
    std::future<quint16> port = ready.get_future();
    m_thread = std::thread(&FakeImapServer::run, this, std::move(ready));
    m_port = port.get();
}

FakeImapServer::~FakeImapServer()
{
    if (m_thread.joinable())
        m_thread.join();
}

QList<QByteArray> FakeImapServer::commands()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_commands;
}

QByteArray FakeImapServer::answer(const QByteArray &tag, const QByteArray &command,
                                  const QByteArray &line, bool &done) const
{
    const QByteArray caps = "IMAP4rev1 QUOTA STATUS=SIZE";
    if (command == "CAPABILITY")
        return "* CAPABILITY " + caps + "\r\n" + tag + " OK done\r\n";
    if (command == "LOGIN")
        return tag + " OK [CAPABILITY " + caps + "] logged in\r\n";
    if (command == "GETQUOTAROOT")
        return "* QUOTAROOT INBOX \"\"\r\n* QUOTA \"\" (STORAGE " + QByteArray::number(m_usedKb) +
               " " + QByteArray::number(m_limitKb) + ")\r\n" + tag + " OK done\r\n";
    if (command == "LIST") {
        QByteArray out;
        for (const Mailbox &m : m_mailboxes)
            out += "* LIST (\\HasNoChildren) \"/\" \"" + m.name + "\"\r\n";
        out += "* LIST (\\Noselect \\HasChildren) \"/\" \"Shared\"\r\n";
        return out + tag + " OK done\r\n";
    }
    if (command == "LSUB")
        return tag + " OK done\r\n";
    if (command == "STATUS") {
        for (const Mailbox &m : m_mailboxes) {
            if (line.contains(" " + m.name + " ") || line.contains("\"" + m.name + "\"")) {
                return "* STATUS \"" + m.name + "\" (MESSAGES " + QByteArray::number(m.messages) +
                       " SIZE " + QByteArray::number(m.size) + ")\r\n" + tag + " OK done\r\n";
            }
        }
        return tag + " NO no such mailbox\r\n";
    }
    if (command == "LOGOUT") {
        done = true;
        return "* BYE bye\r\n" + tag + " OK done\r\n";
    }
    return tag + " BAD unknown command\r\n";
}

void FakeImapServer::run(std::promise<quint16> ready)
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost)) {
        ready.set_value(0);
        return;
    }
    ready.set_value(server.serverPort());
    if (!server.waitForNewConnection(10000))
        return;
    QTcpSocket *socket = server.nextPendingConnection();
    socket->write("* OK fake IMAP ready\r\n");
    socket->waitForBytesWritten(1000);
    bool done = false;
    while (!done && socket->state() == QAbstractSocket::ConnectedState) {
        if (!socket->canReadLine() && !socket->waitForReadyRead(10000))
            break;
        while (!done && socket->canReadLine()) {
            const QByteArray line = socket->readLine().trimmed();
            const QList<QByteArray> words = line.split(' ');
            if (words.size() < 2)
                continue;
            const QByteArray command = words.at(1).toUpper();
            m_commands.append(line.mid(words.at(0).size() + 1));
            socket->write(answer(words.at(0), command, line, done));
            socket->waitForBytesWritten(1000);
        }
    }
    socket->disconnectFromHost();
}

} // namespace lb::test
