// SPDX-License-Identifier: GPL-3.0-or-later
// msg-att of FETCH (RFC 9051 section 7.5.2; RFC 3516 BINARY; RFC 7162 MODSEQ; RFC 8474
// EMAILID/THREADID; the X-GM-* items of Gmail).
#include "imap/Grammar.h"
#include "imap/ImapDate.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::imap::grammar {

namespace {

// "BODY[HEADER.FIELDS (FROM)]<0>": the name, the section between brackets (kept raw) and the
// origin.
struct ItemName
{
    QByteArray name; // upper case
    std::optional<QByteArray> section;
    std::optional<std::uint32_t> origin;
};

bool section(Cursor &c, QByteArray &out)
{
    const qsizetype start = c.pos();
    bool inQuote = false;
    while (!c.atEnd() && !c.atCrlf()) {
        const char ch = c.peek();
        if (inQuote && ch == '\\') {
            c.setPos(c.pos() + 2);
            continue;
        }
        if (ch == '"')
            inQuote = !inQuote;
        else if (ch == ']' && !inQuote)
            break;
        c.setPos(c.pos() + 1);
    }
    out = c.data().sliced(start, c.pos() - start).toByteArray();
    return c.expect(']');
}

bool itemName(Cursor &c, ItemName &out)
{
    const qsizetype start = c.pos();
    while (!c.atEnd() && isAtomChar(c.peek()) && c.peek() != '[' && c.peek() != '<')
        c.setPos(c.pos() + 1);
    if (c.pos() == start)
        return c.fail(u"expected a FETCH item name"_s);
    out.name = c.data().sliced(start, c.pos() - start).toByteArray().toUpper();
    if (c.skip('[')) {
        out.section.emplace();
        if (!section(c, *out.section))
            return false;
    }
    if (c.skip('<')) {
        std::uint32_t origin = 0;
        if (!c.number(origin) || !c.expect('>'))
            return false;
        out.origin = origin;
    }
    return true;
}

bool number64In(Cursor &c, std::optional<std::uint64_t> &out)
{
    std::uint64_t n = 0;
    if (!c.number64(n))
        return false;
    out = n;
    return true;
}

// X-GM-LABELS: "(" *(flag / astring) ")"
bool labels(Cursor &c, std::optional<QList<QByteArray>> &out)
{
    out.emplace();
    if (!c.expect('('))
        return false;
    while (!c.failed() && !c.skip(')')) {
        QByteArray label;
        if (!out->isEmpty() && !c.sp())
            return false;
        if (!(c.peek() == '\\' ? c.flag(label) : c.astring(label)))
            return false;
        out->append(label);
    }
    return !c.failed();
}

// "(" objectid ")" (RFC 8474); THREADID may also be NIL.
bool objectId(Cursor &c, NString &out)
{
    if (c.keyword("NIL"))
        return true;
    QByteArray id;
    if (!c.expect('(') || !c.astringChars(id) || !c.expect(')'))
        return false;
    out = id;
    return true;
}

bool sectionItem(Cursor &c, const ItemName &item, FetchData &out)
{
    BodySectionData data;
    data.binary = item.name == "BINARY";
    data.origin = item.origin;
    if (item.section)
        data.section = *item.section;
    else if (item.name == "RFC822.HEADER")
        data.section = QByteArrayLiteral("HEADER");
    else if (item.name == "RFC822.TEXT")
        data.section = QByteArrayLiteral("TEXT");
    if (!c.nstring(data.data))
        return false;
    out.sections.append(std::move(data));
    return true;
}

bool item(Cursor &c, const ItemName &item, FetchData &out)
{
    const QByteArray &n = item.name;
    if ((n == "BODY" || n == "BINARY") && item.section)
        return sectionItem(c, item, out);
    if (n == "RFC822" || n == "RFC822.HEADER" || n == "RFC822.TEXT")
        return sectionItem(c, item, out);
    if (n == "BINARY.SIZE" && item.section) {
        std::uint64_t size = 0;
        if (!c.number64(size))
            return false;
        out.binarySizes.append({*item.section, size});
        return true;
    }
    if (n == "UID") {
        std::uint32_t uid = 0;
        return c.number(uid) && ((out.uid = Uid(uid)), true);
    }
    if (n == "FLAGS")
        return c.flagList(out.flags.emplace());
    if (n == "INTERNALDATE") {
        const qsizetype start = c.pos();
        QByteArray text;
        if (!c.string(text))
            return false;
        out.internalDate = parseInternalDate(text);
        return out.internalDate || c.failAt(start, u"malformed INTERNALDATE"_s);
    }
    if (n == "RFC822.SIZE")
        return number64In(c, out.rfc822Size);
    if (n == "ENVELOPE")
        return envelope(c, out.envelope.emplace());
    if (n == "BODYSTRUCTURE" || n == "BODY")
        return body(c, out.bodyStructure.emplace());
    if (n == "MODSEQ") {
        std::uint64_t modseq = 0;
        return c.expect('(') && c.number64(modseq) && c.expect(')') &&
               ((out.modSeq = ModSeq(modseq)), true);
    }
    if (n == "X-GM-MSGID")
        return number64In(c, out.gmMsgId);
    if (n == "X-GM-THRID")
        return number64In(c, out.gmThrId);
    if (n == "X-GM-LABELS")
        return labels(c, out.gmLabels);
    if (n == "EMAILID")
        return objectId(c, out.emailId);
    if (n == "THREADID")
        return objectId(c, out.threadId);
    Value v;
    if (!c.value(v))
        return false;
    QByteArray key = n;
    if (item.section)
        key += '[' + *item.section + ']';
    out.other.append({key, std::move(v)});
    return true;
}

} // namespace

bool fetchAttributes(Cursor &c, FetchData &out)
{
    if (!c.expect('('))
        return false;
    bool first = true;
    while (!c.failed() && !c.skip(')')) {
        if (!first && !c.sp())
            return false;
        first = false;
        ItemName name;
        if (!itemName(c, name) || !c.sp() || !item(c, name, out))
            return false;
    }
    return !c.failed();
}

} // namespace lb::imap::grammar
