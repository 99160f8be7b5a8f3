// SPDX-License-Identifier: GPL-3.0-or-later
// Crash consistency through the real letterbox-cli: an IMAP sync that replays queued local
// changes (flags, a move) and an Outbox send are killed with SIGKILL at spread-out moments of
// a run, then run again. After each trial the cache passes PRAGMA integrity_check, every
// server message is cached exactly once, every queued change reached the server once, and no
// message was sent twice. LETTERBOX_CRASH_TRIALS sets the number of kill points (default 6,
// the CI sample); docs/RELIABILITY.md records a longer run.
#include "CliProcess.h"
#include "TestServers.h"

#include "common/DataDir.h"

#include "QtCatch.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using lb::test::CliOutcome;
using lb::test::CliProcess;

namespace {

int trialCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("LETTERBOX_CRASH_TRIALS", &ok);
    return ok && n > 0 ? n : 6;
}

// Kill points spread over [0, 1.2 x a clean run's duration], so some land after the end too.
int killDelay(int trial, int trials, qint64 cleanRunMs)
{
    return int((trial + 0.5) * 1.2 * double(cleanRunMs) / trials);
}

// One row of one column, or the error text.
QString queryText(const QString &cache, const char *sql)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(cache.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW)
                result +=
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            sqlite3_finalize(stmt);
        } else {
            result = QString::fromUtf8(sqlite3_errmsg(db));
        }
    }
    sqlite3_close(db);
    return result;
}

QByteArray message(const QString &id, const QString &subject)
{
    return "From: Carol <carol@example.org>\r\nTo: alice@example.org\r\nSubject: " +
           subject.toUtf8() + "\r\nMessage-ID: <" + id.toUtf8() +
           ">\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\nBody of " + subject.toUtf8() + ".\r\n";
}

