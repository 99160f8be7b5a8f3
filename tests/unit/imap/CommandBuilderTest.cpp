// SPDX-License-Identifier: GPL-3.0-or-later
// Command lines: quoting, literals, continuation points, tags and redaction.
#include "imap/CommandBuilder.h"
#include "QtCatch.h"
#include "imap/Redaction.h"

using namespace lb;
using namespace lb::imap;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray wireOf(const QList<CommandArg> &args, ServerFeatures features = {})
{
    CommandBuilder b;
    b.setFeatures(features);
    return b.command("X", args).wire();
}

} // namespace

TEST_CASE("strings take the cheapest correct form")
{
    const std::vector<std::pair<QByteArray, QByteArray>> rows = {
        {"simple", "A0001 X simple\r\n"},
        {"", "A0001 X \"\"\r\n"},
        {"two words", "A0001 X \"two words\"\r\n"},
        {"say \"hi\"", "A0001 X \"say \\\"hi\\\"\"\r\n"},
        {"back\\slash", "A0001 X \"back\\\\slash\"\r\n"},
        {"NIL", "A0001 X \"NIL\"\r\n"},
        {"a(b", "A0001 X \"a(b\"\r\n"},
        {"star*", "A0001 X \"star*\"\r\n"},
        {"with]bracket", "A0001 X with]bracket\r\n"},
        {"line\r\nbreak", "A0001 X {11}\r\nline\r\nbreak\r\n"},
        {"caf\xc3\xa9", "A0001 X {5}\r\ncaf\xc3\xa9\r\n"},
        {QByteArray(1025, 'a'), "A0001 X {1025}\r\n" + QByteArray(1025, 'a') + "\r\n"},
    };
    for (const auto &[value, wire] : rows) {
        INFO(value.left(40).toStdString());
        REQUIRE(wireOf({CommandArg::string(value)}) == wire);
    }
    REQUIRE(chooseStringForm("caf\xc3\xa9", true) == StringForm::Quoted);
    REQUIRE(chooseStringForm("a\rb", true) == StringForm::Literal);
    REQUIRE(wireOf({CommandArg::quotedString("atom")}) == "A0001 X \"atom\"\r\n");
}

TEST_CASE("a synchronizing literal splits the command where the server must answer '+'")
{
    CommandBuilder b;
    const Command cmd = b.login("joe", "pa\r\nss");
    REQUIRE(cmd.tag == "A0001");
    REQUIRE(cmd.name == "LOGIN");
    REQUIRE(cmd.needsContinuation());
    REQUIRE(cmd.chunks.size() == 3);
    REQUIRE(cmd.chunks[0] == CommandChunk{"A0001 LOGIN joe {6}\r\n", false, true});
    REQUIRE(cmd.chunks[1] == CommandChunk{"pa\r\nss", true, false});
    REQUIRE(cmd.chunks[2] == CommandChunk{"\r\n", false, false});
    REQUIRE(cmd.loggable() == "A0001 LOGIN joe {6}\r\n<redacted>\r\n");
}

TEST_CASE("LITERAL+ and LITERAL- send literals without waiting")
{
    ServerFeatures plus;
    plus.literalPlus = true;
    REQUIRE(wireOf({CommandArg::string("a\nb")}, plus) == "A0001 X {3+}\r\na\nb\r\n");
    ServerFeatures minus;
    minus.literalMinus = true;
    CommandBuilder b;
    b.setFeatures(minus);
    const Command small = b.command("X", {CommandArg::literal(QByteArray(4096, 'x'))});
    REQUIRE_FALSE(small.needsContinuation());
    REQUIRE(small.wire().startsWith("A0001 X {4096+}\r\n"));
    const Command large = b.command("X", {CommandArg::literal(QByteArray(4097, 'x'))});
    REQUIRE(large.needsContinuation());
    REQUIRE(large.wire().startsWith("A0002 X {4097}\r\n"));
}

TEST_CASE("tags count up")
{
    CommandBuilder b("T");
    REQUIRE(b.noop().tag == "T0001");
    REQUIRE(b.noop().wire() == "T0002 NOOP\r\n");
    REQUIRE(b.nextTag() == "T0003");
}

