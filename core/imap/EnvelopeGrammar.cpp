// SPDX-License-Identifier: GPL-3.0-or-later
// envelope and address (RFC 9051 section 9).
#include "imap/Grammar.h"

namespace lb::imap::grammar {

namespace {

// address = "(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")"
bool address(Cursor &c, Address &out)
{
    return c.expect('(') && c.nstring(out.name) && c.sp() && c.nstring(out.adl) && c.sp() &&
           c.nstring(out.mailbox) && c.sp() && c.nstring(out.host) && c.expect(')');
}

// "(" 1*address ")" / nil. Some servers put spaces between addresses: accepted.
bool addressList(Cursor &c, QList<Address> &out)
{
    out.clear();
    if (c.keyword("NIL"))
        return true;
    if (!c.expect('('))
        return false;
    while (!c.failed() && !c.skip(')')) {
        if (!out.isEmpty())
            c.skip(' ');
        Address a;
        if (!address(c, a))
            return false;
        out.append(std::move(a));
    }
    return !c.failed();
}

} // namespace

bool envelope(Cursor &c, Envelope &out)
{
    return c.expect('(') && c.nstring(out.date) && c.sp() && c.nstring(out.subject) && c.sp() &&
           addressList(c, out.from) && c.sp() && addressList(c, out.sender) && c.sp() &&
           addressList(c, out.replyTo) && c.sp() && addressList(c, out.to) && c.sp() &&
           addressList(c, out.cc) && c.sp() && addressList(c, out.bcc) && c.sp() &&
           c.nstring(out.inReplyTo) && c.sp() && c.nstring(out.messageId) && c.expect(')');
}

} // namespace lb::imap::grammar
