// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "QtCatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

const QByteArray kMessage =
    "From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>\r\n"
    "To: Alice <alice@example.org>, bob@example.net\r\n"
    "Subject: =?iso-8859-1?q?Gr=FC=DFe?= aus Berlin\r\n"
    "Date: Tue, 3 Nov 2026 10:15:00 +0100\r\n"
    "Message-ID: <abc.123@example.de>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
    "\r\n"
    "--b1\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "Sch=C3=B6ne Gr=C3=BC=C3=9Fe!\r\n"
    "--b1\r\n"
    "Content-Type: application/pdf\r\n"
    "Content-Disposition: attachment; filename*=utf-8''Rechnung%20M%C3%A4rz.pdf\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
    "JVBERi0xLjQK\r\n"
    "--b1--\r\n";

} // namespace

TEST_CASE("inspect --json prints the parsed message in the CLI.md shape", "[cli]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"m.eml"_s, kMessage);
    const CliResult result =
        CliRunner(dir.filePath(u"data"_s)).run({u"inspect"_s, path, u"--json"_s});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = result.json().object();
    CHECK(json[u"subject"_s].toString() == u"Grüße aus Berlin"_s);
    CHECK(json[u"from"_s].toArray()[0].toObject()[u"name"_s].toString() == u"Jürgen Müller"_s);
    CHECK(json[u"to"_s].toArray().size() == 2);
    CHECK(json[u"to"_s].toArray()[1].toObject()[u"address"_s].toString() == u"bob@example.net"_s);
    CHECK(json[u"date"_s].toString() == u"2026-11-03T09:15:00Z"_s);
    CHECK(json[u"message_id"_s].toString() == u"<abc.123@example.de>"_s);
    CHECK(json[u"attachments"_s].toInt() == 1);
    CHECK(json[u"text"_s].toString().trimmed() == u"Schöne Grüße!"_s);
    const QJsonObject mime = json[u"mime"_s].toObject();
    CHECK(mime[u"content_type"_s].toString() == u"multipart/mixed"_s);
    const QJsonArray parts = mime[u"parts"_s].toArray();
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].toObject()[u"charset"_s].toString() == u"utf-8"_s);
    CHECK(parts[1].toObject()[u"filename"_s].toString() == u"Rechnung März.pdf"_s);
    CHECK(parts[1].toObject()[u"disposition"_s].toString() == u"attachment"_s);
    CHECK(parts[1].toObject()[u"size"_s].toInt() == 9);
}

TEST_CASE("inspect without --json prints headers, structure and text for people", "[cli]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"m.eml"_s, kMessage);
    const CliResult result = CliRunner(dir.filePath(u"data"_s)).run({u"inspect"_s, path});
    REQUIRE(result.exitCode == 0);
    const QString out = QString::fromUtf8(result.out);
    CHECK(out.contains(u"Subject: Grüße aus Berlin"_s));
    CHECK(out.contains(u"application/pdf [attachment] \"Rechnung März.pdf\""_s));
    CHECK(out.contains(u"Schöne Grüße!"_s));
}

TEST_CASE("inspect reports a missing file with a one-line reason and a failure exit", "[cli]")
{
    QTemporaryDir dir;
    const CliResult result =
        CliRunner(dir.filePath(u"data"_s)).run({u"inspect"_s, dir.filePath(u"absent.eml"_s)});
    CHECK(result.exitCode == 1);
    CHECK(result.lastErrorLine().startsWith(u"cannot read"_s));
    CHECK(result.out.isEmpty());
}

TEST_CASE("inspect survives garbage and keeps going", "[cli]")
{
    QTemporaryDir dir;
    QByteArray garbage;
    for (int i = 0; i < 20000; ++i)
        garbage.append(char((i * 7919) % 256));
    const QString path = writeFile(dir, u"g.eml"_s, garbage);
    const CliResult result =
        CliRunner(dir.filePath(u"data"_s)).run({u"inspect"_s, path, u"--json"_s});
    CHECK(result.exitCode == 0);
    CHECK(result.json().isObject());
}

TEST_CASE("An unknown command fails with usage", "[cli]")
{
    QTemporaryDir dir;
    const CliResult result = CliRunner(dir.filePath(u"data"_s)).run({u"frobnicate"_s});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains("unknown command: frobnicate"));
}
