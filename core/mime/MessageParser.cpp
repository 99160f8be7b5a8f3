// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/MessageParser.h"

#include "mime/MimeTreeParser.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {
namespace {

std::vector<Mailbox> allAddresses(const Headers &headers, QByteArrayView name)
{
    std::vector<Mailbox> out;
    for (const HeaderField &field : headers.fields()) {
        if (field.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        std::vector<Mailbox> some = parseAddressList(field.rawValue);
        out.insert(out.end(), std::make_move_iterator(some.begin()),
                   std::make_move_iterator(some.end()));
    }
    return out;
}

QByteArray withoutWhitespace(QByteArrayView v)
{
    QByteArray out;
    out.reserve(v.size());
    for (const char c : v) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            out.append(c);
    }
    return out;
}

} // namespace

QList<QByteArray> parseMessageIds(QByteArrayView value)
{
    QList<QByteArray> ids;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = value.indexOf('<', pos);
        if (open < 0)
            break;
        const qsizetype close = value.indexOf('>', open + 1);
        if (close < 0)
            break;
        ids.append(withoutWhitespace(value.sliced(open, close + 1 - open)));
        pos = close + 1;
    }
    return ids;
}

Envelope decodeEnvelope(const Headers &headers)
{
    Envelope env;
    if (const auto subject = headers.first("Subject")) {
        env.subject = decodeEncodedWords(*subject);
        if (env.subject.isNull())
            env.subject = u""_s;
    }
    env.from = allAddresses(headers, "From");
    env.sender = allAddresses(headers, "Sender");
    env.replyTo = allAddresses(headers, "Reply-To");
    env.to = allAddresses(headers, "To");
    env.cc = allAddresses(headers, "Cc");
    env.bcc = allAddresses(headers, "Bcc");
    if (const auto date = headers.first("Date")) {
        if (const auto parsed = parseDateDetailed(*date)) {
            env.date = parsed->utc;
            env.dateZoneKnown = parsed->zoneKnown;
        }
    }
    if (const auto id = headers.first("Message-ID"))
        env.messageId = withoutWhitespace(*id);
    if (const auto reply = headers.first("In-Reply-To")) {
        const auto ids = parseMessageIds(*reply);
        if (!ids.isEmpty())
            env.inReplyTo = ids.front();
    }
    if (const auto refs = headers.first("References"))
        env.references = parseMessageIds(*refs);
    return env;
}

Message parseMessage(QByteArray raw, const ParseLimits &limits)
{
    Message message;
    message.raw = std::move(raw);
    MimeTreeParser(limits, message.defects).parse(message.root, message.raw, u"1"_s);
    Envelope env = decodeEnvelope(message.root.headers);
    message.subject = std::move(env.subject);
    message.from = std::move(env.from);
    message.sender = std::move(env.sender);
    message.replyTo = std::move(env.replyTo);
    message.to = std::move(env.to);
    message.cc = std::move(env.cc);
    message.bcc = std::move(env.bcc);
    message.date = std::move(env.date);
    message.messageId = std::move(env.messageId);
    message.inReplyTo = std::move(env.inReplyTo);
    message.references = std::move(env.references);
    return message;
}

} // namespace lb::mime
