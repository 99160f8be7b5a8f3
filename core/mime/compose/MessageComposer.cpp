// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/MessageComposer.h"

#include "mime/compose/AddressFormatter.h"
#include "mime/compose/BodyParts.h"
#include "mime/compose/FoldedField.h"
#include "mime/compose/HeaderFields.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {

namespace {

std::vector<Attachment> inlineAttachments(const OutgoingMessage &message, bool wanted)
{
    std::vector<Attachment> out;
    for (const Attachment &attachment : message.attachments) {
        const bool isInline = message.html && !attachment.contentId.isEmpty();
        if (isInline == wanted)
            out.push_back(attachment);
    }
    return out;
}

Result<std::vector<MimeEntity>> attachmentEntities(const std::vector<Attachment> &attachments)
{
    std::vector<MimeEntity> entities;
    for (const Attachment &attachment : attachments) {
        Result<MimeEntity> entity = attachmentEntity(attachment);
        if (!entity)
            return entity.error();
        entities.push_back(std::move(entity).value());
    }
    return entities;
}

MimeEntity multipart(QByteArrayView subtype, std::vector<MimeEntity> children)
{
    MimeEntity entity;
    entity.mimeType = "multipart/" + subtype.toByteArray();
    entity.children = std::move(children);
    return entity;
}

// RFC 2046 5.1.4 alternative (plain first, richest last), RFC 2387 related, 5.1.3 mixed.
Result<MimeEntity> bodyTree(const OutgoingMessage &message)
{
    MimeEntity body = textEntity(textWithSignature(message), "plain");
    if (message.html) {
        MimeEntity html = textEntity(htmlWithSignature(message), "html");
        Result<std::vector<MimeEntity>> inlines =
            attachmentEntities(inlineAttachments(message, true));
        if (!inlines)
            return inlines.error();
        if (!inlines->empty()) {
            std::vector<MimeEntity> children{std::move(html)};
            std::move(inlines->begin(), inlines->end(), std::back_inserter(children));
            html = multipart("related", std::move(children));
            html.typeParameters = {"type=\"text/html\""};
        }
        body = multipart("alternative", {std::move(body), std::move(html)});
    }
    Result<std::vector<MimeEntity>> attached =
        attachmentEntities(inlineAttachments(message, false));
    if (!attached)
        return attached.error();
    if (attached->empty())
        return body;
    std::vector<MimeEntity> children{std::move(body)};
    std::move(attached->begin(), attached->end(), std::back_inserter(children));
    return multipart("mixed", std::move(children));
}

QStringList envelopeRecipients(const OutgoingMessage &message)
{
    QStringList recipients;
    for (const auto *list : {&message.to, &message.cc, &message.bcc}) {
        for (const Mailbox &mailbox : *list) {
            const QString address = mailbox.address.trimmed();
            if (!recipients.contains(address, Qt::CaseInsensitive))
                recipients.append(address);
        }
    }
    return recipients;
}

bool anyInternationalAddress(const OutgoingMessage &message)
{
    if (isInternationalAddress(message.from.address))
        return true;
    for (const auto *list : {&message.to, &message.cc, &message.bcc, &message.replyTo}) {
        for (const Mailbox &mailbox : *list) {
            if (isInternationalAddress(mailbox.address))
                return true;
        }
    }
    return false;
}

bool hasEightBitBody(QByteArrayView bytes)
{
    const qsizetype bodyStart = bytes.indexOf("\r\n\r\n");
    const QByteArrayView body = bodyStart < 0 ? QByteArrayView() : bytes.sliced(bodyStart);
    return std::any_of(body.begin(), body.end(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

qsizetype longestLine(QByteArrayView bytes)
{
    qsizetype longest = 0, start = 0;
    for (qsizetype i = bytes.indexOf('\n'); i >= 0; i = bytes.indexOf('\n', start)) {
        longest = qMax(longest, i - start - 1);
        start = i + 1;
    }
    return qMax(longest, bytes.size() - start);
}

} // namespace

Result<ComposedMessage> composeMessage(const OutgoingMessage &message,
                                       const BoundarySource &boundaries)
{
    Result<ComposedHeader> header = messageHeader(message);
    if (!header)
        return header.error();
    Result<MimeEntity> tree = bodyTree(message);
    if (!tree)
        return tree.error();

    ComposedMessage composed;
    composed.bytes = serialiseEntity(*tree, header->fields, boundaries);
    if (!composed.bytes.endsWith("\r\n"))
        composed.bytes += "\r\n"; // the last line ends like every other
    if (longestLine(composed.bytes) > kMaxLineLength)
        return inputError(u"The message has a line longer than 998 octets."_s);
    composed.envelopeFrom = message.from.address.trimmed();
    composed.envelopeRecipients = envelopeRecipients(message);
    composed.messageId = header->messageId;
    composed.needsSmtpUtf8 = anyInternationalAddress(message);
    composed.needs8BitMime = hasEightBitBody(composed.bytes);
    return composed;
}

} // namespace lb::mime