// Message-ID (without brackets) -> Maildir flags, for one server folder.
QMap<QString, QStringList> serverFolder(lb::test::TestServers &servers, const QString &folder)
{
    static const QRegularExpression idPattern(u"Message-ID: <([^>]+)>"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    auto messages = servers.dovecot().messages(u"alice"_s, folder);
    REQUIRE(messages.ok());
    QMap<QString, QStringList> byId;
    for (const auto &m : *messages) {
        const auto match = idPattern.match(QString::fromUtf8(m.content));
        byId[match.hasMatch() ? match.captured(1) : m.fileName].append(m.flags);
    }
    return byId;
}

struct Account
{
    QTemporaryDir dir;
    QString data() const { return dir.filePath(u"data"_s); }
    QString cache() const { return lb::cacheFilePath(data()); }
};

void addAccount(lb::test::TestServers &servers, const CliProcess &cli)
{
    const auto imap = servers.imapEndpoint(lb::net::TlsMode::Implicit);
    const CliOutcome added = cli.run({u"account"_s,
                                      u"add"_s,
                                      u"work"_s,
                                      u"--protocol"_s,
                                      u"imap"_s,
                                      u"--email"_s,
                                      u"alice@example.org"_s,
                                      u"--host"_s,
                                      imap.host,
                                      u"--port"_s,
                                      QString::number(imap.port),
                                      u"--tls"_s,
                                      u"implicit"_s,
                                      u"--user"_s,
                                      u"alice"_s,
                                      u"--ca-file"_s,
                                      imap.trust.caFile,
                                      u"--smtp-host"_s,
                                      u"127.0.0.1"_s,
                                      u"--smtp-port"_s,
                                      QString::number(servers.smtp().submissionPort()),
                                      u"--smtp-tls"_s,
                                      u"starttls"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
}

const QByteArray kPassword = "alice-secret\n";

} // namespace

TEST_CASE("An IMAP sync with queued changes killed at any moment loses and repeats nothing",
          "[integration][hardening][crash]")
{
    lb::test::TestServers servers;
    REQUIRE(servers.start().ok());
    const int trials = trialCount();
    qint64 cleanRunMs = 0;
    int killed = 0;
    // Trial -1 measures a run without a kill; trials 0..n-1 kill at spread-out moments.
    for (int trial = -1; trial < trials; ++trial) {
        REQUIRE(servers.dovecot()
                    .doveadm({u"expunge"_s, u"-u"_s, u"alice"_s, u"mailbox"_s, u"*"_s, u"all"_s})
                    .ok());
        const QString tag = u"t%1"_s.arg(trial + 1);
        const QStringList ids{tag + u"-1@example.org"_s, tag + u"-2@example.org"_s,
                              tag + u"-3@example.org"_s};
        for (int i = 0; i < ids.size(); ++i)
            REQUIRE(
                servers.dovecot()
                    .deliver(u"alice"_s, u"INBOX"_s, message(ids[i], u"%1 %2"_s.arg(tag).arg(i)))
                    .ok());
        Account account;
        const CliProcess cli(account.data(), account.dir.filePath(u"home"_s));
        addAccount(servers, cli);
        REQUIRE(cli.run({u"sync"_s, u"work"_s, u"--password-stdin"_s}, kPassword).exitCode == 0);

        // Queued while offline: read and flagged, a move to Archive, flagged.
        for (const QStringList &change :
             {QStringList{u"flag"_s, u"work"_s, ids[0], u"read"_s},
              QStringList{u"flag"_s, u"work"_s, ids[0], u"flagged"_s},
              QStringList{u"move"_s, u"work"_s, ids[1], u"Archive"_s},
              QStringList{u"flag"_s, u"work"_s, ids[2], u"flagged"_s}}) {
            const CliOutcome queued = cli.run(change);
            INFO(change.join(u' ').toStdString() << ": " << queued.err.toStdString());
            REQUIRE(queued.exitCode == 0);
        }

        const QStringList syncArgs{u"sync"_s, u"work"_s, u"--password-stdin"_s};
        if (trial < 0) {
            QElapsedTimer timer;
            timer.start();
            REQUIRE(cli.run(syncArgs, kPassword).exitCode == 0);
            cleanRunMs = std::max<qint64>(timer.elapsed(), 50);
        } else {
            const int delay = killDelay(trial, trials, cleanRunMs);
            const CliOutcome crash = cli.runAndKill(syncArgs, kPassword, delay);
            killed += crash.killed ? 1 : 0;
            const CliOutcome restart = cli.run(syncArgs, kPassword);
            INFO("kill after " << delay << " ms; restart: " << restart.err.toStdString());
            REQUIRE(restart.exitCode == 0);
        }
        INFO("trial " << trial);

        CHECK(queryText(account.cache(), "PRAGMA integrity_check") == u"ok"_s);
        CHECK(queryText(account.cache(), "SELECT count(*) FROM pending_ops") == u"0"_s);
        const auto inbox = serverFolder(servers, u"INBOX"_s);
        const auto archive = serverFolder(servers, u"Archive"_s);
        CHECK(inbox.keys() == QStringList{ids[0], ids[2]});
        CHECK(archive.keys() == QStringList{ids[1]});
        CHECK(archive.value(ids[1]).size() == 1); // moved once, not copied twice
        REQUIRE(inbox.value(ids[0]).size() == 1);
        CHECK(inbox.value(ids[0]).first().contains(u'S'));
        CHECK(inbox.value(ids[0]).first().contains(u'F'));
        REQUIRE(inbox.value(ids[2]).size() == 1);
        CHECK(inbox.value(ids[2]).first().contains(u'F'));
        for (const QString &id : ids) {
            const QString count = queryText(
                account.cache(),
                QByteArray("SELECT count(*) FROM messages WHERE message_id = '" + id.toUtf8() + "'")
                    .constData());
            CHECK(count == u"1"_s);
        }
    }
    WARN("IMAP sync crash trials: " << trials << ", killed mid-run: " << killed << ", clean run "
                                    << cleanRunMs << " ms");
    CHECK(killed >= 1);
}

TEST_CASE("An Outbox send killed at any moment sends nothing twice and loses nothing",
          "[integration][hardening][crash]")
{
    lb::test::TestServers servers({.dovecot = false});
    REQUIRE(servers.start().ok());
    const int trials = trialCount();
    qint64 cleanRunMs = 0;
    int killed = 0;
    for (int trial = -1; trial < trials; ++trial) {
        Account account;
        const CliProcess cli(account.data(), account.dir.filePath(u"home"_s));
        const auto imap = servers.smtpEndpoint(lb::net::TlsMode::StartTls);
        const CliOutcome added =
            cli.run({u"account"_s, u"add"_s, u"work"_s, u"--protocol"_s, u"pop3"_s, u"--email"_s,
                     u"alice@example.org"_s, u"--host"_s, u"127.0.0.1"_s, u"--user"_s, u"alice"_s,
                     u"--smtp-host"_s, u"127.0.0.1"_s, u"--smtp-port"_s, QString::number(imap.port),
                     u"--smtp-tls"_s, u"starttls"_s, u"--ca-file"_s, imap.trust.caFile});
        REQUIRE(added.exitCode == 0);

        const QString subject = u"Crash trial %1"_s.arg(trial + 1);
        const QStringList sendArgs{u"send"_s, u"--account"_s,       u"work"_s,
                                   u"--to"_s, u"bob@example.org"_s, u"--subject"_s,
                                   subject,   u"--password-stdin"_s};
        const QByteArray input = kPassword + "Hello Bob.\n";
        CliOutcome first;
        if (trial < 0) {
            QElapsedTimer timer;
            timer.start();
            first = cli.run(sendArgs, input);
            REQUIRE(first.exitCode == 0);
            cleanRunMs = std::max<qint64>(timer.elapsed(), 50);
        } else {
            first = cli.runAndKill(sendArgs, input, killDelay(trial, trials, cleanRunMs));
            killed += first.killed ? 1 : 0;
        }
        const CliOutcome listed = cli.run({u"outbox"_s, u"work"_s, u"--json"_s});
        const bool queued = !listed.out.trimmed().isEmpty();
        const CliOutcome retried =
            cli.run({u"outbox"_s, u"work"_s, u"--retry"_s, u"--password-stdin"_s}, kPassword);
        INFO("trial " << trial << ", queued after the kill: " << queued
                      << "\nretry: " << retried.err.toStdString());

        CHECK(queryText(account.cache(), "PRAGMA integrity_check") == u"ok"_s);
        auto received = servers.smtp().received();
        REQUIRE(received.ok());
        int copies = 0;
        for (const auto &mail : *received)
            copies += mail.data.contains("Subject: " + subject.toUtf8() + "\r\n") ? 1 : 0;
        CHECK(copies <= 1); // never sent twice
        const CliOutcome after = cli.run({u"outbox"_s, u"work"_s, u"--json"_s});
        const bool stillQueued = !after.out.trimmed().isEmpty();
        if (copies == 0) {
            // Not lost: either still in the outbox for the user to see (queued, failed or
            // "uncertain"), or the kill came before the send reported anything.
            CHECK((stillQueued || (!queued && first.out.isEmpty())));
        }
    }
    WARN("Outbox crash trials: " << trials << ", killed mid-run: " << killed << ", clean run "
                                 << cleanRunMs << " ms");
    CHECK(killed >= 1);
}
