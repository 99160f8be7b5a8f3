// SPDX-License-Identifier: GPL-3.0-or-later
// Everything the reader shows of one message, computed from its raw bytes by a pure function
// so that large messages can be prepared off the UI thread.
#pragma once

// A Qt header first: moc cannot parse <compare> (from StrongId.h) when it comes first.
#include <QByteArray>

#include "common/StrongId.h"
#include "mime/Attachments.h"
#include "mime/Message.h"
#include "mime/html/HtmlSanitizer.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace lb::ui {

struct PreparedMessage
{
    MessageId id;
    std::shared_ptr<const mime::Message> message; // attachments are read from it
    QString subject;
    std::vector<mime::Mailbox> from, to, cc, replyTo;
    QDateTime date;        // UTC; invalid when the message has none
    QString senderAddress; // first From address, lower case (remote image choice per sender)

    bool isHtml = false;
    QString bodyHtml;                        // safe: sanitised HTML or escaped plain text
    std::vector<mime::SanitizedLink> links;  // "lb-link:N"
    QStringList remoteImages;                // "lb-remote:N"
    int remoteReferences = 0;                // all blocked remote content
    QHash<QString, mime::InlinePart> images; // "cid:<id>" resources the body may show

    std::vector<mime::AttachmentInfo> attachments; // not inline
};

// Messages at least this large are parsed on a worker thread.
inline constexpr qsizetype kBackgroundParseBytes = 256 * 1024;

[[nodiscard]] PreparedMessage prepareMessage(MessageId id, const QByteArray &raw);

// The decoded bytes of an attachment listed in prepared.attachments (empty if gone).
[[nodiscard]] QByteArray attachmentData(const PreparedMessage &prepared,
                                        const mime::AttachmentInfo &attachment);

// "Name <address>" or the bare address.
[[nodiscard]] QString formatMailbox(const mime::Mailbox &mailbox);

} // namespace lb::ui
