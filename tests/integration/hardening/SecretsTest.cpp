// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords never reach the disk or the logs: a full session through the real letterbox-cli
// (accounts added with their passwords, an IMAP sync, a POP3 download, a send) with every
// letterbox.* debug category on, then every file the session could write (the cache with its
// WAL, settings, anything under a private HOME) and everything it printed is searched for the
// passwords, as written and as the encodings an authentication exchange uses.
#include "CliProcess.h"
#include "TestServers.h"

#include "common/DataDir.h"

#include "QtCatch.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray sampleMessage(const QByteArray &to, int n)
{
    return "From: Carol <carol@example.org>\r\nTo: " + to + "\r\nSubject: Note " +
           QByteArray::number(n) + "\r\nMessage-ID: <secrets-" + QByteArray::number(n) +
           "@example.org>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\nHello.\r\n";
}

// Every form in which a password could leak: plain, base64 alone, the SASL PLAIN initial
// response (with and without an authorisation identity), and UTF-16 as a QString holds it.
QList<QByteArray> needlesFor(const QString &user, const QString &password)
{
    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    QByteArray utf16;
    for (const QChar c : password)
        utf16.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
    return {p, p.toBase64(), QByteArray('\0' + u + '\0' + p).toBase64(),
            QByteArray(u + '\0' + u + '\0' + p).toBase64(), utf16};
}

struct Leak
{
    QString where;
    QByteArray needle;
};

QList<Leak> findLeaks(const QString &where, const QByteArray &haystack,
                      const QList<QByteArray> &needles)
{
    QList<Leak> leaks;
    for (const QByteArray &needle : needles) {
        if (haystack.contains(needle))
            leaks.append({where, needle});
    }
    return leaks;
}

} // namespace

TEST_CASE(
    "No password in the cache, its WAL, settings, logs or protocol traces after a full session",
    "[integration][hardening]")
{
    lb::test::TestServers servers;
    const auto started = servers.start();
    if (!started)
        FAIL(started.error().message.toStdString());
    const lb::test::TestUser alice = servers.user(0);
    const lb::test::TestUser bob = servers.user(1);
    REQUIRE(servers.dovecot().deliver(alice.name, u"INBOX"_s, sampleMessage("alice", 1)).ok());
    REQUIRE(servers.dovecot().deliver(bob.name, u"INBOX"_s, sampleMessage("bob", 2)).ok());

    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString data = root.filePath(u"data"_s);
    lb::test::CliProcess cli(data, root.filePath(u"home"_s));
    cli.setEnv(u"QT_LOGGING_RULES"_s, u"letterbox.*.debug=true"_s);

    const auto imap = servers.imapEndpoint(lb::net::TlsMode::StartTls);
    const auto pop3 = servers.pop3Endpoint(lb::net::TlsMode::Implicit);
    const QByteArray alicePassword = alice.password.toUtf8() + '\n';
    const QByteArray bobPassword = bob.password.toUtf8() + '\n';
    QByteArray printed;
    sqlite3 *holder = nullptr; // keeps the WAL file from being removed when the CLI exits
    const auto step = [&](const QStringList &args, const QByteArray &input) {
        const lb::test::CliOutcome outcome = cli.run(args, input);
        printed += outcome.out + outcome.err;
        INFO(args.join(u' ').toStdString() << "\n" << outcome.err.toStdString());
        REQUIRE(outcome.exitCode == 0);
        if (!holder) {
            REQUIRE(sqlite3_open_v2(lb::cacheFilePath(data).toUtf8().constData(), &holder,
                                    SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
            // A read maps the WAL index, which is what makes this connection count as open.
            REQUIRE(sqlite3_exec(holder, "SELECT count(*) FROM sqlite_master", nullptr, nullptr,
                                 nullptr) == SQLITE_OK);
        }
    };

    step({u"account"_s,
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
          u"starttls"_s,
          u"--user"_s,
          alice.name,
          u"--ca-file"_s,
          imap.trust.caFile,
          u"--smtp-host"_s,
          u"127.0.0.1"_s,
          u"--smtp-port"_s,
          QString::number(servers.smtp().submissionPort()),
          u"--smtp-tls"_s,
          u"starttls"_s,
          u"--password-stdin"_s},
         alicePassword);
    step({u"account"_s, u"add"_s, u"home"_s, u"--protocol"_s, u"pop3"_s, u"--email"_s,
          u"bob@example.org"_s, u"--host"_s, pop3.host, u"--port"_s, QString::number(pop3.port),
          u"--tls"_s, u"implicit"_s, u"--user"_s, bob.name, u"--ca-file"_s, pop3.trust.caFile,
          u"--password-stdin"_s},
         bobPassword);
    step({u"sync"_s, u"work"_s, u"--password-stdin"_s}, alicePassword);
    step({u"sync"_s, u"home"_s, u"--password-stdin"_s}, bobPassword);
    step({u"send"_s, u"--account"_s, u"work"_s, u"--to"_s, u"bob@example.org"_s, u"--subject"_s,
          u"Hello"_s, u"--password-stdin"_s},
         alicePassword + "Hello Bob.\n");
    const auto mails = servers.smtp().waitForMessages(1, std::chrono::seconds(5));
    REQUIRE(mails.ok());
    REQUIRE(mails->size() == 1);

    // The traces were on: the protocol lines of all three sessions were printed.
    CHECK(printed.contains("CAPABILITY")); // IMAP
    CHECK(printed.contains("UIDL"));       // POP3
    CHECK(printed.contains("EHLO"));       // SMTP

    const QList<QByteArray> needles =
        needlesFor(alice.name, alice.password) + needlesFor(bob.name, bob.password);
    QList<Leak> leaks = findLeaks(u"output"_s, printed, needles);
    QStringList scanned;
    QDirIterator files(root.path(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        leaks += findLeaks(path, file.readAll(), needles);
        scanned << QFileInfo(path).fileName();
    }
    sqlite3_close(holder);

    INFO("scanned: " << scanned.join(u", "_s).toStdString());
    CHECK(scanned.contains(u"cache.sqlite"_s));
    CHECK(scanned.contains(u"cache.sqlite-wal"_s));
    for (const Leak &leak : leaks)
        FAIL_CHECK("password found in " << leak.where.toStdString() << " as "
                                        << leak.needle.toStdString());
    CHECK(leaks.isEmpty());
}
