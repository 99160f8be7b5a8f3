// SPDX-License-Identifier: GPL-3.0-or-later
// Reply, reply-all and forward over parsed messages, and what they compose into.
#include "QtCatch.h"

#include "mime/MessageParser.h"
#include "mime/compose/ForwardBuilder.h"
#include "mime/compose/MessageComposer.h"
#include "mime/compose/Quoting.h"
#include "mime/compose/ReplyBuilder.h"

using namespace lb::mime;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kOriginal = "From: Alice Example <alice@example.com>\r\n"
                             "To: Me <me@example.org>, Bob <bob@example.net>\r\n"
                             "Cc: Carol <carol@example.net>, ME2 <Me.Alias@Example.ORG>,\r\n"
                             " bob@EXAMPLE.net\r\n"
                             "Date: Tue, 05 Mar 2024 14:07:09 +0000\r\n"
                             "Subject: Re: Plans\r\n"
                             "Message-ID: <m3@example.com>\r\n"
                             "In-Reply-To: <m2@example.com>\r\n"
                             "References: <m1@example.com> <m2@example.com>\r\n"
                             "\r\n"
                             "Hi,\r\n"
                             "> earlier\r\n"
                             "Line two\r\n"
                             "\r\n"
                             "-- \r\n"
                             "Alice sig\r\n";

ReplyIdentity me()
{
    ReplyIdentity identity;
    identity.from = {u"Me"_s, u"me@example.org"_s};
    identity.ownAddresses = {u"me.alias@example.org"_s};
    identity.timeZone = QTimeZone::utc();
    return identity;
}

QByteArray withHeader(const QByteArray &raw, const QByteArray &field)
{
    return field + "\r\n" + raw;
}

Message parsed(const QByteArray &raw)
{
    return parseMessage(raw);
}

std::vector<Mailbox>
mailboxes(std::initializer_list<std::pair<const char16_t *, const char16_t *>> list)
{
    std::vector<Mailbox> out;
    for (const auto &[name, address] : list)
        out.push_back({QString::fromUtf16(name), QString::fromUtf16(address)});
    return out;
}

} // namespace

TEST_CASE("reply goes to the sender with threading fields and a quote")
{
    const OutgoingMessage r = reply(parsed(kOriginal), me());
    CHECK(r.from == Mailbox{u"Me"_s, u"me@example.org"_s});
    CHECK(r.to == mailboxes({{u"Alice Example", u"alice@example.com"}}));
    CHECK(r.cc.empty());
    CHECK(r.subject == u"Re: Plans"_s);
    CHECK(r.inReplyTo == "<m3@example.com>");
    CHECK(r.references ==
          QList<QByteArray>{"<m1@example.com>", "<m2@example.com>", "<m3@example.com>"});
    CHECK(r.text == u"On Tue, 5 Mar 2024 14:07, Alice Example wrote:\n"
                    u"> Hi,\n"
                    u">> earlier\n"
                    u"> Line two\n"
                    u"\n"_s);
}

TEST_CASE("reply prefers Reply-To")
{
    const Message original =
        parsed(withHeader(kOriginal, "Reply-To: The List <list@lists.example.org>"));
    CHECK(reply(original, me()).to == mailboxes({{u"The List", u"list@lists.example.org"}}));
}

TEST_CASE("replying to our own message goes to its recipients")
{
    QByteArray raw = kOriginal;
    raw.replace("From: Alice Example <alice@example.com>", "From: Me <ME@example.org>");
    const OutgoingMessage r = reply(parsed(raw), me());
    CHECK(r.to == mailboxes({{u"Me", u"me@example.org"}, {u"Bob", u"bob@example.net"}}));
}

TEST_CASE("reply-all adds To and Cc without us and without duplicates")
{
    const OutgoingMessage r = replyAll(parsed(kOriginal), me());
    CHECK(r.to ==
          mailboxes({{u"Alice Example", u"alice@example.com"}, {u"Bob", u"bob@example.net"}}));
    CHECK(r.cc == mailboxes({{u"Carol", u"carol@example.net"}}));
    CHECK(r.subject == u"Re: Plans"_s);
    CHECK(r.inReplyTo == "<m3@example.com>");

    SECTION("a message only to ourselves answers the sender")
    {
        QByteArray raw = kOriginal;
        raw.replace("To: Me <me@example.org>, Bob <bob@example.net>", "To: me@example.org");
        raw.replace(
            "Cc: Carol <carol@example.net>, ME2 <Me.Alias@Example.ORG>,\r\n bob@EXAMPLE.net",
            "Cc: me.alias@example.org");
        const OutgoingMessage self = replyAll(parsed(raw), me());
        CHECK(self.to == mailboxes({{u"Alice Example", u"alice@example.com"}}));
        CHECK(self.cc.empty());
    }
    SECTION("when we sent the original, its recipients become To")
    {
        QByteArray raw = kOriginal;
        raw.replace("From: Alice Example <alice@example.com>", "From: me@example.org");
        const OutgoingMessage own = replyAll(parsed(raw), me());
        CHECK(own.to == mailboxes({{u"Bob", u"bob@example.net"}}));
        CHECK(own.cc == mailboxes({{u"Carol", u"carol@example.net"}}));
    }
}

