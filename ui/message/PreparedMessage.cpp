// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/PreparedMessage.h"

#include "message/PlainTextLinkifier.h"
#include "mime/MessageParser.h"
#include "mime/PartPath.h"
#include "mime/TextExtraction.h"

#include <QBuffer>
#include <QImageReader>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace lb::ui {
namespace {

constexpr int kMaxInlineImageWidth = 640;

bool isShownImage(const QByteArray &mimeType)
{
    return mimeType == "image/png" || mimeType == "image/jpeg" || mimeType == "image/jpg" ||
           mimeType == "image/gif" || mimeType == "image/webp" || mimeType == "image/bmp";
}

// Image attachments the body does not show already are appended below it, scaled to fit.
void appendImageAttachments(PreparedMessage &out, const QStringList &shownIds)
{
    QString html;
    std::vector<mime::AttachmentInfo> remaining;
    for (const mime::AttachmentInfo &a : out.attachments) {
        const bool shown =
            !a.contentId.isEmpty() && shownIds.contains(QString::fromUtf8(a.contentId));
        if (!isShownImage(a.mimeType) || shown) {
            if (!a.isInline || !shown)
                remaining.push_back(a);
            continue;
        }
        const QByteArray data = attachmentData(out, a);
        QBuffer buffer;
        buffer.setData(data);
        const QSize size = QImageReader(&buffer).size();
        if (!size.isValid()) {
            remaining.push_back(a);
            continue;
        }
        const QString key = u"lb-part-"_s + a.partPath;
        out.images.insert(key, {a.mimeType, data});
        html += u"<p><img src=\"cid:"_s + key + u"\" width=\""_s +
                QString::number(std::min(size.width(), kMaxInlineImageWidth)) + u"\"></p>"_s;
        if (!a.isInline)
            remaining.push_back(a); // still listed, to open or save
    }
    out.attachments = std::move(remaining);
    out.bodyHtml += html;
}

} // namespace

QString formatMailbox(const mime::Mailbox &mailbox)
{
    if (mailbox.name.isEmpty() || mailbox.name == mailbox.address)
        return mailbox.address;
    return mailbox.name + u" <"_s + mailbox.address + u'>';
}

PreparedMessage prepareMessage(MessageId id, const QByteArray &raw)
{
    PreparedMessage out;
    out.id = id;
    auto message = std::make_shared<mime::Message>(mime::parseMessage(raw));
    out.message = message;
    out.subject = message->subject;
    out.from = message->from;
    out.to = message->to;
    out.cc = message->cc;
    out.replyTo = message->replyTo;
    if (message->date)
        out.date = *message->date;
    if (!out.from.empty())
        out.senderAddress = out.from.front().address.toLower();
    out.attachments = mime::attachments(*message);

    QStringList shownIds;
    if (const auto html = mime::firstHtmlPart(*message)) {
        mime::HtmlSanitizeOptions options;
        options.inlineParts = mime::inlinePartsOf(*message);
        mime::SanitizedHtml safe = mime::sanitizeHtml(mime::partText(*html->part), options);
        out.isHtml = true;
        out.bodyHtml = std::move(safe.html);
        out.links = std::move(safe.links);
        out.remoteImages = std::move(safe.remoteImages);
        out.remoteReferences = safe.remoteReferences;
        out.images = std::move(options.inlineParts);
        // What the HTML refers to by cid: is shown there, not again below it.
        for (auto it = out.images.cbegin(); it != out.images.cend(); ++it) {
            if (out.bodyHtml.contains(u"cid:"_s +
                                      QString::fromLatin1(QUrl::toPercentEncoding(it.key()))))
                shownIds << it.key();
        }
    } else {
        LinkifiedText text = linkifyPlainText(mime::readableText(*message));
        out.bodyHtml = std::move(text.html);
        out.links = std::move(text.links);
    }
    appendImageAttachments(out, shownIds);
    return out;
}

QByteArray attachmentData(const PreparedMessage &prepared, const mime::AttachmentInfo &attachment)
{
    if (!prepared.message)
        return {};
    const mime::Part *part = mime::partAt(*prepared.message, attachment.partPath);
    return part ? part->body : QByteArray();
}

} // namespace lb::ui
