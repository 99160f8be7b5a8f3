// SPDX-License-Identifier: GPL-3.0-or-later
// Untagged data other than FETCH: CAPABILITY, ENABLED, LIST/LSUB, NAMESPACE, STATUS, FLAGS,
// EXISTS/RECENT/EXPUNGE, SEARCH, ESEARCH, VANISHED, QUOTA/QUOTAROOT, ID, unknown ones.
#include "ParserHarness.h"
#include "QtCatch.h"

using namespace lb;
using namespace lb::imap;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Row
{
    QByteArray input;
    Response expected;
};

MailboxName name(QByteArray raw, QString text, bool clean = true)
{
    return MailboxName{std::move(raw), std::move(text), clean};
}

ListData list(QList<QByteArray> attrs, MailboxAttributes flags, std::optional<char> delim,
              MailboxName mailbox)
{
    ListData l;
    l.attributeNames = std::move(attrs);
    l.attributes = flags;
    l.delimiter = delim;
    l.mailbox = std::move(mailbox);
    return l;
}

void check(const std::vector<Row> &rows)
{
    for (const Row &row : rows) {
        INFO(row.input.toStdString());
        REQUIRE(test::parseSingle(row.input) == row.expected);
    }
}

} // namespace

TEST_CASE("CAPABILITY and ENABLED list upper-cased capabilities")
{
    check({
        {"* CAPABILITY IMAP4rev1 LITERAL+ SASL-IR auth=plain CONDSTORE QRESYNC\r\n",
         CapabilityData{
             {"IMAP4REV1", "LITERAL+", "SASL-IR", "AUTH=PLAIN", "CONDSTORE", "QRESYNC"}}},
        {"* CAPABILITY IMAP4rev1 \r\n", CapabilityData{{"IMAP4REV1"}}},
        {"* ENABLED CONDSTORE qresync\r\n", EnabledData{{"CONDSTORE", "QRESYNC"}}},
        {"* ENABLED\r\n", EnabledData{}},
    });
    REQUIRE(CapabilityData{{"IDLE", "MOVE"}}.has("move"));
    REQUIRE_FALSE(CapabilityData{{"IDLE"}}.has("MOVE"));
}

TEST_CASE("LIST and LSUB give attributes, special use, delimiter and decoded names")
{
    using A = MailboxAttribute;
    ListData extended = list({"\\Subscribed", "\\HasChildren"}, A::Subscribed | A::HasChildren, '/',
                             name("Foo", u"Foo"_s));
    extended.childInfo = {"SUBSCRIBED"};
    ListData renamed = list({}, {}, '/', name("New", u"New"_s));
    renamed.oldName = name("Old", u"Old"_s);
    ListData other = list({}, {}, '.', name("X", u"X"_s));
    other.extended = {{"X-THING", Value::makeList({Value::atom("A"), Value::num(1)})}};
    ListData lsub = list({"\\Noselect"}, A::NoSelect, '/', name("Archive", u"Archive"_s));
    lsub.lsub = true;

    check({
        {"* LIST (\\HasNoChildren) \"/\" INBOX\r\n",
         list({"\\HasNoChildren"}, A::HasNoChildren, '/', name("INBOX", u"INBOX"_s))},
        {"* LIST () \".\" inbox\r\n", list({}, {}, '.', name("INBOX", u"INBOX"_s))},
        {"* LIST (\\HasNoChildren \\Sent) \"/\" \"Sent Items\"\r\n",
         list({"\\HasNoChildren", "\\Sent"}, A::HasNoChildren | A::Sent, '/',
              name("Sent Items", u"Sent Items"_s))},
        {"* LIST (\\Drafts \\Trash \\Junk \\Archive \\All \\Flagged \\Important) NIL Special\r\n",
         list({"\\Drafts", "\\Trash", "\\Junk", "\\Archive", "\\All", "\\Flagged", "\\Important"},
              A::Drafts | A::Trash | A::Junk | A::Archive | A::All | A::Flagged | A::Important,
              std::nullopt, name("Special", u"Special"_s))},
        {"* LIST (\\NoInferiors \\Marked \\Unmarked \\NonExistent \\Remote $Custom) \"\\\\\" x\r\n",
         list({"\\NoInferiors", "\\Marked", "\\Unmarked", "\\NonExistent", "\\Remote", "$Custom"},
              A::NoInferiors | A::Marked | A::Unmarked | A::NonExistent | A::Remote, '\\',
              name("x", u"x"_s))},
        {"* LIST () \"/\" \"Entw&APw-rfe\"\r\n",
         list({}, {}, '/', name("Entw&APw-rfe", u"Entw\u00fcrfe"_s))},
        {"* LIST () \"/\" {12}\r\nEntw&APw-rfe\r\n",
         list({}, {}, '/', name("Entw&APw-rfe", u"Entw\u00fcrfe"_s))},
        {"* LIST () \"/\" \"Entw\xc3\xbcrfe\"\r\n",
         list({}, {}, '/', name("Entw\xc3\xbcrfe", u"Entw\u00fcrfe"_s))},
        {"* LIST () \"/\" \"bad&Jjo\"\r\n",
         list({}, {}, '/', name("bad&Jjo", u"bad&Jjo"_s, false))},
        {"* LIST (\\Subscribed \\HasChildren) \"/\" Foo (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n",
         extended},
        {"* LIST () \"/\" New (\"OLDNAME\" (\"Old\"))\r\n", renamed},
        {"* LIST () \".\" X (\"X-THING\" (A 1))\r\n", other},
        {"* LSUB (\\Noselect) \"/\" Archive\r\n", lsub},
    });
}