TEST_CASE("references: In-Reply-To stands in for a missing References, long lists are cut")
{
    SECTION("no References")
    {
        QByteArray raw = kOriginal;
        raw.replace("References: <m1@example.com> <m2@example.com>\r\n", "");
        CHECK(replyReferences(parsed(raw)) ==
              QList<QByteArray>{"<m2@example.com>", "<m3@example.com>"});
    }
    SECTION("no ids at all")
    {
        const Message bare = parsed("From: a@example.com\r\nSubject: x\r\n\r\nbody\r\n");
        CHECK(replyReferences(bare).isEmpty());
        CHECK(reply(bare, me()).inReplyTo.isEmpty());
    }
    SECTION("thirty ancestors keep the root and the newest")
    {
        QByteArray refs = "References:";
        for (int i = 0; i < 30; ++i)
            refs += " <r" + QByteArray::number(i) + "@example.com>";
        QByteArray raw = kOriginal;
        raw.replace("References: <m1@example.com> <m2@example.com>", refs);
        const QList<QByteArray> ids = replyReferences(parsed(raw));
        REQUIRE(ids.size() == kMaxReferences);
        CHECK(ids.first() == "<r0@example.com>");
        CHECK(ids[1] == "<r12@example.com>"); // 31 ids: the root, then the last 19
        CHECK(ids[ids.size() - 2] == "<r29@example.com>");
        CHECK(ids.last() == "<m3@example.com>");
    }
}

TEST_CASE("quoting")
{
    CHECK(quoteText(u"a\r\n\r\n> b\rc"_s) == u"> a\n>\n>> b\n> c"_s);
    // Only the last "-- " line starts the signature.
    CHECK(quoteText(u"text\n-- \nsig\n-- \nlast sig"_s) == u"> text\n> -- \n> sig"_s);
    CHECK(quoteText(u""_s).isEmpty());
    const Message noDate = parsed("From: bob@example.net\r\n\r\nx\r\n");
    CHECK(attributionLine(noDate, QTimeZone::utc()) == u"bob@example.net wrote:"_s);
}

TEST_CASE("a reply composes and threads when parsed back")
{
    OutgoingMessage r = replyAll(parsed(kOriginal), me());
    r.text.prepend(u"Sounds good.\n\n"_s);
    const lb::Result<ComposedMessage> composed = composeMessage(r);
    REQUIRE(composed.ok());
    const Message back = parseMessage(composed->bytes);
    CHECK(back.subject == u"Re: Plans"_s);
    CHECK(back.inReplyTo == "<m3@example.com>");
    CHECK(back.references == r.references);
    CHECK(back.to == r.to);
    CHECK(back.cc == r.cc);
    CHECK(composed->envelopeRecipients ==
          QStringList{u"alice@example.com"_s, u"bob@example.net"_s, u"carol@example.net"_s});
}

TEST_CASE("forward inline carries the original header block, text and attachments")
{
    const OutgoingMessage f = forwardInline(parsed(kOriginal), me());
    CHECK(f.subject == u"Fwd: Re: Plans"_s);
    CHECK(f.to.empty());
    CHECK(f.inReplyTo.isEmpty());
    CHECK(f.text == u"\n-------- Forwarded Message --------\n"
                    u"Subject: Re: Plans\n"
                    u"Date: Tue, 5 Mar 2024 14:07\n"
                    u"From: Alice Example <alice@example.com>\n"
                    u"To: Me <me@example.org>, Bob <bob@example.net>\n"
                    u"Cc: Carol <carol@example.net>, ME2 <Me.Alias@Example.ORG>, bob@EXAMPLE.net\n"
                    u"\n"
                    u"Hi,\n> earlier\nLine two\n\n-- \nAlice sig\n"_s);
    CHECK(f.attachments.empty());

    SECTION("attachments of the original come along")
    {
        const QByteArray raw = "From: a@example.com\r\n"
                               "Subject: Files\r\n"
                               "MIME-Version: 1.0\r\n"
                               "Content-Type: multipart/mixed; boundary=\"b\"\r\n"
                               "\r\n"
                               "--b\r\n"
                               "Content-Type: text/plain\r\n"
                               "\r\n"
                               "see attached\r\n"
                               "--b\r\n"
                               "Content-Type: application/octet-stream\r\n"
                               "Content-Disposition: attachment; filename*=utf-8''d%C3%A4ta.bin\r\n"
                               "Content-Transfer-Encoding: base64\r\n"
                               "\r\n"
                               "AAEC/w==\r\n"
                               "--b--\r\n";
        const OutgoingMessage withFiles = forwardInline(parsed(raw), me());
        REQUIRE(withFiles.attachments.size() == 1);
        CHECK(withFiles.attachments[0].filename == u"däta.bin"_s);
        CHECK(withFiles.attachments[0].mimeType == "application/octet-stream");
        CHECK(withFiles.attachments[0].data == QByteArray("\x00\x01\x02\xff", 4));
        CHECK(withFiles.text.endsWith(u"\n\nsee attached\n"_s));
        const lb::Result<ComposedMessage> composed = composeMessage(withFiles);
        REQUIRE(composed.ok());
    }
}

TEST_CASE("forward as attachment wraps the raw original")
{
    const Message original = parsed(kOriginal);
    OutgoingMessage f = forwardAsAttachment(original, me());
    CHECK(f.subject == u"Fwd: Re: Plans"_s);
    REQUIRE(f.attachments.size() == 1);
    CHECK(f.attachments[0].mimeType == "message/rfc822");
    CHECK(f.attachments[0].filename == u"Re_ Plans.eml"_s);
    CHECK(f.attachments[0].data == kOriginal);

    f.to = {{u"Dan"_s, u"dan@example.com"_s}};
    const lb::Result<ComposedMessage> composed = composeMessage(f);
    REQUIRE(composed.ok());
    const Message back = parseMessage(composed->bytes);
    const Part *wrapped = nullptr;
    for (const Part &child : back.root.children) {
        if (child.isEncapsulatedMessage())
            wrapped = &child;
    }
    REQUIRE(wrapped != nullptr);
    CHECK(wrapped->body == kOriginal);
    REQUIRE(wrapped->children.size() == 1);
    CHECK(wrapped->children[0].headers.first("Message-ID") == "<m3@example.com>");
}
