// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/BodyParts.h"

#include "mime/compose/BodyEncoding.h"
#include "mime/compose/FoldedField.h"
#include "mime/compose/HeaderText.h"
#include "mime/compose/MessageId.h"
#include "mime/compose/ParameterEncoder.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {

namespace {

// RFC 2045 5.1 token: printable ASCII but space and tspecials.
bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u > 0x20 && u < 0x7F && !QByteArrayView("()<>@,;:\\\"/[]?=").contains(c);
    });
}

std::optional<QByteArray> validMimeType(QByteArrayView mimeType)
{
    const QByteArray lower = mimeType.trimmed().toByteArray().toLower();
    const qsizetype slash = lower.indexOf('/');
    if (slash < 0 || !isToken(lower.first(slash)) || !isToken(lower.sliced(slash + 1)))
        return std::nullopt;
    return lower;
}

bool isEncapsulatedMessage(QByteArrayView mimeType)
{
    return mimeType == "message/rfc822" || mimeType == "message/global";
}

} // namespace

MimeEntity textEntity(const QString &text, QByteArrayView subtype)
{
    const QByteArray utf8 = text.toUtf8();
    const bool ascii = std::all_of(utf8.begin(), utf8.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    const EncodedBody body = encodeTextBody(utf8);
    MimeEntity entity;
    entity.mimeType = "text/" + subtype.toByteArray();
    entity.typeParameters = {ascii ? QByteArray("charset=us-ascii") : QByteArray("charset=utf-8")};
    entity.fields = {foldField("Content-Transfer-Encoding", encodingName(body.encoding))};
    entity.body = body.bytes;
    return entity;
}

Result<MimeEntity> attachmentEntity(const Attachment &attachment)
{
    const std::optional<QByteArray> mimeType = validMimeType(attachment.mimeType);
    if (!mimeType || mimeType->startsWith("multipart/"))
        return inputError(u"The attachment type “%1” is not a valid MIME type."_s.arg(
            neutraliseControls(QString::fromLatin1(attachment.mimeType))));
    std::optional<QByteArray> contentId;
    if (!attachment.contentId.isEmpty()) {
        contentId = normaliseMessageId(attachment.contentId);
        if (!contentId)
            return inputError(u"The attachment’s Content-ID is not valid."_s);
    }

    MimeEntity entity;
    entity.mimeType = *mimeType;
    const QString filename = neutraliseControls(attachment.filename).trimmed();
    QList<QByteArray> disposition;
    if (!filename.isEmpty()) {
        const QByteArray fallback = asciiFallbackFilename(filename).toLatin1();
        entity.typeParameters = {quotedParameter("name", fallback)};
        const QList<QByteArray> encoded = encodeParameter("filename", filename);
        // Readers without RFC 2231 find the plain name first; others prefer filename*.
        if (!encoded.first().startsWith("filename="))
            disposition.append(quotedParameter("filename", fallback));
        disposition += encoded;
    }
    const QByteArray kind = contentId ? "inline" : "attachment";
    entity.fields.append(formatParameterField("Content-Disposition", kind, disposition));
    if (contentId)
        entity.fields.append(foldField("Content-ID", *contentId));

    const EncodedBody body = isEncapsulatedMessage(entity.mimeType)
                                 ? encodeMessageBody(attachment.data)
                                 : encodeBinaryBody(attachment.data);
    entity.fields.append(foldField("Content-Transfer-Encoding", encodingName(body.encoding)));
    entity.body = body.bytes;
    return entity;
}

} // namespace lb::mime
