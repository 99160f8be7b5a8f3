// SPDX-License-Identifier: GPL-3.0-or-later
// `letterbox-cli sync` for an IMAP account, through the real binary, read back with
// `folders` and `messages`.
#include "CliRunner.h"
#include "ImapTestSupport.h"

#include "QtCatch.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using lb::test::sampleMessage;

TEST_CASE("letterbox-cli syncs an IMAP account and reads the cache offline", "[integration]")
{
    lb::test::TestServers servers({.smtp = false});
    lb::test::requireStarted(servers);
    const auto user = servers.user();
    for (int i = 1; i <= 3; ++i)
        REQUIRE(servers.dovecot().deliver(user.name, u"INBOX"_s, sampleMessage(i)).ok());
    REQUIRE(servers.dovecot().deliver(user.name, u"Archive"_s, sampleMessage(4), u"S"_s).ok());

    QTemporaryDir data;
    REQUIRE(data.isValid());
    const CliRunner cli(data.path());
    const auto endpoint = servers.imapEndpoint(lb::net::TlsMode::StartTls);
    const auto added =
        cli.run({u"account"_s, u"add"_s, u"work"_s, u"--protocol"_s, u"imap"_s, u"--email"_s,
                 u"alice@example.org"_s, u"--host"_s, endpoint.host, u"--port"_s,
                 QString::number(endpoint.port), u"--tls"_s, u"starttls"_s, u"--user"_s, user.name,
                 u"--ca-file"_s, endpoint.trust.caFile, u"--offline"_s, u"headers"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);

    QElapsedTimer timer;
    timer.start();
    const auto synced =
        cli.run({u"sync"_s, u"work"_s, u"--password-stdin"_s}, user.password.toUtf8() + '\n');
    INFO(synced.err.toStdString());
    REQUIRE(synced.exitCode == 0);
    CHECK(synced.out.contains("work: 4 new, 0 removed, 0 flag changes"));
    CHECK(synced.err.contains("INBOX"));
    WARN("letterbox-cli sync of 4 messages in 6 folders: " << timer.elapsed() << " ms");

    const auto folders = cli.run({u"folders"_s, u"work"_s, u"--json"_s});
    REQUIRE(folders.exitCode == 0);
    CHECK(folders.out.contains("\"INBOX\""));
    CHECK(folders.out.contains("\"Archive\""));
    CHECK(folders.out.contains("\"sent\""));
    const auto messages = cli.run({u"messages"_s, u"work"_s, u"INBOX"_s, u"--json"_s});
    REQUIRE(messages.exitCode == 0);
    CHECK(messages.out.count('\n') == 3);
    CHECK(messages.out.contains("Message 3"));
    CHECK(messages.out.contains("msg-1@example.org"));

    const auto again =
        cli.run({u"sync"_s, u"work"_s, u"--password-stdin"_s}, user.password.toUtf8() + '\n');
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains("work: 0 new, 0 removed, 0 flag changes"));

    const auto refused =
        cli.run({u"sync"_s, u"work"_s, u"--password-stdin"_s}, QByteArray("wrong\n"));
    CHECK(refused.exitCode != 0);
    CHECK(refused.lastErrorLine().contains(u"password"_s));
}
