// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageJson.h"

#include "mime/Attachments.h"
#include "mime/TextExtraction.h"

namespace lb::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isNull() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonArray mailboxesToJson(const std::vector<mime::Mailbox> &mailboxes)
{
    QJsonArray list;
    for (const mime::Mailbox &m : mailboxes)
        list.append(QJsonObject{{u"name"_s, m.name}, {u"address"_s, m.address}});
    return list;
}

QJsonObject partToJson(const mime::Part &part)
{
    QJsonObject node;
    node[u"content_type"_s] = QString::fromLatin1(part.contentType.mimeType());
    const auto charset = part.contentType.param("charset");
    node[u"charset"_s] = charset ? QJsonValue(charset->toLower()) : QJsonValue();
    node[u"filename"_s] = part.filename.isEmpty() ? QJsonValue() : QJsonValue(part.filename);
    node[u"disposition"_s] = part.disposition.isEmpty()
                                 ? QJsonValue()
                                 : QJsonValue(QString::fromLatin1(part.disposition));
    node[u"size"_s] = part.isLeaf() ? QJsonValue(qint64(part.body.size())) : QJsonValue();
    QJsonArray children;
    for (const mime::Part &child : part.children)
        children.append(partToJson(child));
    node[u"parts"_s] = children;
    return node;
}

QJsonObject messageToJson(const mime::Message &message)
{
    QJsonObject json;
    json[u"subject"_s] = stringOrNull(message.subject);
    json[u"from"_s] = mailboxesToJson(message.from);
    json[u"to"_s] = mailboxesToJson(message.to);
    json[u"cc"_s] = mailboxesToJson(message.cc);
    json[u"date"_s] =
        message.date ? QJsonValue(message.date->toUTC().toString(Qt::ISODate)) : QJsonValue();
    json[u"message_id"_s] = message.messageId.isEmpty()
                                ? QJsonValue()
                                : QJsonValue(QString::fromLatin1(message.messageId));
    json[u"mime"_s] = partToJson(message.root);
    json[u"attachments"_s] = qint64(mime::attachmentCount(message));
    json[u"text"_s] = mime::readableText(message);
    QJsonArray defects;
    for (const mime::Defect &d : message.defects)
        defects.append(QJsonObject{{u"part"_s, d.partPath}, {u"what"_s, d.what}});
    json[u"defects"_s] = defects;
    return json;
}

} // namespace lb::cli
