// SPDX-License-Identifier: GPL-3.0-or-later
// flag, move, delete and empty-trash through the real letterbox-cli, for an IMAP and a POP3
// account: offline commands change the cache, the next sync tells the server.
#include "CliRunner.h"
#include "TestServers.h"

#include "QtCatch.h"

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using lb::test::TestServers;

namespace {

QByteArray sample(int n)
{
    const QByteArray number = QByteArray::number(n);
    return "From: Bob <bob@example.org>\r\nTo: alice@example.org\r\nSubject: Message " + number +
           "\r\nDate: Mon, 3 Jun 2024 10:00:0" + number + " +0000\r\nMessage-ID: <" + number +
           ".cli@example.org>\r\n\r\nBody " + number + ".\r\n";
}

void start(TestServers &servers)
{
    const auto started = servers.start();
    if (!started)
        FAIL(started.error().message.toStdString());
}

qsizetype onServer(TestServers &servers, const QString &folder)
{
    const auto listed = servers.dovecot().messages(servers.user().name, folder);
    if (!listed)
        FAIL(listed.error().message.toStdString());
    return listed->size();
}

CliResult run(const CliRunner &cli, const QStringList &args, const QByteArray &input = {})
{
    const CliResult result = cli.run(args, input);
    INFO("letterbox-cli " << args.join(u' ').toStdString() << "\n" << result.err.toStdString());
    CHECK(result.exitCode == 0);
    return result;
}

} // namespace

TEST_CASE("letterbox-cli: flag, move, delete and empty-trash on an IMAP account",
          "[integration][actions][cli]")
{
    TestServers servers({.smtp = false});
    start(servers);
    const auto user = servers.user();
    for (int n = 1; n <= 3; ++n)
        REQUIRE(servers.dovecot().deliver(user.name, u"INBOX"_s, sample(n)).ok());
    QTemporaryDir data;
    REQUIRE(data.isValid());
    const CliRunner cli(data.path());
    const auto endpoint = servers.imapEndpoint(lb::net::TlsMode::StartTls);
    run(cli, {u"account"_s, u"add"_s, u"work"_s, u"--protocol"_s, u"imap"_s, u"--email"_s,
              u"alice@example.org"_s, u"--host"_s, endpoint.host, u"--port"_s,
              QString::number(endpoint.port), u"--tls"_s, u"starttls"_s, u"--user"_s, user.name,
              u"--ca-file"_s, endpoint.trust.caFile});
    const QByteArray password = user.password.toUtf8() + '\n';
    run(cli, {u"sync"_s, u"work"_s, u"--password-stdin"_s}, password);

    CHECK(run(cli, {u"flag"_s, u"work"_s, u"<3.cli@example.org>"_s, u"flagged"_s})
              .out.contains("marked flagged"));
    run(cli, {u"move"_s, u"work"_s, u"3.cli@example.org"_s, u"Archive"_s});
    CHECK(run(cli, {u"delete"_s, u"work"_s, u"1.cli@example.org"_s}).out.contains("deleted"));
    // At once, offline.
    CHECK(run(cli, {u"messages"_s, u"work"_s, u"trash"_s}).out.contains("Message 1"));
    CHECK(run(cli, {u"messages"_s, u"work"_s, u"Archive"_s}).out.contains("Message 3"));
    const auto unknown = cli.run({u"delete"_s, u"work"_s, u"nobody@example.org"_s});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.lastErrorLine().contains(u"no message"_s));

    run(cli, {u"sync"_s, u"work"_s, u"--password-stdin"_s}, password);
    CHECK(onServer(servers, u"INBOX"_s) == 1);
    CHECK(onServer(servers, u"Archive"_s) == 1);
    CHECK(onServer(servers, u"Trash"_s) == 1);

    CHECK(run(cli, {u"empty-trash"_s, u"work"_s}).out.contains("1 deleted"));
    CHECK_FALSE(run(cli, {u"messages"_s, u"work"_s, u"trash"_s}).out.contains("Message 1"));
    run(cli, {u"sync"_s, u"work"_s, u"--password-stdin"_s}, password);
    CHECK(onServer(servers, u"Trash"_s) == 0);
    CHECK(onServer(servers, u"INBOX"_s) == 1);

    // For good, straight from the inbox.
    run(cli, {u"delete"_s, u"work"_s, u"2.cli@example.org"_s, u"--permanently"_s});
    run(cli, {u"sync"_s, u"work"_s, u"--password-stdin"_s}, password);
    CHECK(onServer(servers, u"INBOX"_s) == 0);
    CHECK(onServer(servers, u"Trash"_s) == 0);
}

