// SPDX-License-Identifier: GPL-3.0-or-later
// The read-only commands over a cache filled through the store API, as a sync would.
#include "CliRunner.h"

#include "accounts/AccountRepository.h"
#include "common/DataDir.h"
#include "mime/MessageParser.h"
#include "mime/TextExtraction.h"
#include "store/Store.h"
#include "sync/MessageRecordBuilder.h"

#include "QtCatch.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace lb;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray mail(int n, const QByteArray &subject, const QByteArray &body)
{
    return "From: Sender " + QByteArray::number(n) + " <s" + QByteArray::number(n) +
           "@example.org>\r\nTo: me@example.org\r\nSubject: " + subject + "\r\nDate: Mon, " +
           QByteArray::number(n) + " Nov 2026 10:00:00 +0000\r\nMessage-ID: <m" +
           QByteArray::number(n) + "@example.org>\r\n\r\n" + body + "\r\n";
}

// Fills a cache the way a POP3 download would: an account, its inbox, three messages.
void fillCache(const QString &dataDir)
{
    auto store = store::Store::open(cacheFilePath(resolveDataDir(dataDir)));
    REQUIRE(store.ok());
    accounts::AccountSettings s;
    s.name = u"Home"_s;
    s.protocol = accounts::Protocol::Pop3;
    s.email = u"me@example.org"_s;
    s.incoming = {u"pop.example.org"_s, 995, net::TlsMode::Implicit, u"me"_s, {}};
    auto account = accounts::AccountRepository(*store).add(s);
    REQUIRE(account.ok());
    store::FolderRecord inbox;
    inbox.account = *account;
    inbox.path = u"Inbox"_s;
    inbox.role = store::FolderRole::Inbox;
    auto folder = store->upsertFolder(inbox);
    REQUIRE(folder.ok());

    const QByteArray raws[] = {
        mail(1, "Quarterly report", "The numbers are in."),
        mail(2, "=?utf-8?q?Gr=C3=BC=C3=9Fe?=", "Viele Grüße aus Köln"),
        mail(3, "Lunch", "Pizza on Friday?"),
    };
    for (int i = 0; i < 3; ++i) {
        const mime::Message parsed = mime::parseMessage(raws[i]);
        store::MessageRecord record = sync::recordFromMessage(parsed);
        record.uidl = u"uidl-%1"_s.arg(i);
        if (i == 0)
            record.flags = store::MessageFlag::Seen;
        auto ids = store->upsertHeaders(*folder, std::span(&record, 1));
        REQUIRE(ids.ok());
        REQUIRE(store->storeBody(ids->front(), raws[i]).ok());
        REQUIRE(store->indexText(ids->front(), mime::readableText(parsed)).ok());
    }
}

} // namespace

TEST_CASE("folders, messages, show and search read the cache offline", "[cli]")
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    fillCache(dataDir);
    const CliRunner cli(dataDir);

    const CliResult folders = cli.run({u"folders"_s, u"Home"_s, u"--json"_s});
    REQUIRE(folders.exitCode == 0);
    const QJsonObject inbox = QJsonDocument::fromJson(folders.out.trimmed()).object();
    CHECK(inbox[u"path"_s].toString() == u"Inbox"_s);
    CHECK(inbox[u"role"_s].toString() == u"inbox"_s);
    CHECK(inbox[u"total"_s].toInt() == 3);
    CHECK(inbox[u"unread"_s].toInt() == 2);

    const CliResult messages =
        cli.run({u"messages"_s, u"Home"_s, u"inbox"_s, u"--limit"_s, u"2"_s, u"--json"_s});
    REQUIRE(messages.exitCode == 0);
    const QList<QByteArray> lines = messages.out.trimmed().split('\n');
    REQUIRE(lines.size() == 2);
    const QJsonObject newest = QJsonDocument::fromJson(lines[0]).object();
    CHECK(newest[u"message_id"_s].toString() == u"m3@example.org"_s);
    CHECK(newest[u"date"_s].toString() == u"2026-11-03T10:00:00Z"_s);
    CHECK(QJsonDocument::fromJson(lines[1]).object()[u"subject"_s].toString() == u"Grüße"_s);

    const CliResult shown = cli.run({u"show"_s, u"Home"_s, u"<m2@example.org>"_s});
    REQUIRE(shown.exitCode == 0);
    CHECK(QString::fromUtf8(shown.out).contains(u"Viele Grüße aus Köln"_s));

    const CliResult found = cli.run({u"search"_s, u"köln"_s, u"--json"_s});
    REQUIRE(found.exitCode == 0);
    const QList<QByteArray> hits = found.out.trimmed().split('\n');
    REQUIRE(hits.size() == 1);
    CHECK(QJsonDocument::fromJson(hits[0]).object()[u"message_id"_s].toString() ==
          u"m2@example.org"_s);

    const CliResult nothing = cli.run({u"search"_s, u"\"unbalanced (AND *"_s});
    CHECK(nothing.exitCode == 0);
    CHECK(nothing.out.trimmed().isEmpty());
}

TEST_CASE("cache commands name what is missing", "[cli]")
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"data"_s);
    fillCache(dataDir);
    const CliRunner cli(dataDir);
    CHECK(cli.run({u"folders"_s, u"Nobody"_s}).lastErrorLine() == u"no account named \"Nobody\""_s);
    CHECK(cli.run({u"messages"_s, u"Home"_s, u"Nowhere"_s})
              .lastErrorLine()
              .contains(u"no folder \"Nowhere\""_s));
    const CliResult missing = cli.run({u"show"_s, u"Home"_s, u"absent@example.org"_s});
    CHECK(missing.exitCode == 1);
    CHECK(missing.lastErrorLine().contains(u"no message <absent@example.org>"_s));
}
