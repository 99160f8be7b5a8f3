// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerFixture.h"

#include "accounts/AccountRepository.h"
#include "sync/imap/ImapSync.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

QByteArray sample(int n)
{
    const QByteArray number = QByteArray::number(n);
    return "From: Bob <bob@example.org>\r\nTo: alice@example.org\r\nSubject: Message " + number +
           "\r\nDate: Mon, 3 Jun 2024 10:00:0" + QByteArray::number(n % 10) +
           " +0000\r\nMessage-ID: <" + number + ".actions@example.org>\r\n\r\nBody of message " +
           number + ".\r\n";
}

ServerFixture::ServerFixture(const std::function<void(accounts::AccountSettings &)> &adjust,
                             bool smtp)
    : m_servers({.smtp = smtp})
{
    const auto started = m_servers.start();
    if (!started)
        FAIL(started.error().message.toStdString());
    REQUIRE(m_dir.isValid());
    m_store =
        std::make_unique<store::Store>(must(store::Store::open(m_dir.filePath(u"cache.sqlite"_s))));
    const net::ServerEndpoint endpoint = m_servers.imapEndpoint(net::TlsMode::Implicit);
    accounts::AccountSettings settings;
    settings.name = u"work"_s;
    settings.email = u"alice@example.org"_s;
    settings.displayName = u"Alice Example"_s;
    settings.incoming = {endpoint.host, endpoint.port, net::TlsMode::Implicit, user(),
                         endpoint.trust};
    if (smtp) {
        const net::ServerEndpoint out = m_servers.smtpEndpoint(net::TlsMode::StartTls);
        settings.smtp = accounts::ServerSettings{out.host, out.port, net::TlsMode::StartTls,
                                                 m_servers.smtp().options().user.name, out.trust};
    }
    if (adjust)
        adjust(settings);
    m_account = must(accounts::AccountRepository(*m_store).add(settings));
}

accounts::AccountSettings ServerFixture::settings()
{
    const auto found = must(accounts::AccountRepository(*m_store).byName(u"work"_s));
    REQUIRE(found.has_value());
    return found->settings;
}

void ServerFixture::changeSettings(const std::function<void(accounts::AccountSettings &)> &adjust)
{
    accounts::AccountSettings changed = settings();
    adjust(changed);
    must(accounts::AccountRepository(*m_store).update(m_account, changed));
}

sync::SyncRequest ServerFixture::request()
{
    sync::SyncRequest r;
    r.account = m_account;
    r.settings = settings();
    r.password = m_servers.user().password;
    r.store = m_store.get();
    return r;
}

sync::SyncReport ServerFixture::sync()
{
    return must(sync::imap::syncAccount(request()));
}

void ServerFixture::deliver(const QString &folder, const QByteArray &message, const QString &flags)
{
    const auto delivered = m_servers.dovecot().deliver(user(), folder, message, flags);
    if (!delivered)
        FAIL(delivered.error().message.toStdString());
}

QList<MaildirMessage> ServerFixture::onServer(const QString &folder)
{
    const auto listed = m_servers.dovecot().messages(user(), folder);
    if (!listed)
        FAIL(listed.error().message.toStdString());
    return *listed;
}

store::FolderRecord ServerFixture::folder(const QString &path)
{
    for (const store::FolderRecord &f : must(m_store->folders(m_account))) {
        if (f.path == path)
            return f;
    }
    FAIL("no folder " << path.toStdString());
    return {};
}

std::vector<store::MessageRow> ServerFixture::cached(const QString &path)
{
    return must(m_store->messagesPage(folder(path).id, store::SortKey::Date,
                                      store::SortDirection::Descending, std::nullopt, 1000))
        .rows;
}

MessageId ServerFixture::cachedId(const QString &path, const QString &subject)
{
    for (const store::MessageRow &row : cached(path)) {
        if (row.record.subject == subject)
            return row.id;
    }
    FAIL("no message " << subject.toStdString() << " in " << path.toStdString());
    return {};
}

} // namespace lb::test
