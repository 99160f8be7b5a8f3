// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/HeaderFields.h"

#include "mime/compose/AddressFormatter.h"
#include "mime/compose/DateFormatter.h"
#include "mime/compose/FoldedField.h"
#include "mime/compose/HeaderText.h"
#include "mime/compose/MessageId.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {

namespace {

constexpr qsizetype kMaxFieldName = 76;

// RFC 5322 3.6.8 ftext: printable ASCII but ":".
bool isFieldName(QByteArrayView name)
{
    return !name.isEmpty() && name.size() <= kMaxFieldName &&
           std::all_of(name.begin(), name.end(), [](char c) {
               const auto u = static_cast<unsigned char>(c);
               return u >= 33 && u <= 126 && c != ':';
           });
}

QByteArray unstructuredField(QByteArrayView name, const QString &value)
{
    FoldedField field(name);
    writeUnstructured(field, value);
    return field.finish();
}

// In-Reply-To and References (RFC 5322 3.6.4); ids that cannot be written safely are left
// out rather than failing a reply to an odd message.
QByteArray idListField(QByteArrayView name, const QList<QByteArray> &ids)
{
    FoldedField field(name);
    for (const QByteArray &id : ids) {
        if (const std::optional<QByteArray> clean = normaliseMessageId(id))
            field.addToken(*clean);
    }
    return field.hasTokens() ? field.finish() : QByteArray();
}

Result<QByteArray> addressField(QByteArrayView name, const std::vector<Mailbox> &mailboxes)
{
    if (mailboxes.empty())
        return QByteArray();
    return formatAddressField(name, mailboxes);
}

Result<QByteArray> addressFields(const OutgoingMessage &message)
{
    QByteArray out;
    const std::pair<QByteArrayView, const std::vector<Mailbox> *> lists[] = {
        {"From", nullptr},
        {"Reply-To", &message.replyTo},
        {"To", &message.to},
        {"Cc", &message.cc}};
    for (const auto &[name, list] : lists) {
        Result<QByteArray> field =
            list ? addressField(name, *list) : formatAddressField(name, {message.from});
        if (!field)
            return field.error();
        out += *field;
    }
    if (message.to.empty() && message.cc.empty() && !message.bcc.empty())
        out += "To: undisclosed-recipients:;\r\n";
    return out;
}

Result<QByteArray> extraFields(const OutgoingMessage &message)
{
    QByteArray out;
    if (!message.userAgent.trimmed().isEmpty())
        out += unstructuredField("User-Agent", message.userAgent);
    for (const ExtraHeader &extra : message.extraHeaders) {
        const bool duplicateAgent = extra.name.compare("User-Agent", Qt::CaseInsensitive) == 0 &&
                                    !message.userAgent.trimmed().isEmpty();
        if (isForbiddenExtraHeader(extra.name) || duplicateAgent)
            return inputError(u"The header “%1” cannot be added to a message."_s.arg(
                neutraliseControls(QString::fromLatin1(extra.name))));
        out += unstructuredField(extra.name, extra.value);
    }
    return out;
}

} // namespace

bool isForbiddenExtraHeader(QByteArrayView name)
{
    static constexpr QByteArrayView composed[] = {
        "from",    "sender", "reply-to",   "to",          "cc",         "bcc",
        "subject", "date",   "message-id", "in-reply-to", "references", "mime-version"};
    if (!isFieldName(name))
        return true;
    const QByteArray lower = name.toByteArray().toLower();
    return lower.startsWith("content-") ||
           std::find(std::begin(composed), std::end(composed), lower) != std::end(composed);
}

Result<ComposedHeader> messageHeader(const OutgoingMessage &message)
{
    ComposedHeader header;
    std::optional<QByteArray> messageId = message.messageId.isEmpty()
                                              ? generateMessageId(message.from.address)
                                              : normaliseMessageId(message.messageId);
    if (!messageId)
        return inputError(u"The Message-ID is not valid."_s);
    header.messageId = *messageId;

    const QDateTime date = message.date.isValid() ? message.date : QDateTime::currentDateTime();
    header.fields = foldField("Date", formatRfc5322Date(date));
    Result<QByteArray> addresses = addressFields(message);
    if (!addresses)
        return addresses.error();
    header.fields += *addresses;
    if (!neutraliseControls(message.subject).trimmed().isEmpty())
        header.fields += unstructuredField("Subject", message.subject);
    header.fields += foldField("Message-ID", header.messageId);
    if (!message.inReplyTo.isEmpty())
        header.fields += idListField("In-Reply-To", {message.inReplyTo});
    header.fields += idListField("References", message.references);
    Result<QByteArray> extras = extraFields(message);
    if (!extras)
        return extras.error();
    header.fields += *extras + "MIME-Version: 1.0\r\n";
    return header;
}

} // namespace lb::mime
