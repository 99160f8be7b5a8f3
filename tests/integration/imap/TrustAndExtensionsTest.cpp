// SPDX-License-Identifier: GPL-3.0-or-later
// Account settings the engine must honour against Dovecot: a pinned certificate for a server
// the system does not trust, and extensions switched off because a server implements them
// badly.
#include "SyncFixture.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;
using lb::net::NetErrorKind;
using lb::store::MessageFlag;
using lb::test::sampleMessage;
using lb::test::SyncFixture;

namespace {

// Every command line the engine sent, from the run's own protocol log.
QByteArray sentLines(const lb::net::ProtocolLog &log)
{
    QByteArray out;
    for (const auto &entry : log.entries()) {
        if (entry.direction == lb::net::ProtocolLog::Direction::Sent)
            out += entry.text + '\n';
    }
    return out;
}

} // namespace

TEST_CASE("IMAP sync: an untrusted certificate fails with its fingerprint, once pinned the sync "
          "works, and a different pin fails",
          "[integration]")
{
    SyncFixture f;
    f.deliver(u"INBOX"_s, sampleMessage(1));
    const auto &certificates = f.servers().certificates();
    f.settings().incoming.trust = {}; // neither the test CA nor a pin

    const auto untrusted = lb::sync::imap::syncAccountDetailed(f.request(), f.options());
    REQUIRE_FALSE(untrusted.ok());
    CHECK(untrusted.error().scope == lb::ErrorScope::Account);
    REQUIRE(untrusted.error().transport.has_value());
    CHECK(untrusted.error().transport->kind == NetErrorKind::CertificateUntrusted);
    REQUIRE(untrusted.error().transport->certificate.has_value());
    const lb::net::CertificateInfo seen = *untrusted.error().transport->certificate;
    CHECK(seen.sha256Fingerprint == certificates.serverSha256);
    CHECK(seen.subject.contains(u"localhost"_s));
    CHECK(seen.issuer.contains(u"Letterbox Test CA"_s));
    CHECK(seen.notAfter > seen.notBefore);
    CHECK(f.store().folders(f.account())->empty());

    // The user accepts exactly that certificate (as displayed, with colons).
    f.settings().incoming.trust.pinnedSha256 = seen.displayFingerprint();
    const auto pinned = f.sync();
    CHECK(pinned.newMessages == 1);
    CHECK(f.folder(u"INBOX"_s).total == 1);

    // A pin of another certificate: refused as a changed certificate, still naming the one
    // the server presented.
    f.settings().incoming.trust.pinnedSha256 = certificates.otherSha256;
    const auto changed = lb::sync::imap::syncAccountDetailed(f.request(), f.options());
    REQUIRE_FALSE(changed.ok());
    REQUIRE(changed.error().transport.has_value());
    CHECK(changed.error().transport->kind == NetErrorKind::CertificateChanged);
    REQUIRE(changed.error().transport->certificate.has_value());
    CHECK(changed.error().transport->certificate->sha256Fingerprint == certificates.serverSha256);
}

