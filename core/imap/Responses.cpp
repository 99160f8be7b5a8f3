// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/Responses.h"

#include "imap/ModifiedUtf7.h"

#include <algorithm>

namespace lb::imap {

bool CapabilityData::has(QByteArrayView capability) const
{
    return std::any_of(capabilities.begin(), capabilities.end(), [&](const QByteArray &c) {
        return QByteArrayView(c).compare(capability, Qt::CaseInsensitive) == 0;
    });
}

std::optional<MailboxAttribute> mailboxAttributeFromName(QByteArrayView name)
{
    static const struct
    {
        const char *name;
        MailboxAttribute attribute;
    } kTable[] = {
        {"\\Noinferiors", MailboxAttribute::NoInferiors},
        {"\\Noselect", MailboxAttribute::NoSelect},
        {"\\Marked", MailboxAttribute::Marked},
        {"\\Unmarked", MailboxAttribute::Unmarked},
        {"\\HasChildren", MailboxAttribute::HasChildren},
        {"\\HasNoChildren", MailboxAttribute::HasNoChildren},
        {"\\NonExistent", MailboxAttribute::NonExistent},
        {"\\Subscribed", MailboxAttribute::Subscribed},
        {"\\Remote", MailboxAttribute::Remote},
        {"\\All", MailboxAttribute::All},
        {"\\Archive", MailboxAttribute::Archive},
        {"\\Drafts", MailboxAttribute::Drafts},
        {"\\Flagged", MailboxAttribute::Flagged},
        {"\\Junk", MailboxAttribute::Junk},
        {"\\Sent", MailboxAttribute::Sent},
        {"\\Trash", MailboxAttribute::Trash},
        {"\\Important", MailboxAttribute::Important},
    };
    for (const auto &row : kTable) {
        if (name.compare(QByteArrayView(row.name), Qt::CaseInsensitive) == 0)
            return row.attribute;
    }
    return std::nullopt;
}

MailboxName MailboxName::fromWire(QByteArray raw)
{
    MailboxName name;
    if (raw.compare("INBOX", Qt::CaseInsensitive) == 0)
        raw = QByteArrayLiteral("INBOX");
    const bool eightBit = std::any_of(raw.begin(), raw.end(), [](char c) { return c & 0x80; });
    if (eightBit) {
        name.text = QString::fromUtf8(raw);
    } else {
        auto decoded = decodeModifiedUtf7(raw);
        name.text = std::move(decoded.text);
        name.decodedCleanly = decoded.ok;
    }
    name.raw = std::move(raw);
    return name;
}

const BodySectionData *FetchData::section(QByteArrayView name, bool binary) const
{
    for (const BodySectionData &s : sections) {
        if (s.binary == binary && QByteArrayView(s.section).compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

} // namespace lb::imap