TEST_CASE("NAMESPACE gives the three namespace lists")
{
    NamespaceData dovecot;
    dovecot.personal = {Namespace{name("", u""_s), '/', {}}};
    NamespaceData full;
    full.personal = {Namespace{name("", u""_s), '/', {}}};
    full.otherUsers = {Namespace{name("~", u"~"_s), '/', {}}};
    full.shared = {
        Namespace{name("#shared/", u"#shared/"_s), '/', {}},
        Namespace{name("#public/", u"#public/"_s), '/', {{"X-PARAM", {"FLAG1", "FLAG2"}}}}};
    check({
        {"* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n", dovecot},
        {"* NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) ((\"#shared/\" \"/\")(\"#public/\" \"/\" "
         "\"X-PARAM\" (\"FLAG1\" \"FLAG2\")))\r\n",
         full},
    });
}

TEST_CASE("STATUS gives typed counters and keeps unknown items")
{
    StatusData s;
    s.mailbox = name("blurdybloop", u"blurdybloop"_s);
    s.messages = 231;
    s.recent = 0;
    s.uidNext = Uid(44292);
    s.uidValidity = UidValidity(1);
    s.unseen = 5;
    s.deleted = 2;
    s.size = 5000000000ull;
    s.highestModSeq = ModSeq(7011231777ull);
    s.other = {{"MAILBOXID", Value::makeList({Value::atom("F2212ea87")})}};
    StatusData empty;
    empty.mailbox = name("INBOX", u"INBOX"_s);
    check({
        {"* STATUS blurdybloop (MESSAGES 231 RECENT 0 UIDNEXT 44292 UIDVALIDITY 1 UNSEEN 5 "
         "DELETED 2 SIZE 5000000000 HIGHESTMODSEQ 7011231777 MAILBOXID (F2212ea87))\r\n",
         s},
        {"* STATUS inbox ()\r\n", empty},
    });
}

TEST_CASE("FLAGS, EXISTS, RECENT and EXPUNGE")
{
    check({
        {"* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded)\r\n",
         FlagsData{{"\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft", "$Forwarded"}}},
        {"* FLAGS ()\r\n", FlagsData{}},
        {"* 172 EXISTS\r\n", ExistsData{172}},
        {"* 4294967295 EXISTS\r\n", ExistsData{4294967295u}},
        {"* 1 RECENT\r\n", RecentData{1}},
        {"* 44 EXPUNGE\r\n", ExpungeData{44}},
    });
}

TEST_CASE("SEARCH, ESEARCH and VANISHED")
{
    ESearchData es;
    es.tag = "A282";
    es.uid = true;
    es.min = 2;
    es.max = 47;
    es.count = 3;
    es.all = *SequenceSet::parse("2,10:11,47");
    es.modSeq = ModSeq(917162500);
    ESearchData bare;
    ESearchData other;
    other.tag = "B1";
    other.count = 0;
    other.other = {{"PARTIAL", Value::makeList({Value::atom("1:10"), Value::nil()})}};
    check({
        {"* SEARCH 2 3 6\r\n", SearchData{{2, 3, 6}, std::nullopt}},
        {"* SEARCH\r\n", SearchData{}},
        {"* SEARCH \r\n", SearchData{}},
        {"* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)\r\n",
         SearchData{{2, 5, 6, 7, 11, 12, 18, 19, 20, 23}, ModSeq(917162500)}},
        {"* ESEARCH (TAG \"A282\") UID MIN 2 MAX 47 COUNT 3 ALL 2,10:11,47 MODSEQ 917162500\r\n",
         es},
        {"* ESEARCH\r\n", bare},
        {"* ESEARCH (TAG \"B1\") COUNT 0 PARTIAL (1:10 NIL)\r\n", other},
        {"* VANISHED (EARLIER) 41,43:116,118,120:211,214:540\r\n",
         VanishedData{true, *SequenceSet::parse("41,43:116,118,120:211,214:540")}},
        {"* VANISHED 405,407,410,425\r\n",
         VanishedData{false, *SequenceSet::parse("405,407,410,425")}},
    });
}

TEST_CASE("QUOTA, QUOTAROOT, ID and unknown responses")
{
    IdData id;
    id.fields = {{"name", QByteArray("Dovecot")}, {"version", std::nullopt}};
    QuotaRootData root{name("INBOX", u"INBOX"_s), {"", "user"}};
    check({
        {"* QUOTA \"\" (STORAGE 10 512 MESSAGE 5 1000 mailbox 0 9999999999)\r\n",
         QuotaData{"",
                   {{"STORAGE", 10, 512}, {"MESSAGE", 5, 1000}, {"MAILBOX", 0, 9999999999ull}}}},
        {"* QUOTAROOT INBOX \"\" user\r\n", root},
        {"* QUOTAROOT comp.mail.mime\r\n",
         QuotaRootData{name("comp.mail.mime", u"comp.mail.mime"_s), {}}},
        {"* ID (\"name\" \"Dovecot\" \"version\" NIL)\r\n", id},
        {"* ID NIL\r\n", IdData{}},
        {"* SORT 2 3 6\r\n", UnknownData{std::nullopt, "SORT", "2 3 6"}},
        {"* THREAD (2)(3 6 (4 23)(44 7 96))\r\n",
         UnknownData{std::nullopt, "THREAD", "(2)(3 6 (4 23)(44 7 96))"}},
        {"* 5 XFOO bar {3}\r\nabc\r\n", UnknownData{5u, "XFOO", "bar {3}\r\nabc"}},
        {"* METADATA\r\n", UnknownData{std::nullopt, "METADATA", ""}},
    });
}
