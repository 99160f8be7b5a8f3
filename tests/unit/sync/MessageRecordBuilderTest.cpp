// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/MessageRecordBuilder.h"
#include "sync/SyncProgress.h"

#include "mime/MessageParser.h"

#include "QtCatch.h"

using namespace lb;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("A parsed message becomes a cache row with decoded, bare fields", "[sync]")
{
    const QByteArray raw = "From: =?utf-8?q?Zo=C3=AB?= <zoe@example.org>\r\n"
                           "To: Bob <bob@example.net>, carol@example.com\r\n"
                           "Cc: Dave <dave@example.com>\r\n"
                           "Subject: Re: plans\r\n"
                           "Date: Mon, 2 Nov 2026 08:00:00 +0200\r\n"
                           "Message-ID: <m2@example.org>\r\n"
                           "In-Reply-To: <m1@example.net>\r\n"
                           "References: <m0@example.net> <m1@example.net>\r\n"
                           "Content-Type: multipart/mixed; boundary=x\r\n"
                           "\r\n"
                           "--x\r\n"
                           "Content-Type: text/plain\r\n"
                           "\r\n"
                           "> earlier words\r\n"
                           "Sounds   good,\r\n"
                           "see you.\r\n"
                           "--x\r\n"
                           "Content-Type: application/octet-stream; name=a.bin\r\n"
                           "\r\n"
                           "xyz\r\n"
                           "--x--\r\n";
    const store::MessageRecord r = sync::recordFromMessage(mime::parseMessage(raw));
    CHECK(r.fromName == u"Zoë"_s);
    CHECK(r.fromAddress == u"zoe@example.org"_s);
    CHECK(r.toSummary == u"Bob, carol@example.com"_s);
    CHECK(r.ccSummary == u"Dave"_s);
    CHECK(r.subject == u"Re: plans"_s);
    CHECK(r.messageId == u"m2@example.org"_s);
    CHECK(r.inReplyTo == u"m1@example.net"_s);
    CHECK(r.references == QStringList{u"m0@example.net"_s, u"m1@example.net"_s});
    CHECK(r.date == QDateTime(QDate(2026, 11, 2), QTime(6, 0), Qt::UTC).toSecsSinceEpoch());
    CHECK(r.hasAttachments);
    CHECK(r.size == raw.size());
    CHECK(r.snippet == u"Sounds good, see you."_s);
}

TEST_CASE("Snippets are cut, collapsed and skip quotes", "[sync]")
{
    CHECK(sync::snippetOf(u"  a\n\n\tb  ") == u"a b"_s);
    CHECK(sync::snippetOf(u"> all quoted\n>> more") == QString());
    CHECK(sync::snippetOf(QString(500, u'x'), 10).size() == 10);
    CHECK(sync::bareMessageId("  <a@b>  ") == u"a@b"_s);
    CHECK(sync::bareMessageId("no-brackets@x") == u"no-brackets@x"_s);
}

TEST_CASE("Progress reads as a sentence", "[sync]")
{
    sync::SyncProgress p;
    p.phase = sync::SyncProgress::Phase::Downloading;
    p.folder = u"Inbox"_s;
    p.done = 120;
    p.total = 500;
    CHECK(sync::describe(p) == u"Downloading Inbox: 120 of 500"_s);
}
