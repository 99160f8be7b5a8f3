// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/imap/FetchRecord.h"

#include "mime/MessageParser.h"
#include "sync/MessageRecordBuilder.h"
#include "sync/imap/FlagMapping.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::sync::imap {
namespace {

using lb::imap::Address;
using lb::imap::BodyPart;
using lb::imap::FetchData;

QString decoded(const lb::imap::NString &raw)
{
    return raw ? mime::decodeEncodedWords(*raw) : QString();
}

std::vector<mime::Mailbox> mailboxes(const QList<Address> &addresses)
{
    std::vector<mime::Mailbox> out;
    for (const Address &a : addresses) {
        if (a.isGroupStart() || a.isGroupEnd())
            continue;
        out.push_back(mime::Mailbox{decoded(a.name), QString::fromUtf8(a.addrSpec())});
    }
    return out;
}

const lb::imap::BodySectionData *headerFields(const FetchData &fetch)
{
    for (const auto &section : fetch.sections) {
        if (section.section.startsWith("HEADER.FIELDS") && section.data)
            return &section;
    }
    return nullptr;
}

void applyEnvelope(store::MessageRecord &record, const lb::imap::Envelope &envelope)
{
    record.subject = decoded(envelope.subject);
    const std::vector<mime::Mailbox> from = mailboxes(envelope.from);
    if (!from.empty()) {
        record.fromName = from.front().name;
        record.fromAddress = from.front().address;
    }
    record.toSummary = addressSummary(mailboxes(envelope.to));
    record.ccSummary = addressSummary(mailboxes(envelope.cc));
    if (envelope.messageId)
        record.messageId = bareMessageId(*envelope.messageId);
    if (envelope.inReplyTo) {
        const QList<QByteArray> ids = mime::parseMessageIds(*envelope.inReplyTo);
        if (!ids.isEmpty())
            record.inReplyTo = bareMessageId(ids.front());
    }
    if (envelope.date) {
        if (const auto date = mime::parseDate(*envelope.date))
            record.date = date->toSecsSinceEpoch();
    }
}

} // namespace

QByteArray headerFetchItems()
{
    return "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE "
           "BODY.PEEK[HEADER.FIELDS (REFERENCES IN-REPLY-TO LIST-ID)])";
}

bool hasAttachments(const BodyPart &body)
{
    if (body.isMultipart()) {
        for (const BodyPart &child : body.children) {
            if (hasAttachments(child))
                return true;
        }
        return false;
    }
    if (body.disposition && body.disposition->type == "attachment")
        return true;
    // A named part that is not text (an inline image with a file name counts too).
    const bool named =
        body.param("name").has_value() ||
        (body.disposition &&
         std::any_of(body.disposition->params.begin(), body.disposition->params.end(),
                     [](const auto &p) { return p.first.startsWith("filename"); }));
    return named && body.type != "text";
}

store::MessageRecord recordFromFetch(const FetchData &fetch)
{
    store::MessageRecord record;
    if (fetch.uid)
        record.uid = *fetch.uid;
    if (fetch.envelope)
        applyEnvelope(record, *fetch.envelope);
    if (const auto *fields = headerFields(fetch)) {
        const mime::Headers headers = mime::parseHeaderBlock(*fields->data);
        if (const auto refs = headers.first("References")) {
            for (const QByteArray &id : mime::parseMessageIds(*refs))
                record.references << bareMessageId(id);
        }
        if (record.inReplyTo.isEmpty()) {
            if (const auto irt = headers.first("In-Reply-To")) {
                const QList<QByteArray> ids = mime::parseMessageIds(*irt);
                if (!ids.isEmpty())
                    record.inReplyTo = bareMessageId(ids.front());
            }
        }
    }
    if (record.date == 0 && fetch.internalDate)
        record.date = fetch.internalDate->toSecsSinceEpoch();
    if (fetch.rfc822Size)
        record.size = std::int64_t(*fetch.rfc822Size);
    if (fetch.flags) {
        const StoredFlags flags = storedFlags(*fetch.flags);
        record.flags = flags.flags;
        record.keywords = flags.keywords;
    }
    if (fetch.bodyStructure)
        record.hasAttachments = hasAttachments(*fetch.bodyStructure);
    return record;
}

} // namespace lb::sync::imap
