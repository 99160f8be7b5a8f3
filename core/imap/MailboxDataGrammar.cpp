// SPDX-License-Identifier: GPL-3.0-or-later
// mailbox-data other than the search results: LIST/LSUB (RFC 9051 7.3.1, RFC 5258),
// NAMESPACE (RFC 2342), STATUS (RFC 9051 7.3.4), QUOTA/QUOTAROOT (RFC 9208) and ID (RFC 2971).
#include "imap/Grammar.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::imap::grammar {

namespace {

// DQUOTE QUOTED-CHAR DQUOTE / nil
bool delimiter(Cursor &c, std::optional<char> &out)
{
    if (c.keyword("NIL"))
        return true;
    const qsizetype start = c.pos();
    QByteArray d;
    if (!c.string(d))
        return false;
    if (d.size() != 1)
        return c.failAt(start, u"a hierarchy delimiter is one character"_s);
    out = d[0];
    return true;
}

// mbox-list-extended-item = tag-string SP tagged-ext-val
bool listExtended(Cursor &c, ListData &out)
{
    if (!c.expect('('))
        return false;
    bool first = true;
    while (!c.failed() && !c.skip(')')) {
        QByteArray tag;
        Value v;
        if ((!first && !c.sp()) || !c.astring(tag) || !c.sp() || !c.value(v))
            return false;
        first = false;
        tag = tag.toUpper();
        if (tag == "CHILDINFO" && v.kind == Value::Kind::List) {
            for (const Value &item : v.list)
                out.childInfo.append(item.bytes.toUpper());
        } else if (tag == "OLDNAME" && v.kind == Value::Kind::List && v.list.size() == 1) {
            out.oldName = MailboxName::fromWire(v.list.front().bytes);
        } else {
            out.extended.append({tag, std::move(v)});
        }
    }
    return !c.failed();
}

bool namespaceDescriptions(Cursor &c, QList<Namespace> &out)
{
    if (c.keyword("NIL"))
        return true;
    if (!c.expect('('))
        return false;
    while (!c.failed() && !c.skip(')')) {
        Namespace ns;
        QByteArray prefix;
        if (!c.expect('(') || !c.string(prefix) || !c.sp() || !delimiter(c, ns.delimiter))
            return false;
        ns.prefix = MailboxName::fromWire(prefix);
        // Namespace-Response-Extension = SP string SP "(" string *(SP string) ")"
        while (c.skip(' ')) {
            QByteArray name;
            QList<QByteArray> values;
            if (!c.string(name) || !c.sp() || !c.expect('('))
                return false;
            while (!c.failed() && !c.skip(')')) {
                QByteArray value;
                if ((!values.isEmpty() && !c.sp()) || !c.string(value))
                    return false;
                values.append(value);
            }
            ns.extensions.append({name, values});
        }
        if (!c.expect(')'))
            return false;
        out.append(std::move(ns));
    }
    return !c.failed();
}

bool statusItem(Cursor &c, const QByteArray &name, StatusData &out)
{
    std::uint64_t n = 0;
    const qsizetype start = c.pos();
    const bool known = name == "MESSAGES" || name == "RECENT" || name == "UIDNEXT" ||
                       name == "UIDVALIDITY" || name == "UNSEEN" || name == "DELETED" ||
                       name == "SIZE" || name == "HIGHESTMODSEQ";
    if (!known) {
        Value v;
        if (!c.value(v))
            return false;
        out.other.append({name, std::move(v)});
        return true;
    }
    if (!c.number64(n))
        return false;
    const bool is64 = name == "SIZE" || name == "HIGHESTMODSEQ";
    if (!is64 && n > UINT32_MAX)
        return c.failAt(start, u"number does not fit in 32 bits"_s);
    const auto n32 = std::uint32_t(n);
    if (name == "MESSAGES")
        out.messages = n32;
    else if (name == "RECENT")
        out.recent = n32;
    else if (name == "UIDNEXT")
        out.uidNext = Uid(n32);
    else if (name == "UIDVALIDITY")
        out.uidValidity = UidValidity(n32);
    else if (name == "UNSEEN")
        out.unseen = n32;
    else if (name == "DELETED")
        out.deleted = n32;
    else if (name == "SIZE")
        out.size = n;
    else
        out.highestModSeq = ModSeq(n);
    return true;
}

} // namespace

bool mailbox(Cursor &c, MailboxName &out)
{
    QByteArray raw;
    if (!c.astring(raw))
        return false;
    out = MailboxName::fromWire(std::move(raw));
    return true;
}

bool listData(Cursor &c, ListData &out)
{
    if (!c.flagList(out.attributeNames))
        return false;
    for (const QByteArray &name : std::as_const(out.attributeNames)) {
        if (auto attribute = mailboxAttributeFromName(name))
            out.attributes |= *attribute;
    }
    if (!c.sp() || !delimiter(c, out.delimiter) || !c.sp() || !mailbox(c, out.mailbox))
        return false;
    if (c.peek() == ' ' && c.peek(1) == '(')
        return c.sp() && listExtended(c, out);
    return true;
}

bool namespaceData(Cursor &c, NamespaceData &out)
{
    return namespaceDescriptions(c, out.personal) && c.sp() &&
           namespaceDescriptions(c, out.otherUsers) && c.sp() &&
           namespaceDescriptions(c, out.shared);
}

bool statusData(Cursor &c, StatusData &out)
{
    if (!mailbox(c, out.mailbox) || !c.sp() || !c.expect('('))
        return false;
    bool first = true;
    while (!c.failed() && !c.skip(')')) {
        QByteArray name;
        if ((!first && !c.sp()) || !c.atom(name) || !c.sp() || !statusItem(c, name.toUpper(), out))
            return false;
        first = false;
    }
    return !c.failed();
}

bool quotaData(Cursor &c, QuotaData &out)
{
    if (!c.astring(out.root) || !c.sp() || !c.expect('('))
        return false;
    while (!c.failed() && !c.skip(')')) {
        QuotaResource r;
        if ((!out.resources.isEmpty() && !c.sp()) || !c.atom(r.name) || !c.sp() ||
            !c.number64(r.usage) || !c.sp() || !c.number64(r.limit))
            return false;
        r.name = r.name.toUpper();
        out.resources.append(r);
    }
    return !c.failed();
}

bool quotaRootData(Cursor &c, QuotaRootData &out)
{
    if (!mailbox(c, out.mailbox))
        return false;
    while (c.skip(' ')) {
        QByteArray root;
        if (!c.astring(root))
            return false;
        out.roots.append(root);
    }
    return !c.failed();
}

bool idData(Cursor &c, IdData &out)
{
    if (c.keyword("NIL"))
        return true;
    if (!c.expect('('))
        return false;
    while (!c.failed() && !c.skip(')')) {
        QByteArray key;
        NString value;
        if ((!out.fields.isEmpty() && !c.sp()) || !c.string(key) || !c.sp() || !c.nstring(value))
            return false;
        out.fields.append({key, value});
    }
    return !c.failed();
}

} // namespace lb::imap::grammar
