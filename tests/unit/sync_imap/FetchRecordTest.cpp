// SPDX-License-Identifier: GPL-3.0-or-later
// FETCH responses (parsed from Dovecot-shaped bytes) into cache rows.
#include "sync/imap/FetchRecord.h"
#include "imap/ResponseParser.h"
#include "sync/imap/FlagMapping.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;
using lb::store::MessageFlag;

namespace {

lb::imap::FetchData parseFetch(const QByteArray &line)
{
    const lb::imap::ParseResult parsed = lb::imap::ResponseParser::parseOne(line);
    REQUIRE(std::holds_alternative<lb::imap::Response>(parsed));
    const auto &response = std::get<lb::imap::Response>(parsed);
    REQUIRE(std::holds_alternative<lb::imap::FetchData>(response));
    return std::get<lb::imap::FetchData>(response);
}

} // namespace

TEST_CASE("Flags map to bits and keywords and back", "[unit]")
{
    const auto stored = lb::sync::imap::storedFlags(
        {"\\SEEN", "\\Flagged", "\\Recent", "$Forwarded", "$label1", "NonJunk"});
    CHECK(stored.flags == (lb::store::MessageFlags(MessageFlag::Seen) | MessageFlag::Flagged |
                           MessageFlag::Forwarded));
    CHECK(stored.keywords == QStringList{u"$label1"_s, u"NonJunk"_s});
    CHECK(lb::sync::imap::imapFlags(stored.flags) ==
          QList<QByteArray>{"\\Seen", "\\Flagged", "$Forwarded"});
    CHECK(lb::sync::imap::storedFlags({}).flags == lb::store::MessageFlags());
}

TEST_CASE("A header FETCH becomes a decoded, threaded cache row", "[unit]")
{
    const QByteArray header = "References: <a@x> <b@x>\r\nIn-Reply-To: <b@x>\r\n\r\n";
    const QByteArray line =
        "* 3 FETCH (UID 17 FLAGS (\\Seen $Work) INTERNALDATE \"04-Jun-2024 09:00:00 +0200\" "
        "RFC822.SIZE 2048 ENVELOPE (NIL \"=?UTF-8?B?R3LDvMOfZQ==?=\" "
        "((\"=?ISO-8859-1?Q?J=FCrgen?=\" NIL \"jm\" \"example.de\")) NIL NIL "
        "((NIL NIL \"alice\" \"example.org\")(\"Bob\" NIL \"bob\" \"example.org\")) "
        "((\"Team\" NIL NIL NIL)(NIL NIL \"carol\" \"example.org\")(NIL NIL NIL NIL)) NIL "
        "NIL \"<c@x>\") "
        "BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 5 1 NIL "
        "NIL NIL NIL)(\"application\" \"pdf\" (\"name\" \"a.pdf\") NIL NIL \"base64\" 100 NIL "
        "(\"attachment\" (\"filename\" \"a.pdf\")) NIL NIL) \"mixed\" (\"boundary\" \"b\") NIL "
        "NIL NIL) BODY[HEADER.FIELDS (REFERENCES IN-REPLY-TO LIST-ID)] {" +
        QByteArray::number(header.size()) + "}\r\n" + header + ")\r\n";
    const auto record = lb::sync::imap::recordFromFetch(parseFetch(line));
    CHECK(record.uid.value == 17u);
    CHECK(record.subject == u"Grüße"_s);
    CHECK(record.fromName == u"Jürgen"_s);
    CHECK(record.fromAddress == u"jm@example.de"_s);
    CHECK(record.toSummary == u"alice@example.org, Bob"_s);
    CHECK(record.ccSummary == u"carol@example.org"_s); // group markers are not people
    CHECK(record.messageId == u"c@x"_s);
    CHECK(record.inReplyTo == u"b@x"_s);
    CHECK(record.references == QStringList{u"a@x"_s, u"b@x"_s});
    CHECK(record.date == 1717484400); // no Date: INTERNALDATE
    CHECK(record.size == 2048);
    CHECK(record.flags == lb::store::MessageFlags(MessageFlag::Seen));
    CHECK(record.keywords == QStringList{u"$Work"_s});
    CHECK(record.hasAttachments);
}

TEST_CASE("Attachments are told from inline text by BODYSTRUCTURE", "[unit]")
{
    lb::imap::BodyPart text;
    text.type = "text";
    text.subtype = "plain";
    CHECK_FALSE(lb::sync::imap::hasAttachments(text));
    lb::imap::BodyPart image;
    image.type = "image";
    image.subtype = "png";
    image.params = {{"name", "logo.png"}};
    CHECK(lb::sync::imap::hasAttachments(image));
    lb::imap::BodyPart named = text;
    named.disposition = lb::imap::BodyDisposition{"inline", {{"filename", "notes.txt"}}};
    CHECK_FALSE(lb::sync::imap::hasAttachments(named)); // shown inline as text
    lb::imap::BodyPart mixed;
    mixed.type = "multipart";
    mixed.subtype = "mixed";
    mixed.children = {text, image};
    CHECK(lb::sync::imap::hasAttachments(mixed));
}
