// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/ReplyBuilder.h"

#include "mime/compose/Quoting.h"
#include "mime/compose/SubjectPrefix.h"

#include <algorithm>

namespace lb::mime {

namespace {

bool sentByUs(const Message &original, const ReplyIdentity &identity)
{
    return !original.from.empty() && identity.isOwnAddress(original.from.front().address);
}

// RFC 5322 3.6.2: replies go to Reply-To when present, else From.
std::vector<Mailbox> replyTargets(const Message &original, const ReplyIdentity &identity)
{
    if (!original.replyTo.empty())
        return original.replyTo;
    if (sentByUs(original, identity) && !original.to.empty())
        return original.to; // following up on our own message
    return original.from;
}

bool listed(const std::vector<Mailbox> &list, const QString &address)
{
    return std::any_of(list.begin(), list.end(), [&](const Mailbox &m) {
        return m.address.trimmed().compare(address.trimmed(), Qt::CaseInsensitive) == 0;
    });
}

// Appends the mailboxes of from not yet in to or alsoSeen; with an identity, not ours either.
void addNew(std::vector<Mailbox> &to, const std::vector<Mailbox> &from,
            const ReplyIdentity *identity = nullptr, const std::vector<Mailbox> &alsoSeen = {})
{
    for (const Mailbox &m : from) {
        if (m.address.trimmed().isEmpty() || (identity && identity->isOwnAddress(m.address)))
            continue;
        if (!listed(to, m.address) && !listed(alsoSeen, m.address))
            to.push_back(m);
    }
}

QString quotedReplyText(const Message &original, const ReplyIdentity &identity)
{
    const QString quoted = quoteText(originalText(original));
    QString text = attributionLine(original, identity.timeZone) + u'\n';
    if (!quoted.isEmpty())
        text += quoted + u'\n';
    return text + u'\n';
}

} // namespace

QList<QByteArray> replyReferences(const Message &original)
{
    QList<QByteArray> ids = original.references;
    if (ids.isEmpty() && !original.inReplyTo.isEmpty())
        ids.append(original.inReplyTo);
    if (!original.messageId.isEmpty() && (ids.isEmpty() || ids.last() != original.messageId))
        ids.append(original.messageId);
    if (ids.size() > kMaxReferences)
        ids = QList<QByteArray>{ids.first()} + ids.last(kMaxReferences - 1);
    return ids;
}

OutgoingMessage reply(const Message &original, const ReplyIdentity &identity)
{
    OutgoingMessage m;
    m.from = identity.from;
    addNew(m.to, replyTargets(original, identity));
    m.subject = replySubject(original.subject);
    m.inReplyTo = original.messageId;
    m.references = replyReferences(original);
    m.text = quotedReplyText(original, identity);
    m.signature = identity.signature;
    return m;
}

OutgoingMessage replyAll(const Message &original, const ReplyIdentity &identity)
{
    OutgoingMessage m = reply(original, identity);
    const std::vector<Mailbox> targets = m.to;
    m.to.clear();
    addNew(m.to, targets, &identity);
    addNew(m.to, original.to, &identity);
    addNew(m.cc, original.cc, &identity, m.to);
    if (m.to.empty() && m.cc.empty())
        m.to = targets; // everyone was us: answer where a plain reply would
    else if (m.to.empty())
        std::swap(m.to, m.cc);
    return m;
}

} // namespace lb::mime