TEST_CASE("the commands a sync engine needs")
{
    CommandBuilder b;
    auto line = [&b](const Command &c) { return c.wire().sliced(6); }; // without "A000n "
    const auto uids = *SequenceSet::parse("1:5,7");
    REQUIRE(line(b.capability()) == "CAPABILITY\r\n");
    REQUIRE(line(b.starttls()) == "STARTTLS\r\n");
    REQUIRE(line(b.login("joe@example.com", "secret pw")) ==
            "LOGIN joe@example.com \"secret pw\"\r\n");
    REQUIRE(line(b.enable({"CONDSTORE", "QRESYNC"})) == "ENABLE CONDSTORE QRESYNC\r\n");
    REQUIRE(line(b.id({{"name", "Letterbox"}, {"version", "0.1"}})) ==
            "ID (\"name\" \"Letterbox\" \"version\" \"0.1\")\r\n");
    REQUIRE(line(b.id({})) == "ID NIL\r\n");
    REQUIRE(line(b.namespaceCommand()) == "NAMESPACE\r\n");
    ListOptions listOptions;
    listOptions.specialUse = true;
    listOptions.subscribed = true;
    REQUIRE(line(b.list(u""_s, u"*"_s, listOptions)) ==
            "LIST \"\" \"*\" RETURN (SUBSCRIBED SPECIAL-USE)\r\n");
    REQUIRE(line(b.list(u""_s, u"%"_s)) == "LIST \"\" \"%\"\r\n");
    REQUIRE(line(b.select(CommandArg::mailbox(u"INBOX"_s))) == "SELECT INBOX\r\n");
    SelectOptions condstore;
    condstore.condstore = true;
    condstore.readOnly = true;
    REQUIRE(line(b.select(CommandArg::mailbox(u"Entw\u00fcrfe"_s), condstore)) ==
            "EXAMINE Entw&APw-rfe (CONDSTORE)\r\n");
    SelectOptions qresync;
    qresync.qresync =
        SelectOptions::QResync{UidValidity(67890007), ModSeq(90060115194045000ull), uids};
    REQUIRE(line(b.select(CommandArg::rawMailbox("INBOX"), qresync)) ==
            "SELECT INBOX (QRESYNC (67890007 90060115194045000 1:5,7))\r\n");
    REQUIRE(line(b.status(CommandArg::mailbox(u"Sent Items"_s), {"MESSAGES", "UIDNEXT"})) ==
            "STATUS \"Sent Items\" (MESSAGES UIDNEXT)\r\n");
    REQUIRE(line(b.uidFetch(uids, "(UID FLAGS)")) == "UID FETCH 1:5,7 (UID FLAGS)\r\n");
    REQUIRE(line(b.uidFetch(*SequenceSet::parse("1:*"), "(FLAGS)", ModSeq(12345), true)) ==
            "UID FETCH 1:* (FLAGS) (CHANGEDSINCE 12345 VANISHED)\r\n");
    REQUIRE(line(b.uidStore(uids, StoreAction::Add, {"\\Seen"})) ==
            "UID STORE 1:5,7 +FLAGS.SILENT (\\Seen)\r\n");
    REQUIRE(line(b.uidStore(uids, StoreAction::Remove, {"\\Deleted", "$Junk"}, false,
                            ModSeq(320162338))) ==
            "UID STORE 1:5,7 (UNCHANGEDSINCE 320162338) -FLAGS (\\Deleted $Junk)\r\n");
    REQUIRE(line(b.uidStore(uids, StoreAction::Replace, {})) ==
            "UID STORE 1:5,7 FLAGS.SILENT ()\r\n");
    REQUIRE(line(b.uidSearch({CommandArg::raw("SINCE"), CommandArg::raw("1-Feb-1994"),
                              CommandArg::raw("SUBJECT"), CommandArg::string("hello world")},
                             {"ALL", "COUNT"})) ==
            "UID SEARCH RETURN (ALL COUNT) SINCE 1-Feb-1994 SUBJECT \"hello world\"\r\n");
    REQUIRE(
        line(b.uidSearch({CommandArg::raw("SUBJECT"), CommandArg::string("gr\xc3\xbc\xc3\x9f")})) ==
        "UID SEARCH CHARSET UTF-8 SUBJECT {6}\r\ngr\xc3\xbc\xc3\x9f\r\n");
    REQUIRE(line(b.uidCopy(uids, CommandArg::mailbox(u"Archive"_s))) ==
            "UID COPY 1:5,7 Archive\r\n");
    REQUIRE(line(b.uidMove(uids, CommandArg::mailbox(u"Trash"_s))) == "UID MOVE 1:5,7 Trash\r\n");
    REQUIRE(line(b.uidExpunge(uids)) == "UID EXPUNGE 1:5,7\r\n");
    REQUIRE(line(b.expunge()) == "EXPUNGE\r\n");
    REQUIRE(
        line(b.append(CommandArg::mailbox(u"Sent"_s), {"\\Seen"},
                      QDateTime(QDate(2024, 3, 7), QTime(8, 5, 9), Qt::UTC),
                      "Subject: x\r\n\r\nhi\r\n")) ==
        "APPEND Sent (\\Seen) \"07-Mar-2024 08:05:09 +0000\" {18}\r\nSubject: x\r\n\r\nhi\r\n\r\n");
    REQUIRE(line(b.create(CommandArg::mailbox(u"A & B"_s))) == "CREATE \"A &- B\"\r\n");
    REQUIRE(line(b.deleteMailbox(CommandArg::mailbox(u"Old"_s))) == "DELETE Old\r\n");
    REQUIRE(line(b.rename(CommandArg::mailbox(u"Old"_s), CommandArg::mailbox(u"New"_s))) ==
            "RENAME Old New\r\n");
    REQUIRE(line(b.subscribe(CommandArg::mailbox(u"Lists/IMAP"_s))) == "SUBSCRIBE Lists/IMAP\r\n");
    REQUIRE(line(b.unsubscribe(CommandArg::mailbox(u"Lists/IMAP"_s))) ==
            "UNSUBSCRIBE Lists/IMAP\r\n");
    REQUIRE(line(b.idle()) == "IDLE\r\n");
    REQUIRE(CommandBuilder::idleDone() == "DONE\r\n");
    REQUIRE(line(b.noop()) == "NOOP\r\n");
    REQUIRE(line(b.getQuotaRoot(CommandArg::mailbox(u"INBOX"_s))) == "GETQUOTAROOT INBOX\r\n");
    REQUIRE(line(b.close()) == "CLOSE\r\n");
    REQUIRE(line(b.unselect()) == "UNSELECT\r\n");
    REQUIRE(line(b.logout()) == "LOGOUT\r\n");
}

