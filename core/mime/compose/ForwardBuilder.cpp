// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/ForwardBuilder.h"

#include "mime/Attachments.h"
#include "mime/PartPath.h"
#include "mime/compose/Quoting.h"
#include "mime/compose/SubjectPrefix.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {

namespace {

constexpr qsizetype kMaxNameFromSubject = 60;

std::vector<Attachment> originalAttachments(const Message &original)
{
    std::vector<Attachment> out;
    for (const AttachmentInfo &info : attachments(original)) {
        const Part *part = partAt(original, info.partPath);
        if (!part)
            continue;
        // Content-IDs are dropped: the forward has no HTML that could refer to them.
        out.push_back({info.filename, info.mimeType, part->body, {}});
    }
    return out;
}

// "Subject.eml" with characters file systems dislike replaced.
QString emlName(const QString &subject)
{
    QString name = subject.simplified().left(kMaxNameFromSubject);
    for (QChar &c : name) {
        if (QStringView(u"/\\:*?\"<>|").contains(c) || c.unicode() < 0x20)
            c = u'_';
    }
    return (name.isEmpty() ? u"Forwarded message"_s : name) + u".eml"_s;
}

OutgoingMessage forwardBase(const Message &original, const ReplyIdentity &identity)
{
    OutgoingMessage m;
    m.from = identity.from;
    m.subject = forwardSubject(original.subject);
    m.signature = identity.signature;
    return m;
}

} // namespace

OutgoingMessage forwardInline(const Message &original, const ReplyIdentity &identity)
{
    OutgoingMessage m = forwardBase(original, identity);
    QString block = forwardedBlock(original, identity.timeZone);
    if (!block.endsWith(u'\n'))
        block += u'\n';
    m.text = u"\n"_s + block;
    m.attachments = originalAttachments(original);
    return m;
}

OutgoingMessage forwardAsAttachment(const Message &original, const ReplyIdentity &identity)
{
    OutgoingMessage m = forwardBase(original, identity);
    m.attachments = {{emlName(original.subject), "message/rfc822", original.raw, {}}};
    return m;
}

} // namespace lb::mime
