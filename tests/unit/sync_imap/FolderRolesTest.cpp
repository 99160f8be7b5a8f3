// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/imap/FolderRoles.h"

#include "QtCatch.h"

using namespace Qt::Literals::StringLiterals;
using lb::imap::ListData;
using lb::imap::MailboxAttribute;
using lb::store::FolderRole;

namespace {

ListData folder(const QByteArray &name, lb::imap::MailboxAttributes attributes = {})
{
    ListData d;
    d.delimiter = '/';
    d.mailbox = lb::imap::MailboxName::fromWire(name);
    d.attributes = attributes;
    return d;
}

} // namespace

TEST_CASE("Folder roles from well-known names", "[unit]")
{
    const struct
    {
        QString name;
        FolderRole role;
    } rows[] = {
        {u"Sent"_s, FolderRole::Sent},           {u"Sent Items"_s, FolderRole::Sent},
        {u"sent messages"_s, FolderRole::Sent},  {u"Gesendete Objekte"_s, FolderRole::Sent},
        {u"Envoyés"_s, FolderRole::Sent},        {u"Drafts"_s, FolderRole::Drafts},
        {u"Entwürfe"_s, FolderRole::Drafts},     {u"Trash"_s, FolderRole::Trash},
        {u"Deleted Items"_s, FolderRole::Trash}, {u"Papierkorb"_s, FolderRole::Trash},
        {u"Junk"_s, FolderRole::Junk},           {u"Spam"_s, FolderRole::Junk},
        {u"Archive"_s, FolderRole::Archive},     {u"Work"_s, FolderRole::None},
        {u"Sentinel"_s, FolderRole::None},       {QString(), FolderRole::None},
    };
    for (const auto &row : rows) {
        INFO(row.name.toStdString());
        CHECK(lb::sync::imap::roleFromName(row.name) == row.role);
    }
}

TEST_CASE("Folder roles: INBOX, SPECIAL-USE first, names only for unclaimed roles", "[unit]")
{
    const QList<ListData> folders{
        folder("inbox"),
        folder("Sent Items"),                     // a name, but the attribute below wins
        folder("Outbox", MailboxAttribute::Sent), // SPECIAL-USE
        folder("Trash"),                          // a name, no attribute anywhere
        folder("Deleted Items"),                  // second candidate for Trash: none
        folder("Projects/Drafts"),                // too deep for a name guess
        folder("INBOX/Junk"),                     // right under INBOX: counts
        folder("Bin", MailboxAttribute::Archive), // the attribute says Archive
    };
    const QList<FolderRole> roles = lb::sync::imap::assignRoles(folders);
    CHECK(roles == QList<FolderRole>{FolderRole::Inbox, FolderRole::None, FolderRole::Sent,
                                     FolderRole::Trash, FolderRole::None, FolderRole::None,
                                     FolderRole::Junk, FolderRole::Archive});
}
