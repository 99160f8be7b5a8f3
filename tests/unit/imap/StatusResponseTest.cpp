// SPDX-License-Identifier: GPL-3.0-or-later
// Status responses, response codes and continuation requests (RFC 9051 7.1, RFC 5530).
#include "ParserHarness.h"
#include "QtCatch.h"

using namespace lb;
using namespace lb::imap;
using Kind = ResponseCode::Kind;

namespace {

ResponseCode code(Kind kind, QByteArray atom)
{
    ResponseCode c;
    c.kind = kind;
    c.atom = std::move(atom);
    return c;
}

ResponseCode withNumber(ResponseCode c, std::uint64_t n)
{
    c.number = n;
    return c;
}

StatusResponse status(QByteArray tag, Status s, std::optional<ResponseCode> c, QByteArray text)
{
    return StatusResponse{std::move(tag), s, std::move(c), std::move(text)};
}

struct Row
{
    QByteArray input;
    Response expected;
};

} // namespace

TEST_CASE("status responses and response codes parse to typed values")
{
    ResponseCode greetingCaps = code(Kind::Capability, "CAPABILITY");
    greetingCaps.capabilities = {"IMAP4REV1", "SASL-IR", "LITERAL+", "AUTH=PLAIN"};
    ResponseCode permanent = code(Kind::PermanentFlags, "PERMANENTFLAGS");
    permanent.flags = {"\\Deleted", "\\Seen", "$Forwarded", "\\*"};
    ResponseCode appendUid = withNumber(code(Kind::AppendUid, "APPENDUID"), 38505);
    appendUid.destUids = SequenceSet::single(3955);
    ResponseCode copyUid = withNumber(code(Kind::CopyUid, "COPYUID"), 38505);
    copyUid.sourceUids = *SequenceSet::parse("304,319:320");
    copyUid.destUids = *SequenceSet::parse("3956:3958");
    ResponseCode modified = code(Kind::Modified, "MODIFIED");
    modified.set = *SequenceSet::parse("7,9");
    ResponseCode badCharset = code(Kind::BadCharset, "BADCHARSET");
    badCharset.capabilities = {"UTF-8", "US-ASCII"};
    ResponseCode unknown = code(Kind::Unknown, "XYZZY");
    unknown.text = "foo bar";
    ResponseCode brokenKnown = code(Kind::Unknown, "UIDNEXT");
    brokenKnown.text = "abc";

    const std::vector<Row> rows = {
        {"* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN] Dovecot ready.\r\n",
         status("", Status::Ok, greetingCaps, "Dovecot ready.")},
        {"* PREAUTH [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN] Logged in as joe\r\n",
         status("", Status::PreAuth, greetingCaps, "Logged in as joe")},
        {"* BYE Autologout; idle for too long\r\n",
         status("", Status::Bye, std::nullopt, "Autologout; idle for too long")},
        {"A0001 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\r\n",
         status("A0001", Status::Ok, code(Kind::ReadWrite, "READ-WRITE"),
                "Select completed (0.001 + 0.000 secs).")},
        {"A0002 OK [READ-ONLY] EXAMINE completed\r\n",
         status("A0002", Status::Ok, code(Kind::ReadOnly, "READ-ONLY"), "EXAMINE completed")},
        {"a3 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n",
         status("a3", Status::No, code(Kind::AuthenticationFailed, "AUTHENTICATIONFAILED"),
                "Authentication failed.")},
        {"A4 BAD Error in IMAP command: Unknown command.\r\n",
         status("A4", Status::Bad, std::nullopt, "Error in IMAP command: Unknown command.")},
        {"* OK [UIDVALIDITY 3857529045] UIDs valid\r\n",
         status("", Status::Ok, withNumber(code(Kind::UidValidity, "UIDVALIDITY"), 3857529045u),
                "UIDs valid")},
        {"* OK [UIDNEXT 4392] Predicted next UID\r\n",
         status("", Status::Ok, withNumber(code(Kind::UidNext, "UIDNEXT"), 4392),
                "Predicted next UID")},
        {"* OK [UNSEEN 12] Message 12 is first unseen\r\n",
         status("", Status::Ok, withNumber(code(Kind::Unseen, "UNSEEN"), 12),
                "Message 12 is first unseen")},
        {"* OK [PERMANENTFLAGS (\\Deleted \\Seen $Forwarded \\*)] Limited\r\n",
         status("", Status::Ok, permanent, "Limited")},
        {"* OK [HIGHESTMODSEQ 18446744073709551615] Highest\r\n",
         status("", Status::Ok, withNumber(code(Kind::HighestModSeq, "HIGHESTMODSEQ"), UINT64_MAX),
                "Highest")},
        {"* OK [NOMODSEQ] Sorry, no modsequences\r\n",
         status("", Status::Ok, code(Kind::NoModSeq, "NOMODSEQ"), "Sorry, no modsequences")},
        {"A5 OK [APPENDUID 38505 3955] APPEND completed\r\n",
         status("A5", Status::Ok, appendUid, "APPEND completed")},
        {"A6 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n",
         status("A6", Status::Ok, copyUid, "Done")},
        {"A7 NO [TRYCREATE] Mailbox doesn't exist: Foo\r\n",
         status("A7", Status::No, code(Kind::TryCreate, "TRYCREATE"),
                "Mailbox doesn't exist: Foo")},
        {"* OK [CLOSED] Previous mailbox closed.\r\n",
         status("", Status::Ok, code(Kind::Closed, "CLOSED"), "Previous mailbox closed.")},
        {"* OK [ALERT] System shutdown in 10 minutes\r\n",
         status("", Status::Ok, code(Kind::Alert, "ALERT"), "System shutdown in 10 minutes")},
        {"* BAD [PARSE] Bad header\r\n",
         status("", Status::Bad, code(Kind::Parse, "PARSE"), "Bad header")},
        {"A8 NO [BADCHARSET (UTF-8 \"US-ASCII\")] Unknown charset\r\n",
         status("A8", Status::No, badCharset, "Unknown charset")},
        {"A9 NO [MODIFIED 7,9] Conditional STORE failed\r\n",
         status("A9", Status::No, modified, "Conditional STORE failed")},
        {"* OK [XYZZY foo bar] text\r\n", status("", Status::Ok, unknown, "text")},
        {"* OK [UIDNEXT abc] odd server\r\n", status("", Status::Ok, brokenKnown, "odd server")},
        {"* OK [uidplus-x] lower-case code\r\n",
         status("", Status::Ok, code(Kind::Unknown, "UIDPLUS-X"), "lower-case code")},
        {"* OK\r\n", status("", Status::Ok, std::nullopt, "")},
        {"A10 OK\r\n", status("A10", Status::Ok, std::nullopt, "")},
        {"A11 ok [TRYCREATE]\r\n",
         status("A11", Status::Ok, code(Kind::TryCreate, "TRYCREATE"), "")},
        {"+ idling\r\n", ContinuationRequest{std::nullopt, "idling"}},
        {"+ \r\n", ContinuationRequest{std::nullopt, ""}},
        {"+\r\n", ContinuationRequest{std::nullopt, ""}},
        {"+ dGVzdA==\r\n", ContinuationRequest{std::nullopt, "dGVzdA=="}},
        {"+ [ALERT] read this\r\n", ContinuationRequest{code(Kind::Alert, "ALERT"), "read this"}},
    };
    for (const Row &row : rows) {
        INFO(row.input.toStdString());
        REQUIRE(test::parseSingle(row.input) == row.expected);
    }
}

