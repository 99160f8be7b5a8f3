// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <atomic>
#include <future>
#include <thread>

namespace lb::test {

// A plaintext IMAP server for one connection on its own thread, answering what a Dovecot in
// the fixture cannot: QUOTA and STATUS=SIZE (RFC 9208, RFC 8438). Mailboxes are (name,
// messages, size); the quota is STORAGE in KiB.
class FakeImapServer
{
public:
    struct Mailbox
    {
        QByteArray name;
        quint64 messages = 0;
        quint64 size = 0;
    };

    FakeImapServer(QList<Mailbox> mailboxes, quint64 quotaUsedKb, quint64 quotaLimitKb);
    ~FakeImapServer();
    FakeImapServer(const FakeImapServer &) = delete;
    FakeImapServer &operator=(const FakeImapServer &) = delete;

    [[nodiscard]] quint16 port() const { return m_port; }
    // The commands received (tag removed), once the client has logged out.
    [[nodiscard]] QList<QByteArray> commands();

private:
    void run(std::promise<quint16> ready);
    [[nodiscard]] QByteArray answer(const QByteArray &tag, const QByteArray &command,
                                    const QByteArray &line, bool &done) const;

    QList<Mailbox> m_mailboxes;
    quint64 m_usedKb;
    quint64 m_limitKb;
    QList<QByteArray> m_commands;
    std::thread m_thread;
    quint16 m_port = 0;
};

} // namespace lb::test
