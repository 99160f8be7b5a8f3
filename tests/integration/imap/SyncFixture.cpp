// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncFixture.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::test {

const char *toString(ExtensionMode mode)
{
    switch (mode) {
    case ExtensionMode::Qresync:
        return "QRESYNC";
    case ExtensionMode::CondstoreOnly:
        return "CONDSTORE only";
    case ExtensionMode::Neither:
        return "neither CONDSTORE nor QRESYNC";
    }
    return "";
}

QSet<QByteArray> hiddenFor(ExtensionMode mode)
{
    switch (mode) {
    case ExtensionMode::Qresync:
        return {};
    case ExtensionMode::CondstoreOnly:
        return {"QRESYNC"};
    case ExtensionMode::Neither:
        return {"QRESYNC", "CONDSTORE"};
    }
    return {};
}

SyncFixture::SyncFixture(ExtensionMode mode) : m_servers({.smtp = false})
{
    requireStarted(m_servers);
    REQUIRE(m_dir.isValid());
    auto opened = store::Store::open(cacheFile());
    REQUIRE(opened.ok());
    m_store = std::make_unique<store::Store>(std::move(opened).value());
    const net::ServerEndpoint endpoint = m_servers.imapEndpoint(net::TlsMode::Implicit);
    m_settings.name = u"test"_s;
    m_settings.email = u"alice@example.org"_s;
    m_settings.incoming.host = endpoint.host;
    m_settings.incoming.port = endpoint.port;
    m_settings.incoming.tls = net::TlsMode::Implicit;
    m_settings.incoming.user = user();
    m_settings.incoming.trust = endpoint.trust;
    auto account = m_store->createAccount(
        store::AccountRecord{{}, m_settings.name, store::Protocol::Imap, m_settings.email, {}});
    REQUIRE(account.ok());
    m_account = *account;
    m_options.hiddenCapabilities = hiddenFor(mode);
}

sync::SyncRequest SyncFixture::request(QString password)
{
    sync::SyncRequest r;
    r.account = m_account;
    r.settings = m_settings;
    r.password = password.isEmpty() ? m_servers.user().password : password;
    r.store = m_store.get();
    r.progress = [this](const sync::SyncProgress &p) { progress.append(p); };
    return r;
}

sync::SyncReport SyncFixture::sync()
{
    const auto report = sync::imap::syncAccount(request(), m_options);
    if (!report)
        FAIL(report.error().toString().toStdString());
    return *report;
}

void SyncFixture::deliver(const QString &folder, const QByteArray &message, const QString &flags)
{
    const auto delivered = dovecot().deliver(user(), folder, message, flags);
    if (!delivered)
        FAIL(delivered.error().message.toStdString());
}

void SyncFixture::doveadm(const QStringList &arguments)
{
    const auto ran = dovecot().doveadm(arguments);
    if (!ran)
        FAIL(ran.error().message.toStdString());
}

store::FolderRecord SyncFixture::folder(const QString &path)
{
    auto folders = m_store->folders(m_account);
    REQUIRE(folders.ok());
    for (const auto &f : *folders) {
        if (f.path == path)
            return f;
    }
    FAIL("no folder " << path.toStdString());
    return {};
}

std::vector<store::MessageRow> SyncFixture::messages(const QString &path)
{
    auto page = m_store->messagesPage(folder(path).id, store::SortKey::Date,
                                      store::SortDirection::Descending, std::nullopt, 1000);
    REQUIRE(page.ok());
    return page->rows;
}

store::MessageRow SyncFixture::message(const QString &path, const QString &subject)
{
    for (const auto &row : messages(path)) {
        if (row.record.subject == subject)
            return row;
    }
    FAIL("no message " << subject.toStdString() << " in " << path.toStdString());
    return {};
}

store::PendingOp op(SyncFixture &f, store::PendingOpKind kind, const store::MessageRow &row,
                    const QString &target)
{
    store::PendingOp p;
    p.account = f.account();
    p.kind = kind;
    p.message = row.id;
    p.folder = row.folder;
    p.uid = row.record.uid;
    if (!target.isEmpty())
        p.targetFolder = f.folder(target).id;
    return p;
}

qsizetype serverCount(SyncFixture &f, const QString &folder)
{
    const auto messages = f.dovecot().messages(f.user(), folder);
    REQUIRE(messages.ok());
    return messages->size();
}

} // namespace lb::test
