// SPDX-License-Identifier: GPL-3.0-or-later
// The IMAP engine against Dovecot: initial sync, no-change resync, changes made elsewhere
// (new mail, flags, expunges) with QRESYNC, with CONDSTORE only and with neither, and a
// folder whose UIDVALIDITY changed.
#include "SyncFixture.h"

#include "QtCatch.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;
using lb::store::FolderRole;
using lb::store::MessageFlag;
using lb::test::ExtensionMode;
using lb::test::sampleMessage;
using lb::test::SyncFixture;

namespace {

const QList<ExtensionMode> kModes{ExtensionMode::Qresync, ExtensionMode::CondstoreOnly,
                                  ExtensionMode::Neither};

void requireNoChange(const lb::sync::SyncReport &r)
{
    CHECK(r.newMessages == 0);
    CHECK(r.removedMessages == 0);
    CHECK(r.flagChanges == 0);
}

} // namespace

TEST_CASE("IMAP sync: folders get their roles, a user's choice survives the next sync",
          "[integration]")
{
    SyncFixture f;
    REQUIRE(f.dovecot().createFolder(f.user(), u"Gesendete Objekte"_s).ok());
    REQUIRE(f.dovecot().createFolder(f.user(), u"Work/Projects"_s).ok());
    f.sync();
    CHECK(f.folder(u"INBOX"_s).role == FolderRole::Inbox);
    CHECK(f.folder(u"Sent"_s).role == FolderRole::Sent); // SPECIAL-USE wins over the name
    CHECK(f.folder(u"Drafts"_s).role == FolderRole::Drafts);
    CHECK(f.folder(u"Trash"_s).role == FolderRole::Trash);
    CHECK(f.folder(u"Junk"_s).role == FolderRole::Junk);
    CHECK(f.folder(u"Archive"_s).role == FolderRole::Archive);
    CHECK(f.folder(u"Gesendete Objekte"_s).role == FolderRole::None);
    CHECK(f.folder(u"Work/Projects"_s).delimiter == u'/');
    CHECK(f.folder(u"Work/Projects"_s).subscribed);

    REQUIRE(f.store().setFolderRole(f.folder(u"Work/Projects"_s).id, FolderRole::Archive).ok());
    f.sync();
    CHECK(f.folder(u"Work/Projects"_s).role == FolderRole::Archive);
    CHECK(f.folder(u"Work/Projects"_s).roleOverridden);

    // Deleted on the server: gone from the cache on the next sync.
    f.doveadm({u"mailbox"_s, u"delete"_s, u"-u"_s, f.user(), u"Work/Projects"_s});
    f.sync();
    auto folders = f.store().folders(f.account());
    REQUIRE(folders.ok());
    for (const auto &folder : *folders)
        CHECK(folder.path != u"Work/Projects"_s);
}

