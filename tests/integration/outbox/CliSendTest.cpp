// SPDX-License-Identifier: GPL-3.0-or-later
// letterbox-cli send and outbox through the real binary, against a real aiosmtpd.
#include "CliRunner.h"
#include "TestServers.h"

#include "mime/Attachments.h"
#include "mime/MessageParser.h"
#include "mime/TextExtraction.h"

#include "QtCatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using lb::test::TestServers;

namespace {

const QByteArray kPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000"
                        "001f15c4890000000d4944415478da6300010000050001"
                        "0d0a2db40000000049454e44ae426082");

struct CliFixture
{
    CliFixture() : cli(dir.filePath(u"data"_s))
    {
        const auto started = servers.start();
        if (!started)
            FAIL(started.error().message.toStdString());
        const CliResult added = cli.run({
            u"account"_s,
            u"add"_s,
            u"work"_s,
            u"--protocol"_s,
            u"pop3"_s,
            u"--email"_s,
            u"alice@example.org"_s,
            u"--display-name"_s,
            u"Alice Example"_s,
            u"--host"_s,
            u"127.0.0.1"_s,
            u"--user"_s,
            u"alice"_s,
            u"--smtp-host"_s,
            u"127.0.0.1"_s,
            u"--smtp-port"_s,
            QString::number(servers.smtp().submissionPort()),
            u"--smtp-tls"_s,
            u"starttls"_s,
            u"--ca-file"_s,
            servers.certificates().caCertFile,
        });
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QList<QJsonObject> outboxJson()
    {
        const CliResult listed = cli.run({u"outbox"_s, u"work"_s, u"--json"_s});
        REQUIRE(listed.exitCode == 0);
        QList<QJsonObject> entries;
        for (const QByteArray &line : listed.out.split('\n')) {
            if (!line.trimmed().isEmpty())
                entries << QJsonDocument::fromJson(line).object();
        }
        return entries;
    }

    qsizetype receivedCount()
    {
        auto mails = servers.smtp().waitForMessages(1000, std::chrono::milliseconds(300));
        REQUIRE(mails.ok());
        return mails->size();
    }

    TestServers servers{{.dovecot = false}};
    QTemporaryDir dir;
    CliRunner cli;
};

QStringList sendArgs(const QStringList &extra)
{
    return QStringList{u"send"_s, u"--account"_s, u"work"_s, u"--subject"_s,
                       u"Quarterly numbers"_s} +
           extra;
}

} // namespace

TEST_CASE("CLI send: body from stdin after the password, attachment typed, delivered",
          "[integration][cli][outbox]")
{
    CliFixture f;
    const QString png = f.writeFile(u"chart.png"_s, kPng);
    const CliResult sent = f.cli.run(
        sendArgs({u"--to"_s, u"bob@example.org"_s, u"--cc"_s, u"carol@example.org"_s, u"--bcc"_s,
                  u"dave@example.org"_s, u"--attach"_s, png, u"--password-stdin"_s}),
        "alice-secret\nHello Bob,\n.the numbers are attached.\n");
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    const QByteArray messageId = sent.out.split('\n').first();
    CHECK(messageId.startsWith('<'));
    CHECK(messageId.endsWith('>'));
    CHECK(sent.out.contains("Delivered to bob@example.org, carol@example.org, dave@example.org"));

    const auto mails = f.servers.smtp().waitForMessages(1, std::chrono::seconds(5));
    REQUIRE(mails.ok());
    REQUIRE(mails->size() == 1);
    const auto &mail = mails->first();
    CHECK(mail.recipients ==
          QStringList{u"bob@example.org"_s, u"carol@example.org"_s, u"dave@example.org"_s});
    const auto parsed = lb::mime::parseMessage(mail.data);
    CHECK(parsed.messageId == messageId);
    CHECK(parsed.subject == u"Quarterly numbers"_s);
    REQUIRE(parsed.from.size() == 1);
    CHECK(parsed.from.front().name == u"Alice Example"_s);
    CHECK(parsed.from.front().address == u"alice@example.org"_s);
    CHECK(parsed.bcc.empty());
    CHECK_FALSE(mail.data.contains("dave@"));
    CHECK(lb::mime::readableText(parsed).contains(u".the numbers are attached."_s));
    const auto files = lb::mime::attachments(parsed);
    REQUIRE(files.size() == 1);
    CHECK(files.front().filename == u"chart.png"_s);
    CHECK(files.front().mimeType == "image/png");
    CHECK(files.front().size == kPng.size());

    CHECK(f.outboxJson().isEmpty());
}

TEST_CASE("CLI send: a refused recipient fails with the reason and stays in the outbox",
          "[integration][cli][outbox]")
{
    CliFixture f;
    const QString body = f.writeFile(u"body.txt"_s, "Hi.\n");
    const QString password = f.writeFile(u"password"_s, "alice-secret\n");
    const QStringList args = sendArgs({u"--to"_s, u"nobody@rejected.invalid"_s, u"--body"_s, body,
                                       u"--password-file"_s, password});
    const CliResult sent = f.cli.run(args);
    CHECK(sent.exitCode == 1);
    CHECK(sent.lastErrorLine().startsWith(u"not sent (failed)"_s));
    CHECK(sent.lastErrorLine().contains(u"nobody@rejected.invalid"_s));

    const auto entries = f.outboxJson();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().value(u"state"_s).toString() == u"failed"_s);
    CHECK(entries.first().value(u"last_error"_s).toString().contains(u"550"_s));
    const auto recipient = entries.first().value(u"recipients"_s).toArray().first().toObject();
    CHECK(recipient.value(u"state"_s).toString() == u"rejected"_s);

    const CliResult retried =
        f.cli.run({u"outbox"_s, u"work"_s, u"--retry"_s, u"--password-file"_s, password});
    CHECK(retried.exitCode == 1);
    CHECK(retried.lastErrorLine().contains(u"not sent (failed)"_s));
    CHECK(f.receivedCount() == 0);
}

TEST_CASE("CLI send: a wrong password keeps the message, outbox --retry sends it once",
          "[integration][cli][outbox]")
{
    CliFixture f;
    const CliResult sent = f.cli.run(
        sendArgs({u"--to"_s, u"bob@example.org"_s, u"--password-stdin"_s}), "wrong\nHi Bob.\n");
    CHECK(sent.exitCode == 1);
    CHECK(sent.lastErrorLine().contains(u"user name or password"_s));
    const QByteArray messageId = sent.out.split('\n').first();

    const CliResult listed = f.cli.run({u"outbox"_s, u"work"_s});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.startsWith("failed\t" + messageId + "\tbob@example.org\t1 attempts"));

    const CliResult retried =
        f.cli.run({u"outbox"_s, u"work"_s, u"--retry"_s, u"--password-stdin"_s}, "alice-secret\n");
    INFO(retried.err.toStdString());
    CHECK(retried.exitCode == 0);
    CHECK(retried.out.isEmpty()); // nothing left
    CHECK(f.receivedCount() == 1);

    const CliResult again =
        f.cli.run({u"outbox"_s, u"work"_s, u"--retry"_s, u"--password-stdin"_s}, "alice-secret\n");
    CHECK(again.exitCode == 0);
    CHECK(f.receivedCount() == 1);
}