TEST_CASE("letterbox-cli: delete and empty-trash on a POP3 account delete the server copy",
          "[integration][actions][cli][pop3]")
{
    TestServers servers({.smtp = false});
    start(servers);
    const auto user = servers.user();
    for (int n = 1; n <= 2; ++n)
        REQUIRE(servers.dovecot().deliver(user.name, u"INBOX"_s, sample(n)).ok());
    QTemporaryDir data;
    REQUIRE(data.isValid());
    const CliRunner cli(data.path());
    const auto endpoint = servers.pop3Endpoint(lb::net::TlsMode::StartTls);
    run(cli, {u"account"_s,
              u"add"_s,
              u"home"_s,
              u"--protocol"_s,
              u"pop3"_s,
              u"--email"_s,
              u"alice@example.org"_s,
              u"--host"_s,
              endpoint.host,
              u"--port"_s,
              QString::number(endpoint.port),
              u"--tls"_s,
              u"starttls"_s,
              u"--user"_s,
              user.name,
              u"--ca-file"_s,
              endpoint.trust.caFile,
              u"--leave-on-server"_s,
              u"yes"_s,
              u"--delete-when-deleted"_s,
              u"yes"_s});
    const QByteArray password = user.password.toUtf8() + '\n';
    run(cli, {u"sync"_s, u"home"_s, u"--password-stdin"_s}, password);
    CHECK(run(cli, {u"messages"_s, u"home"_s, u"inbox"_s}).out.contains("Message 1"));

    run(cli, {u"delete"_s, u"home"_s, u"1.cli@example.org"_s});
    CHECK(run(cli, {u"messages"_s, u"home"_s, u"trash"_s}).out.contains("Message 1"));
    run(cli, {u"sync"_s, u"home"_s, u"--password-stdin"_s}, password);
    CHECK(onServer(servers, u"INBOX"_s) == 2); // in the local Trash, still on the server

    CHECK(run(cli, {u"empty-trash"_s, u"home"_s}).out.contains("1 deleted"));
    run(cli, {u"sync"_s, u"home"_s, u"--password-stdin"_s}, password);
    CHECK(onServer(servers, u"INBOX"_s) == 1);
    // Not downloaded again.
    CHECK_FALSE(run(cli, {u"messages"_s, u"home"_s, u"inbox"_s}).out.contains("Message 1"));
    CHECK(run(cli, {u"messages"_s, u"home"_s, u"inbox"_s}).out.contains("Message 2"));
}

TEST_CASE("letterbox-cli send files exactly one copy in the IMAP server's Sent",
          "[integration][actions][cli][sent]")
{
    TestServers servers;
    start(servers);
    const auto user = servers.user();
    QTemporaryDir data;
    REQUIRE(data.isValid());
    const CliRunner cli(data.path());
    const auto imap = servers.imapEndpoint(lb::net::TlsMode::Implicit);
    run(cli, {u"account"_s,
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
              user.name,
              u"--ca-file"_s,
              imap.trust.caFile,
              u"--smtp-host"_s,
              imap.host,
              u"--smtp-port"_s,
              QString::number(servers.smtp().submissionPort()),
              u"--smtp-tls"_s,
              u"starttls"_s,
              u"--smtp-user"_s,
              servers.smtp().options().user.name});
    const CliResult sent =
        run(cli,
            {u"send"_s, u"--account"_s, u"work"_s, u"--to"_s, u"bob@example.org"_s, u"--subject"_s,
             u"Filed"_s, u"--password-stdin"_s},
            user.password.toUtf8() + "\nHello Bob.\n");
    const QByteArray messageId = sent.out.split('\n').front().trimmed();
    REQUIRE(messageId.startsWith('<'));
    const auto copies = servers.dovecot().messages(user.name, u"Sent"_s);
    REQUIRE(copies.ok());
    REQUIRE(copies->size() == 1);
    CHECK(copies->front().content.contains(messageId));
    CHECK(run(cli, {u"outbox"_s, u"work"_s}).out.isEmpty());
}
