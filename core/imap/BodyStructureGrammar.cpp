// SPDX-License-Identifier: GPL-3.0-or-later
// body / BODYSTRUCTURE (RFC 9051 section 9: body, body-type-*, body-ext-*).
#include "imap/Grammar.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::imap::grammar {

namespace {

bool isDigit(char ch)
{
    return ch >= '0' && ch <= '9';
}

// Media types are strings; a few servers send NIL, which reads as empty.
bool lowerString(Cursor &c, QByteArray &out)
{
    NString s;
    if (!c.nstring(s))
        return false;
    out = s.value_or(QByteArray()).toLower();
    return true;
}

// body-fld-param = "(" string SP string *(SP string SP string) ")" / nil
bool params(Cursor &c, BodyParams &out)
{
    if (c.keyword("NIL"))
        return true;
    if (!c.expect('('))
        return false;
    while (!c.failed() && !c.skip(')')) {
        QByteArray name, value;
        if ((!out.isEmpty() && !c.sp()) || !c.string(name) || !c.sp() || !c.string(value))
            return false;
        out.append({name.toLower(), value});
    }
    return !c.failed();
}

// body-fld-dsp = "(" string SP body-fld-param ")" / nil
bool disposition(Cursor &c, std::optional<BodyDisposition> &out)
{
    if (c.keyword("NIL"))
        return true;
    out.emplace();
    return c.expect('(') && lowerString(c, out->type) && c.sp() && params(c, out->params) &&
           c.expect(')');
}

// body-fld-lang = nstring / "(" string *(SP string) ")"
bool language(Cursor &c, QList<QByteArray> &out)
{
    if (c.peek() != '(') {
        NString one;
        if (!c.nstring(one))
            return false;
        if (one)
            out.append(*one);
        return true;
    }
    c.expect('(');
    while (!c.failed() && !c.skip(')')) {
        QByteArray tag;
        if ((!out.isEmpty() && !c.sp()) || !c.string(tag))
            return false;
        out.append(tag);
    }
    return !c.failed();
}

// [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc *(SP body-extension)]]]
bool extensionTail(Cursor &c, BodyPart &out)
{
    if (!c.skip(' '))
        return true;
    if (!disposition(c, out.disposition) || !c.skip(' '))
        return !c.failed();
    if (!language(c, out.language) || !c.skip(' '))
        return !c.failed();
    if (!c.nstring(out.location))
        return false;
    while (c.skip(' ')) {
        Value v;
        if (!c.value(v))
            return false;
        out.extensions.push_back(std::move(v));
    }
    return !c.failed();
}

// body-fields = body-fld-param SP body-fld-id SP body-fld-desc SP body-fld-enc SP
//               body-fld-octets
bool fields(Cursor &c, BodyPart &out)
{
    NString encoding;
    if (!params(c, out.params) || !c.sp() || !c.nstring(out.id) || !c.sp() ||
        !c.nstring(out.description) || !c.sp() || !c.nstring(encoding) || !c.sp() ||
        !c.number64(out.size))
        return false;
    out.encoding = encoding.value_or(QByteArray()).toUpper();
    return true;
}

bool isEmbeddedMessage(const BodyPart &part)
{
    return part.type == "message" && (part.subtype == "rfc822" || part.subtype == "global");
}

bool singlePart(Cursor &c, BodyPart &out)
{
    if (!lowerString(c, out.type) || !c.sp() || !lowerString(c, out.subtype) || !c.sp() ||
        !fields(c, out))
        return false;
    // body-type-msg: envelope, body and lines follow the fields.
    if (isEmbeddedMessage(out) && c.peek() == ' ' && c.peek(1) == '(') {
        out.envelope.emplace();
        out.children.emplace_back();
        std::uint64_t lines = 0;
        if (!c.sp() || !envelope(c, *out.envelope) || !c.sp() || !body(c, out.children.back()) ||
            !c.sp() || !c.number64(lines))
            return false;
        out.lines = lines;
    } else if (c.peek() == ' ' && isDigit(c.peek(1))) {
        // body-type-text: the line count.
        std::uint64_t lines = 0;
        if (!c.sp() || !c.number64(lines))
            return false;
        out.lines = lines;
    }
    // body-ext-1part = body-fld-md5 [SP body-fld-dsp ...]
    if (!c.skip(' '))
        return true;
    return c.nstring(out.md5) && extensionTail(c, out);
}

bool multipart(Cursor &c, BodyPart &out)
{
    out.type = QByteArrayLiteral("multipart");
    while (c.peek() == '(') {
        out.children.emplace_back();
        if (!body(c, out.children.back()))
            return false;
        if (c.peek() == ' ' && c.peek(1) == '(')
            c.skip(' ');
    }
    if (!c.sp() || !lowerString(c, out.subtype))
        return false;
    // body-ext-mpart = body-fld-param [SP body-fld-dsp ...]
    if (!c.skip(' '))
        return true;
    return params(c, out.params) && extensionTail(c, out);
}

} // namespace

bool body(Cursor &c, BodyPart &out)
{
    if (!c.enter())
        return false;
    const bool ok = c.expect('(') && (c.peek() == '(' ? multipart(c, out) : singlePart(c, out)) &&
                    c.expect(')');
    c.leave();
    return ok;
}

} // namespace lb::imap::grammar
