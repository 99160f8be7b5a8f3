// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/MessageRecordBuilder.h"

#include "mime/Attachments.h"
#include "mime/TextExtraction.h"

namespace lb::sync {

using namespace Qt::Literals::StringLiterals;

QString addressSummary(const std::vector<mime::Mailbox> &mailboxes)
{
    QStringList parts;
    parts.reserve(qsizetype(mailboxes.size()));
    for (const mime::Mailbox &m : mailboxes)
        parts << (m.name.isEmpty() ? m.address : m.name);
    return parts.join(u", "_s);
}

QString bareMessageId(QByteArrayView msgId)
{
    QByteArrayView id = msgId.trimmed();
    if (id.startsWith('<') && id.endsWith('>') && id.size() >= 2)
        id = id.sliced(1, id.size() - 2);
    return QString::fromUtf8(id);
}

QString snippetOf(QStringView text, int maxChars)
{
    QString snippet;
    snippet.reserve(maxChars);
    bool pendingSpace = false;
    for (QStringView line : text.tokenize(u'\n')) {
        const QStringView trimmed = line.trimmed();
        // Quoted text repeats an earlier message; the new words say more.
        if (trimmed.startsWith(u'>'))
            continue;
        for (QChar c : trimmed) {
            if (c.isSpace()) {
                pendingSpace = !snippet.isEmpty();
                continue;
            }
            if (pendingSpace) {
                snippet.append(u' ');
                pendingSpace = false;
            }
            snippet.append(c);
            if (snippet.size() >= maxChars)
                return snippet;
        }
        pendingSpace = !snippet.isEmpty();
    }
    return snippet;
}

store::MessageRecord recordFromMessage(const mime::Message &message)
{
    store::MessageRecord record;
    record.messageId = bareMessageId(message.messageId);
    record.inReplyTo = bareMessageId(message.inReplyTo);
    for (const QByteArray &ref : message.references)
        record.references << bareMessageId(ref);
    record.date = message.date ? message.date->toSecsSinceEpoch() : 0;
    if (!message.from.empty()) {
        record.fromName = message.from.front().name;
        record.fromAddress = message.from.front().address;
    }
    record.toSummary = addressSummary(message.to);
    record.ccSummary = addressSummary(message.cc);
    record.subject = message.subject;
    record.size = message.raw.size();
    record.hasAttachments = mime::attachmentCount(message) > 0;
    record.snippet = snippetOf(mime::readableText(message));
    return record;
}

} // namespace lb::sync
