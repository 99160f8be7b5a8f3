// SPDX-License-Identifier: GPL-3.0-or-later
// Search results and expunged UIDs: SEARCH (RFC 9051 7.3.6 via RFC 3501 7.2.5, RFC 7162
// 3.1.5), ESEARCH (RFC 4731), VANISHED (RFC 7162 3.2.10).
#include "imap/Grammar.h"

namespace lb::imap::grammar {

namespace {

bool numberIn(Cursor &c, std::optional<std::uint32_t> &out)
{
    std::uint32_t n = 0;
    if (!c.number(n))
        return false;
    out = n;
    return true;
}

// search-correlator = SP "(" "TAG" SP tag-string *(SP atom SP astring) ")"
bool correlator(Cursor &c, ESearchData &out)
{
    if (!c.expect('('))
        return false;
    bool first = true;
    while (!c.failed() && !c.skip(')')) {
        QByteArray key, value;
        if ((!first && !c.sp()) || !c.atom(key) || !c.sp() || !c.astring(value))
            return false;
        first = false;
        if (key.compare("TAG", Qt::CaseInsensitive) == 0)
            out.tag = value;
    }
    return !c.failed();
}

bool returnData(Cursor &c, const QByteArray &name, ESearchData &out)
{
    if (name == "MIN")
        return numberIn(c, out.min);
    if (name == "MAX")
        return numberIn(c, out.max);
    if (name == "COUNT")
        return numberIn(c, out.count);
    if (name == "ALL")
        return c.sequenceSet(out.all.emplace());
    if (name == "MODSEQ") {
        std::uint64_t n = 0;
        return c.number64(n) && ((out.modSeq = ModSeq(n)), true);
    }
    Value v;
    if (!c.value(v))
        return false;
    out.other.append({name, std::move(v)});
    return true;
}

} // namespace

bool searchData(Cursor &c, SearchData &out)
{
    while (c.skip(' ')) {
        if (c.atCrlf())
            break; // some servers end an empty result with a space
        if (c.skip('(')) {
            std::uint64_t modseq = 0;
            if (!c.keyword("MODSEQ") && !c.fail(QStringLiteral("expected MODSEQ")))
                return false;
            if (!c.sp() || !c.number64(modseq) || !c.expect(')'))
                return false;
            out.highestModSeq = ModSeq(modseq);
            return true;
        }
        std::uint32_t n = 0;
        if (!c.number(n))
            return false;
        out.numbers.append(n);
    }
    return !c.failed();
}

bool esearchData(Cursor &c, ESearchData &out)
{
    if (c.peek() == ' ' && c.peek(1) == '(') {
        if (!c.sp() || !correlator(c, out))
            return false;
    }
    while (c.skip(' ')) {
        if (c.atCrlf())
            break;
        QByteArray name;
        if (!c.atom(name))
            return false;
        name = name.toUpper();
        if (name == "UID") {
            out.uid = true;
            continue;
        }
        if (!c.sp() || !returnData(c, name, out))
            return false;
    }
    return !c.failed();
}

bool vanishedData(Cursor &c, VanishedData &out)
{
    if (!c.sp())
        return false;
    if (c.peek() == '(') {
        if (!c.expect('(') ||
            (!c.keyword("EARLIER") && !c.fail(QStringLiteral("expected EARLIER"))) ||
            !c.expect(')') || !c.sp())
            return false;
        out.earlier = true;
    }
    return c.sequenceSet(out.uids);
}

} // namespace lb::imap::grammar