TEST_CASE("IMAP sync: initial sync decodes headers and threads, a second sync changes nothing",
          "[integration]")
{
    for (ExtensionMode mode : kModes) {
        INFO(toString(mode));
        SyncFixture f(mode);
        f.deliver(u"INBOX"_s, sampleMessage(1));
        f.deliver(u"INBOX"_s,
                  "From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <jm@example.de>\r\n"
                  "To: alice@example.org, Bob <bob@example.org>\r\n"
                  "Subject: =?ISO-8859-1?Q?Gr=FC=DFe?= aus Berlin\r\n"
                  "Date: Tue, 4 Jun 2024 09:00:00 +0200\r\n"
                  "Message-ID: <reply-1@example.de>\r\n"
                  "In-Reply-To: <msg-1@example.org>\r\n"
                  "References: <msg-1@example.org>\r\n"
                  "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                  "--b\r\nContent-Type: text/plain\r\n\r\nHallo\r\n"
                  "--b\r\nContent-Type: application/pdf; name=a.pdf\r\n"
                  "Content-Disposition: attachment; filename=a.pdf\r\n\r\nPDF\r\n--b--\r\n",
                  u"S"_s);
        f.deliver(u"INBOX"_s, sampleMessage(3), u"F"_s);
        f.deliver(u"Archive"_s, sampleMessage(4), u"S"_s);

        const auto first = f.sync();
        CHECK(first.newMessages == 4);
        CHECK(first.serverMessages == 3);
        const auto inbox = f.folder(u"INBOX"_s);
        CHECK(inbox.total == 3);
        CHECK(inbox.unread == 2);
        CHECK(inbox.sync.uidNext.value == 4u);
        CHECK(inbox.sync.uidValidity.isValid());
        CHECK(inbox.sync.highestModSeq.isValid() == (mode != ExtensionMode::Neither));

        const auto reply = f.message(u"INBOX"_s, u"Grüße aus Berlin"_s);
        CHECK(reply.record.fromName == u"Jürgen Müller"_s);
        CHECK(reply.record.fromAddress == u"jm@example.de"_s);
        CHECK(reply.record.toSummary == u"alice@example.org, Bob"_s);
        CHECK(reply.record.messageId == u"reply-1@example.de"_s);
        CHECK(reply.record.inReplyTo == u"msg-1@example.org"_s);
        CHECK(reply.record.references == QStringList{u"msg-1@example.org"_s});
        CHECK(reply.record.flags == lb::store::MessageFlags(MessageFlag::Seen));
        CHECK(reply.record.hasAttachments);
        CHECK(reply.record.date == 1717484400);
        const auto original = f.message(u"INBOX"_s, u"Message 1"_s);
        CHECK(original.thread == reply.thread);
        CHECK_FALSE(original.record.hasAttachments);
        CHECK(f.message(u"INBOX"_s, u"Message 3"_s).record.flags.testFlag(MessageFlag::Flagged));
        CHECK(f.messages(u"Archive"_s).size() == 1);

        // The inbox is reported usable before the other folders are done.
        bool readyBeforeArchive = false;
        for (const auto &p : f.progress) {
            if (p.folder == u"Archive"_s && p.inboxReady)
                readyBeforeArchive = true;
        }
        CHECK(readyBeforeArchive);

        requireNoChange(f.sync());
        CHECK(f.folder(u"INBOX"_s).total == 3);
    }
}

TEST_CASE("IMAP sync: new mail, flag changes and expunges made elsewhere reach the cache",
          "[integration]")
{
    for (ExtensionMode mode : kModes) {
        INFO(toString(mode));
        SyncFixture f(mode);
        for (int i = 1; i <= 4; ++i)
            f.deliver(u"INBOX"_s, sampleMessage(i));
        f.sync();
        REQUIRE(f.folder(u"INBOX"_s).total == 4);

        f.deliver(u"INBOX"_s, sampleMessage(5));
        f.deliver(u"INBOX"_s, sampleMessage(6));
        f.doveadm({u"flags"_s, u"add"_s, u"-u"_s, f.user(), u"\\Seen \\Flagged"_s, u"mailbox"_s,
                   u"INBOX"_s, u"uid"_s, u"1"_s});
        f.doveadm({u"flags"_s, u"add"_s, u"-u"_s, f.user(), u"$Important"_s, u"mailbox"_s,
                   u"INBOX"_s, u"uid"_s, u"3"_s});
        f.doveadm({u"expunge"_s, u"-u"_s, f.user(), u"mailbox"_s, u"INBOX"_s, u"uid"_s, u"2"_s});

        const auto report = f.sync();
        CHECK(report.newMessages == 2);
        CHECK(report.flagChanges == 2);
        CHECK(report.removedMessages == 1);
        const auto inbox = f.folder(u"INBOX"_s);
        CHECK(inbox.total == 5);
        CHECK(inbox.unread == 4);
        const auto one = f.message(u"INBOX"_s, u"Message 1"_s);
        const lb::store::MessageFlags seenFlagged =
            lb::store::MessageFlags(MessageFlag::Seen) | MessageFlag::Flagged;
        CHECK(one.record.flags == seenFlagged);
        CHECK(f.message(u"INBOX"_s, u"Message 3"_s).record.keywords ==
              QStringList{u"$Important"_s});
        for (const auto &row : f.messages(u"INBOX"_s))
            CHECK(row.record.subject != u"Message 2"_s);
        CHECK(f.messages(u"INBOX"_s).front().record.uid.value == 6u);

        // Flags removed elsewhere come back too.
        f.doveadm({u"flags"_s, u"remove"_s, u"-u"_s, f.user(), u"\\Seen"_s, u"mailbox"_s,
                   u"INBOX"_s, u"uid"_s, u"1"_s});
        const auto again = f.sync();
        CHECK(again.flagChanges == 1);
        CHECK(f.message(u"INBOX"_s, u"Message 1"_s).record.flags ==
              lb::store::MessageFlags(MessageFlag::Flagged));
        requireNoChange(f.sync());
    }
}

