// SPDX-License-Identifier: GPL-3.0-or-later
// resp-text-code (RFC 9051 section 7.1, RFC 5530, RFC 4315, RFC 7162).
#include "imap/Grammar.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::imap::grammar {

namespace {

using Kind = ResponseCode::Kind;

enum class Shape
{
    None,
    Capabilities,
    Flags,
    Charsets,
    Number,
    Number64,
    AppendUid,
    CopyUid,
    Set
};

struct CodeRow
{
    const char *atom;
    Kind kind;
    Shape shape;
};

constexpr CodeRow kCodes[] = {
    {"ALERT", Kind::Alert, Shape::None},
    {"PARSE", Kind::Parse, Shape::None},
    {"BADCHARSET", Kind::BadCharset, Shape::Charsets},
    {"CAPABILITY", Kind::Capability, Shape::Capabilities},
    {"PERMANENTFLAGS", Kind::PermanentFlags, Shape::Flags},
    {"UIDVALIDITY", Kind::UidValidity, Shape::Number},
    {"UIDNEXT", Kind::UidNext, Shape::Number},
    {"UNSEEN", Kind::Unseen, Shape::Number},
    {"HIGHESTMODSEQ", Kind::HighestModSeq, Shape::Number64},
    {"NOMODSEQ", Kind::NoModSeq, Shape::None},
    {"MODIFIED", Kind::Modified, Shape::Set},
    {"APPENDUID", Kind::AppendUid, Shape::AppendUid},
    {"COPYUID", Kind::CopyUid, Shape::CopyUid},
    {"UIDNOTSTICKY", Kind::UidNotSticky, Shape::None},
    {"READ-ONLY", Kind::ReadOnly, Shape::None},
    {"READ-WRITE", Kind::ReadWrite, Shape::None},
    {"TRYCREATE", Kind::TryCreate, Shape::None},
    {"CLOSED", Kind::Closed, Shape::None},
    {"UNAVAILABLE", Kind::Unavailable, Shape::None},
    {"AUTHENTICATIONFAILED", Kind::AuthenticationFailed, Shape::None},
    {"AUTHORIZATIONFAILED", Kind::AuthorizationFailed, Shape::None},
    {"EXPIRED", Kind::Expired, Shape::None},
    {"PRIVACYREQUIRED", Kind::PrivacyRequired, Shape::None},
    {"CONTACTADMIN", Kind::ContactAdmin, Shape::None},
    {"NOPERM", Kind::NoPerm, Shape::None},
    {"INUSE", Kind::InUse, Shape::None},
    {"EXPUNGEISSUED", Kind::ExpungeIssued, Shape::None},
    {"CORRUPTION", Kind::Corruption, Shape::None},
    {"SERVERBUG", Kind::ServerBug, Shape::None},
    {"CLIENTBUG", Kind::ClientBug, Shape::None},
    {"CANNOT", Kind::Cannot, Shape::None},
    {"LIMIT", Kind::Limit, Shape::None},
    {"OVERQUOTA", Kind::OverQuota, Shape::None},
    {"ALREADYEXISTS", Kind::AlreadyExists, Shape::None},
    {"NONEXISTENT", Kind::NonExistent, Shape::None},
    {"HASCHILDREN", Kind::HasChildren, Shape::None},
    {"USEATTR", Kind::UseAttr, Shape::None},
    {"NOTSAVED", Kind::NotSaved, Shape::None},
};

// Raw bytes up to (not including) "]".
bool textToBracket(Cursor &c, QByteArray &out)
{
    const qsizetype start = c.pos();
    while (!c.atEnd() && c.peek() != ']' && c.peek() != '\r')
        c.setPos(c.pos() + 1);
    out = c.data().sliced(start, c.pos() - start).toByteArray();
    return true;
}

bool charsets(Cursor &c, QList<QByteArray> &out)
{
    if (!c.skip(' '))
        return true;
    if (!c.expect('('))
        return false;
    while (!c.failed() && !c.skip(')')) {
        QByteArray charset;
        if ((!out.isEmpty() && !c.sp()) || !c.astring(charset))
            return false;
        out.append(charset);
    }
    return !c.failed();
}

bool arguments(Cursor &c, Shape shape, ResponseCode &code)
{
    std::uint32_t n = 0;
    switch (shape) {
    case Shape::None:
        return !c.skip(' ') || textToBracket(c, code.text);
    case Shape::Capabilities:
        return capabilityList(c, code.capabilities);
    case Shape::Flags:
        return c.sp() && c.flagList(code.flags);
    case Shape::Charsets:
        return charsets(c, code.capabilities);
    case Shape::Number:
        return c.sp() && c.number(n) && ((code.number = n), true);
    case Shape::Number64:
        return c.sp() && c.number64(code.number);
    case Shape::AppendUid:
        return c.sp() && c.number(n) && ((code.number = n), true) && c.sp() &&
               c.sequenceSet(code.destUids);
    case Shape::CopyUid:
        return c.sp() && c.number(n) && ((code.number = n), true) && c.sp() &&
               c.sequenceSet(code.sourceUids) && c.sp() && c.sequenceSet(code.destUids);
    case Shape::Set:
        return c.sp() && c.sequenceSet(code.set);
    }
    return false;
}

} // namespace

bool responseCode(Cursor &c, ResponseCode &code)
{
    const qsizetype start = c.pos();
    QByteArray atom;
    if (!c.atom(atom))
        return false;
    code.atom = atom.toUpper();
    for (const CodeRow &row : kCodes) {
        if (code.atom != row.atom)
            continue;
        code.kind = row.kind;
        if (arguments(c, row.shape, code) && c.skip(']'))
            return true;
        // A known code with arguments we cannot read is kept as an unknown one.
        c.clearError();
        c.setPos(start);
        code = ResponseCode{};
        c.atom(atom);
        code.atom = atom.toUpper();
        break;
    }
    code.kind = Kind::Unknown;
    if (c.skip(' '))
        textToBracket(c, code.text);
    return c.expect(']');
}

bool respText(Cursor &c, std::optional<ResponseCode> &code, QByteArray &text)
{
    if (c.skip('[')) {
        code.emplace();
        if (!responseCode(c, *code))
            return false;
        c.skip(' ');
    }
    return c.textToLineEnd(text);
}

bool capabilityList(Cursor &c, QList<QByteArray> &out)
{
    while (c.skip(' ')) {
        if (c.peek() == ' ' || c.peek() == ']' || c.atCrlf())
            continue; // tolerate doubled or trailing spaces
        QByteArray cap;
        if (!c.atom(cap))
            return false;
        out.append(cap.toUpper());
    }
    return !c.failed();
}

} // namespace lb::imap::grammar