TEST_CASE("every RFC 5530 and RFC 9051 response code without arguments has its kind")
{
    const std::vector<std::pair<QByteArray, Kind>> codes = {
        {"UNAVAILABLE", Kind::Unavailable},
        {"AUTHENTICATIONFAILED", Kind::AuthenticationFailed},
        {"AUTHORIZATIONFAILED", Kind::AuthorizationFailed},
        {"EXPIRED", Kind::Expired},
        {"PRIVACYREQUIRED", Kind::PrivacyRequired},
        {"CONTACTADMIN", Kind::ContactAdmin},
        {"NOPERM", Kind::NoPerm},
        {"INUSE", Kind::InUse},
        {"EXPUNGEISSUED", Kind::ExpungeIssued},
        {"CORRUPTION", Kind::Corruption},
        {"SERVERBUG", Kind::ServerBug},
        {"CLIENTBUG", Kind::ClientBug},
        {"CANNOT", Kind::Cannot},
        {"LIMIT", Kind::Limit},
        {"OVERQUOTA", Kind::OverQuota},
        {"ALREADYEXISTS", Kind::AlreadyExists},
        {"NONEXISTENT", Kind::NonExistent},
        {"HASCHILDREN", Kind::HasChildren},
        {"USEATTR", Kind::UseAttr},
        {"NOTSAVED", Kind::NotSaved},
        {"UIDNOTSTICKY", Kind::UidNotSticky},
    };
    for (const auto &[atom, kind] : codes) {
        const QByteArray input = "T1 NO [" + atom + "] Sorry\r\n";
        INFO(input.toStdString());
        REQUIRE(test::parseSingle(input) ==
                Response(status("T1", Status::No, code(kind, atom), "Sorry")));
    }
}

TEST_CASE("several responses in one stream come out in order")
{
    const QByteArray stream = "* 3 EXISTS\r\n* 0 RECENT\r\n+ go ahead\r\nA1 OK done\r\n";
    const std::vector<ParseResult> expected = {
        Response(ExistsData{3}), Response(RecentData{0}),
        Response(ContinuationRequest{std::nullopt, "go ahead"}),
        Response(status("A1", Status::Ok, std::nullopt, "done"))};
    test::requireSameForEverySplit(stream, expected);
}

TEST_CASE("a ParseError converts to a connection-level lb::Error")
{
    const ParseError e{42, QStringLiteral("expected ')'")};
    const Error error = e.toError();
    REQUIRE(error.scope == ErrorScope::Connection);
    REQUIRE(error.remedy == Remedy::RetryLater);
    REQUIRE(error.message.contains(QStringLiteral("42")));
}