TEST_CASE("IMAP sync: a folder with a new UIDVALIDITY is replaced, without duplicates",
          "[integration]")
{
    SyncFixture f;
    REQUIRE(f.dovecot().createFolder(f.user(), u"Work"_s).ok());
    f.deliver(u"Work"_s, sampleMessage(1));
    f.deliver(u"Work"_s, sampleMessage(2));
    f.sync();
    const auto before = f.folder(u"Work"_s);
    REQUIRE(before.total == 2);

    f.doveadm({u"mailbox"_s, u"delete"_s, u"-u"_s, f.user(), u"Work"_s});
    f.doveadm({u"mailbox"_s, u"create"_s, u"-u"_s, f.user(), u"-s"_s, u"Work"_s});
    f.doveadm({u"mailbox"_s, u"update"_s, u"-u"_s, f.user(), u"--uid-validity"_s,
               QString::number(before.sync.uidValidity.value + 7), u"Work"_s});
    f.deliver(u"Work"_s, sampleMessage(2));
    f.deliver(u"Work"_s, sampleMessage(3));
    f.deliver(u"Work"_s, sampleMessage(4));

    const auto report = f.sync();
    const auto after = f.folder(u"Work"_s);
    CHECK(after.sync.uidValidity.value == before.sync.uidValidity.value + 7);
    CHECK(after.total == 3);
    CHECK(report.newMessages == 3);
    CHECK(report.removedMessages == 2);
    CHECK_FALSE(report.warnings.isEmpty());
    QStringList subjects;
    for (const auto &row : f.messages(u"Work"_s))
        subjects << row.record.subject;
    subjects.sort();
    CHECK(subjects == QStringList{u"Message 2"_s, u"Message 3"_s, u"Message 4"_s});
    requireNoChange(f.sync());
}

TEST_CASE("IMAP sync: an interrupted initial sync resumes without duplicates", "[integration]")
{
    SyncFixture f;
    for (int i = 1; i <= 12; ++i)
        f.deliver(u"INBOX"_s, sampleMessage(i));
    f.options().firstChunk = 2;
    f.options().chunk = 3;
    f.options().pipelineDepth = 1;
    std::atomic<bool> cancel{false};
    auto request = f.request();
    request.cancel = &cancel;
    int headerBatches = 0;
    request.progress = [&](const lb::sync::SyncProgress &p) {
        if (p.phase == lb::sync::SyncProgress::Phase::FetchingHeaders && p.done > 0 &&
            ++headerBatches == 2)
            cancel.store(true); // after the second committed chunk
    };
    const auto stopped = lb::sync::imap::syncAccount(request, f.options());
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().scope == lb::ErrorScope::Cancelled);
    const auto partial = f.messages(u"INBOX"_s);
    REQUIRE(partial.size() == 5);
    QList<std::uint32_t> uids;
    for (const auto &row : partial)
        uids << row.record.uid.value;
    std::sort(uids.begin(), uids.end());
    CHECK(uids == QList<std::uint32_t>{8, 9, 10, 11, 12}); // the newest came first
    CHECK(f.folder(u"INBOX"_s).sync.uidNext.value == 0u);  // not saved before the end

    const auto resumed = f.sync();
    CHECK(resumed.newMessages == 7);
    CHECK(f.folder(u"INBOX"_s).total == 12);
    requireNoChange(f.sync());
}