TEST_CASE("APPEND of binary data uses literal8 when the server has BINARY")
{
    ServerFeatures features;
    features.binary = true;
    CommandBuilder b;
    b.setFeatures(features);
    const QByteArray message("a\0b", 3);
    REQUIRE(b.append(CommandArg::rawMailbox("INBOX"), {}, std::nullopt, message).wire() ==
            "A0001 APPEND INBOX ~{3}\r\n" + message + "\r\n");
}

TEST_CASE("UTF8=ACCEPT sends mailbox names as UTF-8")
{
    ServerFeatures features;
    features.utf8Accept = true;
    CommandBuilder b;
    b.setFeatures(features);
    REQUIRE(b.select(CommandArg::mailbox(u"Entw\u00fcrfe"_s)).wire() ==
            "A0001 SELECT \"Entw\xc3\xbcrfe\"\r\n");
}

TEST_CASE("AUTHENTICATE PLAIN with and without SASL-IR")
{
    const QByteArray payload = QByteArray("\0joe\0s3cret", 11).toBase64();
    REQUIRE(payload == "AGpvZQBzM2NyZXQ=");
    ServerFeatures ir;
    ir.saslIr = true;
    CommandBuilder withIr;
    withIr.setFeatures(ir);
    const Command one = withIr.authenticatePlain("joe", "s3cret");
    REQUIRE(one.wire() == "A0001 AUTHENTICATE PLAIN AGpvZQBzM2NyZXQ=\r\n");
    REQUIRE_FALSE(one.needsContinuation());
    REQUIRE(one.loggable() == "A0001 AUTHENTICATE PLAIN <redacted>\r\n");

    CommandBuilder plain;
    const Command two = plain.authenticatePlain("joe", "s3cret");
    REQUIRE(two.chunks.size() == 3);
    REQUIRE(two.chunks[0] == CommandChunk{"A0001 AUTHENTICATE PLAIN\r\n", false, true});
    REQUIRE(two.chunks[1] == CommandChunk{"AGpvZQBzM2NyZXQ=", true, false});
    REQUIRE(two.loggable() == "A0001 AUTHENTICATE PLAIN\r\n<redacted>\r\n");
}

TEST_CASE("logs never show passwords")
{
    CommandBuilder b;
    const Command login = b.login("joe", "s3cret");
    REQUIRE(login.wire() == "A0001 LOGIN joe s3cret\r\n");
    REQUIRE(login.loggable() == "A0001 LOGIN joe <redacted>\r\n");
    REQUIRE_FALSE(b.login("joe", "two words").loggable().contains("words"));

    const std::vector<std::pair<QByteArray, QByteArray>> rows = {
        {"A1 LOGIN joe s3cret\r\n", "A1 LOGIN joe <redacted>\r\n"},
        {"A1 login \"j o e\" \"pa ss\"\r\n", "A1 login \"j o e\" <redacted>\r\n"},
        {"A1 LOGIN joe {6}\r\n", "A1 LOGIN joe <redacted>\r\n"},
        {"A2 AUTHENTICATE PLAIN AGpvZQBzM2NyZXQ=\r\n", "A2 AUTHENTICATE PLAIN <redacted>\r\n"},
        {"A2 AUTHENTICATE PLAIN\r\n", "A2 AUTHENTICATE PLAIN\r\n"},
        {"A3 SELECT INBOX\r\n", "A3 SELECT INBOX\r\n"},
        {"A4 LOGIN\r\n", "A4 LOGIN\r\n"},
        {"garbage", "garbage"},
    };
    for (const auto &[input, expected] : rows) {
        INFO(input.toStdString());
        REQUIRE(redactClientLine(input) == expected);
    }
    REQUIRE(redactedContinuationLine() == "<redacted>");
}

TEST_CASE("capabilities set the quoting features")
{
    const auto f = ServerFeatures::fromCapabilities({"IMAP4REV1", "LITERAL+", "SASL-IR", "BINARY"});
    REQUIRE(f.literalPlus);
    REQUIRE(f.saslIr);
    REQUIRE(f.binary);
    REQUIRE_FALSE(f.literalMinus);
    REQUIRE_FALSE(f.utf8Accept);
}
