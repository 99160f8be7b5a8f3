// SPDX-License-Identifier: GPL-3.0-or-later
// The IMAP sync against a server that misbehaves on purpose (hostile_imap_server.py): each
// misbehaviour ends in a clear, typed error or a correct recovery, within bounded memory, and
// leaves the cache consistent (nothing half-stored, nothing duplicated on the next sync).
#include "HostileServer.h"

#include "imap/Session.h"
#include "store/Store.h"
#include "sync/imap/ImapSync.h"

#include "QtCatch.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using lb::net::NetErrorKind;
using lb::net::TlsMode;
using lb::test::HostileImapServer;

namespace {

// Peak resident memory of this process so far, in MiB (VmHWM).
qint64 peakResidentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

quint16 portOf(const HostileImapServer &server)
{
    const auto port = server.port();
    if (!port)
        FAIL(port.error().message.toStdString());
    return *port;
}

class HostileFixture
{
public:
    HostileFixture()
    {
        REQUIRE(m_dir.isValid());
        auto opened = lb::store::Store::open(m_dir.filePath(u"cache.sqlite"_s));
        REQUIRE(opened.ok());
        m_store = std::make_unique<lb::store::Store>(std::move(opened).value());
        m_settings.name = u"hostile"_s;
        m_settings.email = u"alice@example.org"_s;
        m_settings.incoming.host = u"127.0.0.1"_s;
        m_settings.incoming.user = u"alice"_s;
        auto account = m_store->createAccount(lb::store::AccountRecord{
            {}, m_settings.name, lb::store::Protocol::Imap, m_settings.email, {}});
        REQUIRE(account.ok());
        m_account = *account;
        // Small FETCHes, several in flight: pipelining is exercised with three messages.
        m_options.firstChunk = 1;
        m_options.chunk = 1;
        m_options.pipelineDepth = 3;
    }

    lb::Result<lb::sync::SyncReport, lb::sync::imap::ImapSyncError>
    sync(quint16 port, TlsMode tls = TlsMode::None, const QString &caFile = {})
    {
        m_settings.incoming.port = port;
        m_settings.incoming.tls = tls;
        m_settings.incoming.trust.caFile = caFile;
        lb::sync::SyncRequest request;
        request.account = m_account;
        request.settings = m_settings;
        request.password = u"alice-secret"_s;
        request.store = m_store.get();
        return lb::sync::imap::syncAccountDetailed(request, m_options);
    }

    std::optional<lb::store::FolderRecord> folder(const QString &path)
    {
        auto folders = m_store->folders(m_account);
        REQUIRE(folders.ok());
        for (const auto &f : *folders) {
            if (f.path == path)
                return f;
        }
        return std::nullopt;
    }

    // Message-IDs in the inbox, oldest first; empty when there is no inbox yet.
    QStringList inbox()
    {
        const auto box = folder(u"INBOX"_s);
        if (!box)
            return {};
        auto page = m_store->messagesPage(box->id, lb::store::SortKey::Date,
                                          lb::store::SortDirection::Ascending, std::nullopt, 100);
        REQUIRE(page.ok());
        QStringList ids;
        for (const auto &row : page->rows)
            ids << row.record.messageId;
        ids.sort();
        return ids;
    }

    [[nodiscard]] QString directory() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<lb::store::Store> m_store;
    lb::AccountId m_account;
    lb::accounts::AccountSettings m_settings;
    lb::sync::imap::ImapSyncOptions m_options;
};

const QStringList kAllThree{u"h1@example.org"_s, u"h2@example.org"_s, u"h3@example.org"_s};

// After a failed run, a well-behaved server brings the cache to exactly its three messages.
void requireRecovery(HostileFixture &f)
{
    HostileImapServer normal(u"normal"_s);
    const auto again = f.sync(portOf(normal));
    INFO((again ? std::string() : again.error().message.toStdString()));
    REQUIRE(again.ok());
    CHECK(f.inbox() == kAllThree);
}

} // namespace

TEST_CASE("Hostile IMAP: a hidden STARTTLS is an error, never a plaintext login",
          "[integration][hardening]")
{
    HostileFixture f;
    HostileImapServer server(u"hide-starttls"_s);
    const auto result = f.sync(portOf(server), TlsMode::StartTls);
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error().transport.has_value());
    CHECK(result.error().transport->kind == NetErrorKind::StartTlsNotOffered);
    CHECK(f.inbox().isEmpty());
}