TEST_CASE("IMAP sync: extensions disabled in the account settings are not used, and the "
          "fallbacks still bring flags and expunges",
          "[integration]")
{
    const QList<QStringList> switches{{u"QRESYNC"_s}, {u"QRESYNC"_s, u"CONDSTORE"_s}};
    for (const QStringList &disabled : switches) {
        INFO("disabled: " << disabled.join(u',').toStdString());
        SyncFixture f;
        f.settings().imap.disabledExtensions = disabled;
        for (int i = 1; i <= 5; ++i)
            f.deliver(u"INBOX"_s, sampleMessage(i));
        f.sync();
        REQUIRE(f.folder(u"INBOX"_s).total == 5);

        f.doveadm({u"flags"_s, u"add"_s, u"-u"_s, f.user(), u"\\Seen"_s, u"mailbox"_s, u"INBOX"_s,
                   u"uid"_s, u"2"_s});
        f.doveadm({u"expunge"_s, u"-u"_s, f.user(), u"mailbox"_s, u"INBOX"_s, u"uid"_s, u"4"_s});
        auto request = f.request();
        auto log = std::make_shared<lb::net::ProtocolLog>(2000);
        request.log = log;
        const auto report = lb::sync::imap::syncAccount(request, f.options());
        REQUIRE(report.ok());
        CHECK(report->flagChanges == 1);
        CHECK(report->removedMessages == 1);
        CHECK(f.folder(u"INBOX"_s).total == 4);
        CHECK(f.message(u"INBOX"_s, u"Message 2"_s).record.flags.testFlag(MessageFlag::Seen));
        for (const auto &row : f.messages(u"INBOX"_s))
            CHECK(row.record.subject != u"Message 4"_s);

        const QByteArray sent = sentLines(*log);
        CHECK_FALSE(sent.contains("QRESYNC"));
        if (disabled.contains(u"CONDSTORE"_s)) {
            CHECK_FALSE(sent.contains("CONDSTORE"));
            CHECK_FALSE(sent.contains("CHANGEDSINCE"));
            CHECK(sent.contains(" (UID FLAGS)")); // the full flag scan
        } else {
            CHECK(sent.contains("ENABLE CONDSTORE"));
            CHECK(sent.contains("CHANGEDSINCE"));
        }
        const auto again = lb::sync::imap::syncAccount(f.request(), f.options());
        REQUIRE(again.ok());
        CHECK(again->flagChanges == 0);
        CHECK(again->removedMessages == 0);
    }
}

TEST_CASE("IMAP sync: without CONDSTORE the flag scan goes in chunks and still finds every "
          "change and expunge",
          "[integration]")
{
    SyncFixture f(lb::test::ExtensionMode::Neither);
    f.options().flagScanChunk = 3;
    for (int i = 1; i <= 10; ++i)
        f.deliver(u"INBOX"_s, sampleMessage(i));
    f.sync();
    REQUIRE(f.folder(u"INBOX"_s).total == 10);

    // Changes at the edges of the chunks (UIDs 1-3, 4-6, 7-9, 10).
    f.doveadm({u"flags"_s, u"add"_s, u"-u"_s, f.user(), u"\\Flagged"_s, u"mailbox"_s, u"INBOX"_s,
               u"uid"_s, u"3,4,10"_s});
    f.doveadm({u"expunge"_s, u"-u"_s, f.user(), u"mailbox"_s, u"INBOX"_s, u"uid"_s, u"1,6,7"_s});
    auto request = f.request();
    auto log = std::make_shared<lb::net::ProtocolLog>(2000);
    request.log = log;
    const auto report = lb::sync::imap::syncAccount(request, f.options());
    REQUIRE(report.ok());
    CHECK(report->flagChanges == 3);
    CHECK(report->removedMessages == 3);
    QStringList subjects;
    for (const auto &row : f.messages(u"INBOX"_s)) {
        subjects << row.record.subject;
        const int n = row.record.subject.mid(8).toInt();
        CHECK(row.record.flags.testFlag(MessageFlag::Flagged) == (n == 3 || n == 4 || n == 10));
    }
    subjects.sort();
    CHECK(subjects == QStringList{u"Message 10"_s, u"Message 2"_s, u"Message 3"_s, u"Message 4"_s,
                                  u"Message 5"_s, u"Message 8"_s, u"Message 9"_s});
    const QByteArray sent = sentLines(*log);
    CHECK(sent.contains("UID FETCH 1:3 (UID FLAGS)"));
    CHECK(sent.contains("UID FETCH 4:6 (UID FLAGS)"));
    CHECK(sent.contains("UID FETCH 7:9 (UID FLAGS)"));
    CHECK(sent.contains("UID FETCH 10 (UID FLAGS)"));
}
