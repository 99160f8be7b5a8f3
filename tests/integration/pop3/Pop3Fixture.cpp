// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pop3Fixture.h"

#include "accounts/AccountRepository.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

QString sampleMessageId(int index)
{
    return u"msg%1.pop3test@example.org"_s.arg(index);
}

QByteArray sampleMessage(int index, const QByteArray &word, qsizetype bodyLines)
{
    QByteArray m = "From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.org>\r\n"
                   "To: Alice <alice@example.org>\r\n"
                   "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?= number " +
                   QByteArray::number(index) +
                   "\r\n"
                   "Date: Mon, 3 Jun 2024 10:" +
                   QByteArray::number(10 + index % 50) +
                   ":00 +0200\r\n"
                   "Message-ID: <" +
                   sampleMessageId(index).toUtf8() +
                   ">\r\n"
                   "MIME-Version: 1.0\r\n"
                   "Content-Type: text/plain; charset=utf-8\r\n\r\n";
    m += "Hello Alice, this note mentions the " + word + " once.\r\n";
    for (qsizetype i = 0; i < bodyLines; ++i)
        m += "Line " + QByteArray::number(i) + " of the body.\r\n";
    return m;
}

accounts::AccountSettings popSettings(const TestServers &servers, net::TlsMode mode)
{
    const net::ServerEndpoint e = servers.pop3Endpoint(mode);
    accounts::AccountSettings s;
    s.name = u"Home"_s;
    s.protocol = accounts::Protocol::Pop3;
    s.email = u"alice@example.org"_s;
    s.incoming.host = e.host;
    s.incoming.port = e.port;
    s.incoming.tls = mode;
    s.incoming.user = servers.user(0).name;
    s.incoming.trust = e.trust;
    return s;
}

Pop3Fixture::Pop3Fixture(TestServersOptions options) : m_servers(options)
{
    const auto started = m_servers.start();
    if (!started)
        FAIL(started.error().message.toStdString());
    auto opened = store::Store::open(cachePath());
    REQUIRE(opened.ok());
    m_store.emplace(std::move(*opened));
    const net::TlsMode mode =
        options.dovecotOptions.tls ? net::TlsMode::Implicit : net::TlsMode::None;
    m_request.settings = popSettings(m_servers, mode);
    auto added = accounts::AccountRepository(*m_store).add(m_request.settings);
    REQUIRE(added.ok());
    m_account = *added;
    m_request.account = m_account;
    m_request.password = m_servers.user(0).password;
    m_request.store = &*m_store;
}

void Pop3Fixture::deliver(int index, const QByteArray &word)
{
    deliverRaw(sampleMessage(index, word));
}

void Pop3Fixture::deliverRaw(const QByteArray &message)
{
    REQUIRE(m_servers.dovecot().deliver(m_servers.user(0).name, u"INBOX"_s, message).ok());
}

int Pop3Fixture::serverCount()
{
    auto messages = m_servers.dovecot().messages(m_servers.user(0).name, u"INBOX"_s);
    REQUIRE(messages.ok());
    return int(messages->size());
}

FolderId Pop3Fixture::inbox()
{
    auto folders = m_store->folders(m_account);
    REQUIRE(folders.ok());
    for (const store::FolderRecord &f : *folders) {
        if (f.role == store::FolderRole::Inbox)
            return f.id;
    }
    return FolderId{};
}

QStringList Pop3Fixture::localMessageIds()
{
    auto page = m_store->messagesPage(inbox(), store::SortKey::Date,
                                      store::SortDirection::Descending, std::nullopt, 1000);
    REQUIRE(page.ok());
    QStringList ids;
    for (const store::MessageRow &row : page->rows)
        ids << row.record.messageId;
    ids.sort();
    return ids;
}

} // namespace lb::test
