// SPDX-License-Identifier: GPL-3.0-or-later
// The durability proof, through the real letterbox-cli: a download with deletion enabled is
// killed (SIGKILL) right after its Nth protocol step, for every N until a run gets through,
// and each kill is followed by a clean sync. After each pair the cache is intact, every
// message is there exactly once and the server is empty: nothing lost, nothing duplicated.
#include "Pop3Fixture.h"

#include "common/DataDir.h"

#include "QtCatch.h"

#include <QProcess>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace {

struct CliRun
{
    bool killed = false;
    int exitCode = -1;
    QByteArray err;
};

CliRun runCli(const QString &dataDir, const QStringList &args, const QByteArray &input,
              long killAfterStep = 0)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LETTERBOX_FAULT_KILL_AFTER_STEP"_s);
    if (killAfterStep > 0)
        env.insert(u"LETTERBOX_FAULT_KILL_AFTER_STEP"_s, QString::number(killAfterStep));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LETTERBOX_BINARY_DIR "/app/cli/letterbox-cli"),
                  QStringList{u"--data-dir"_s, dataDir} + args);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        run.err = "letterbox-cli hung";
        return run;
    }
    run.killed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.err = process.readAllStandardError();
    return run;
}

QString integrityOf(const QString &path)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW)
                result +=
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            sqlite3_finalize(stmt);
        }
    }
    sqlite3_close(db);
    return result;
}

} // namespace

TEST_CASE("A download killed after any protocol step loses and duplicates nothing", "[pop3]")
{
    lb::test::TestServers servers({.smtp = false});
    REQUIRE(servers.start().ok());
    const lb::net::ServerEndpoint endpoint = servers.pop3Endpoint(lb::net::TlsMode::Implicit);
    const lb::test::TestUser alice = servers.user(0);
    const QByteArray password = alice.password.toUtf8() + '\n';

    int kills = 0;
    long step = 1;
    for (bool finished = false; !finished; ++step) {
        REQUIRE(step < 200); // a run has a few dozen steps; more means the hook never fired
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        QStringList ids;
        for (int i = 1; i <= 3; ++i) {
            const int index = int(step) * 10 + i;
            REQUIRE(servers.dovecot()
                        .deliver(alice.name, u"INBOX"_s, lb::test::sampleMessage(index))
                        .ok());
            ids << lb::test::sampleMessageId(index);
        }
        const CliRun added = runCli(
            data,
            {u"account"_s, u"add"_s, u"Home"_s, u"--protocol"_s, u"pop3"_s, u"--email"_s,
             u"alice@example.org"_s, u"--host"_s, endpoint.host, u"--port"_s,
             QString::number(endpoint.port), u"--tls"_s, u"implicit"_s, u"--user"_s, alice.name,
             u"--ca-file"_s, endpoint.trust.caFile, u"--leave-on-server"_s, u"no"_s},
            {});
        REQUIRE(added.exitCode == 0);

        const CliRun faulty = runCli(data, {u"sync"_s, u"--password-stdin"_s}, password, step);
        INFO("kill after step " << step << ": " << faulty.err.toStdString());
        if (faulty.killed) {
            ++kills;
        } else {
            REQUIRE(faulty.exitCode == 0);
            finished = true;
        }
        const CliRun clean = runCli(data, {u"sync"_s, u"--password-stdin"_s}, password);
        INFO("clean sync: " << clean.err.toStdString());
        REQUIRE(clean.exitCode == 0);

        const QString cache = lb::cacheFilePath(data);
        REQUIRE(QFile::exists(cache));
        CHECK(integrityOf(cache) == u"ok"_s);
        auto store = lb::store::Store::open(cache);
        REQUIRE(store.ok());
        for (const QString &id : ids) {
            auto copies = store->messagesByMessageId(id);
            REQUIRE(copies.ok());
            CHECK(copies->size() == 1);
        }
        auto messages = servers.dovecot().messages(alice.name, u"INBOX"_s);
        REQUIRE(messages.ok());
        CHECK(messages->isEmpty());
    }
    CHECK(kills >= 20); // every step of a real run was tried
}