TEST_CASE("Hostile IMAP: a certificate for another host or an expired one is refused, with "
          "the certificate to show",
          "[integration][hardening]")
{
    HostileFixture f;
    const auto certificates = lb::test::makeHostileCertificates(f.directory() + u"/certs"_s);
    if (!certificates)
        FAIL(certificates.error().message.toStdString());

    HostileImapServer wrongHost(u"normal"_s, certificates->wrongHost);
    const auto wrong = f.sync(portOf(wrongHost), TlsMode::Implicit, certificates->caFile);
    REQUIRE_FALSE(wrong.ok());
    REQUIRE(wrong.error().transport.has_value());
    CHECK(wrong.error().transport->kind == NetErrorKind::CertificateHostMismatch);
    CHECK(wrong.error().transport->certificate.has_value());

    HostileImapServer expired(u"normal"_s, certificates->expired);
    const auto old = f.sync(portOf(expired), TlsMode::Implicit, certificates->caFile);
    REQUIRE_FALSE(old.ok());
    REQUIRE(old.error().transport.has_value());
    CHECK(old.error().transport->kind == NetErrorKind::CertificateExpired);
    CHECK(old.error().transport->certificate.has_value());
    CHECK(f.inbox().isEmpty());
}

TEST_CASE("Hostile IMAP: a 2 GB literal or an endless line fails fast in bounded memory",
          "[integration][hardening]")
{
    const char *scenario = GENERATE("huge-literal", "endless-line");
    INFO(scenario);
    HostileFixture f;
    const qint64 before = peakResidentMiB();
    HostileImapServer server(QString::fromLatin1(scenario));
    const auto result = f.sync(portOf(server));
    REQUIRE_FALSE(result.ok());
    INFO(result.error().message.toStdString());
    CHECK(result.error().scope == lb::ErrorScope::Connection);
    CHECK(result.error().message.contains(u"could not be understood"_s));
    // The parser refuses before storing: far below the 2 GB announced or the GBs sent.
    CHECK(peakResidentMiB() - before < 256);
    CHECK(f.inbox().isEmpty());
    requireRecovery(f);
}

TEST_CASE("Hostile IMAP: a connection closed in the middle of a body keeps the headers and "
          "duplicates nothing",
          "[integration][hardening]")
{
    HostileFixture f;
    {
        HostileImapServer server(u"close-mid-literal"_s);
        const auto result = f.sync(portOf(server));
        INFO((result ? "sync reported success" : result.error().message.toStdString()));
        if (result.ok())
            CHECK_FALSE(result->warnings.isEmpty());
        else
            CHECK(result.error().scope == lb::ErrorScope::Connection);
        // Whatever was committed is whole: the three headers, or none of them.
        const QStringList ids = f.inbox();
        CHECK((ids.isEmpty() || ids == kAllThree));
    }
    requireRecovery(f);
}

TEST_CASE("Hostile IMAP: replies to pipelined FETCHes in another order are matched by tag",
          "[integration][hardening]")
{
    HostileFixture f;
    HostileImapServer server(u"out-of-order"_s);
    const auto result = f.sync(portOf(server));
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
    CHECK(f.inbox() == kAllThree);
}

TEST_CASE("Hostile IMAP: mailbox names that are neither UTF-8 nor modified UTF-7 do not stop "
          "the sync",
          "[integration][hardening]")
{
    HostileFixture f;
    HostileImapServer server(u"non-utf8-names"_s);
    const auto result = f.sync(portOf(server));
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
    CHECK(f.inbox() == kAllThree);
    requireRecovery(f);
}

TEST_CASE("Hostile IMAP: a new UIDVALIDITY replaces the folder's messages, without duplicates",
          "[integration][hardening]")
{
    HostileFixture f;
    HostileImapServer server(u"uidvalidity"_s); // each connection renumbers the mailbox
    const auto first = f.sync(portOf(server));
    REQUIRE(first.ok());
    CHECK(f.inbox() == kAllThree);
    const auto validityBefore = f.folder(u"INBOX"_s)->sync.uidValidity;
    const auto second = f.sync(portOf(server));
    INFO((second ? std::string() : second.error().message.toStdString()));
    REQUIRE(second.ok());
    CHECK(f.inbox() == kAllThree);
    CHECK(f.folder(u"INBOX"_s)->sync.uidValidity != validityBefore);
}

TEST_CASE("Hostile IMAP: a reply with a tag never sent, or a trickle slower than the read "
          "timeout, ends in a read timeout",
          "[integration][hardening]")
{
    const bool trickle = GENERATE(false, true);
    HostileImapServer server(trickle ? u"trickle"_s : u"unknown-tag"_s, {}, 3.0);
    lb::net::ServerEndpoint endpoint;
    endpoint.host = u"127.0.0.1"_s;
    endpoint.port = portOf(server);
    endpoint.tlsMode = TlsMode::None;
    endpoint.timeouts.read = std::chrono::milliseconds(1500);
    lb::imap::Session session;
    lb::Result<void> outcome = session.connect(endpoint);
    if (outcome.ok()) {
        REQUIRE_FALSE(trickle);
        REQUIRE(session.login(u"alice"_s, u"alice-secret"_s).ok());
        const auto listed = session.listMailboxes();
        REQUIRE_FALSE(listed.ok());
    }
    REQUIRE(session.lastNetError().has_value());
    CHECK(session.lastNetError()->kind == NetErrorKind::ReadTimeout);
}
