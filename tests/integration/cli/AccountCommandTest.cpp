// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "QtCatch.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList popArgs(const QString &name)
{
    return {u"account"_s,
            u"add"_s,
            name,
            u"--protocol"_s,
            u"pop3"_s,
            u"--email"_s,
            u"me@example.org"_s,
            u"--host"_s,
            u"pop.example.org"_s,
            u"--user"_s,
            u"me"_s,
            u"--delete-after-days"_s,
            u"7"_s};
}

} // namespace

TEST_CASE("account add, list and remove round-trip through the cache", "[cli]")
{
    QTemporaryDir dir;
    const CliRunner cli(dir.filePath(u"data"_s));
    REQUIRE(cli.run(popArgs(u"Home"_s)).exitCode == 0);

    const CliResult listed = cli.run({u"account"_s, u"list"_s, u"--json"_s});
    REQUIRE(listed.exitCode == 0);
    const QJsonObject home = QJsonDocument::fromJson(listed.out.trimmed()).object();
    CHECK(home[u"name"_s].toString() == u"Home"_s);
    CHECK(home[u"protocol"_s].toString() == u"pop3"_s);
    CHECK(home[u"port"_s].toInt() == 995);
    CHECK(home[u"tls"_s].toString() == u"implicit"_s);

    const CliResult removed = cli.run({u"account"_s, u"remove"_s, u"Home"_s});
    CHECK(removed.exitCode == 0);
    CHECK(cli.run({u"account"_s, u"list"_s, u"--json"_s}).out.trimmed().isEmpty());
}

TEST_CASE("account add refuses bad input with a one-line reason", "[cli]")
{
    QTemporaryDir dir;
    const CliRunner cli(dir.filePath(u"data"_s));
    REQUIRE(cli.run(popArgs(u"Home"_s)).exitCode == 0);

    const CliResult duplicate = cli.run(popArgs(u"Home"_s));
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.lastErrorLine().contains(u"already exists"_s));

    QStringList badTls = popArgs(u"Other"_s);
    badTls << u"--tls"_s << u"sometimes"_s;
    const CliResult tls = cli.run(badTls);
    CHECK(tls.exitCode == 2);
    CHECK(tls.lastErrorLine().contains(u"--tls"_s));

    const CliResult unknown = cli.run({u"account"_s, u"remove"_s, u"Nobody"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.lastErrorLine().contains(u"no account named"_s));
}

TEST_CASE("A password given to account add never reaches the data directory", "[cli]")
{
    QTemporaryDir dir;
    const CliRunner cli(dir.filePath(u"data"_s));
    QStringList args = popArgs(u"Home"_s);
    args << u"--password-stdin"_s;
    REQUIRE(cli.run(args, "correct-horse-battery\n").exitCode == 0);

    QDirIterator files(dir.filePath(u"data"_s), QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK_FALSE(file.readAll().contains("correct-horse-battery"));
        ++checked;
    }
    CHECK(checked >= 1);
}
